/**
 * The app's own updates, decided here in plain Node; electron/main/updater.ts plugs electron-updater in as the
 * UpdateSource. A check runs at start (after the window's first paint) when "Check for updates automatically" is on
 * and the last check is a day old or more, and whenever the user asks. A newer version downloads in the background;
 * once it is in, the status says "ready" and it is installed when the app closes, or at "Restart now", which is
 * refused while anything is under way (a test, a dialog, a kit being written). Offline or GitHub unreachable: the
 * status goes back to what it was, nothing red. A download whose checksum or signature does not match is refused.
 */
import { fail, ok, type Result } from '../../../shared/result.js';
import type { UpdateStatus } from '../../../shared/update-types.js';

export const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** What one check came to. */
export type CheckOutcome =
  | { readonly kind: 'up-to-date' }
  | { readonly kind: 'downloaded'; readonly version: string }
  | { readonly kind: 'refused'; readonly version: string | null; readonly reason: 'checksum' | 'signature' }
  | { readonly kind: 'unreachable' };

export interface UpdateSource {
  /** 'self': installs updates itself; 'download': the user downloads the next version (deb); 'none': no updater. */
  readonly mode: 'self' | 'download' | 'none';
  readonly downloadUrl: string | null;
  /** Asks for the newest version; a newer one is downloaded (onDownloading says which) before this resolves. */
  check(onDownloading: (version: string) => void): Promise<CheckOutcome>;
  /** Closes the app and installs the downloaded version. */
  installNow(): void;
}

export interface UpdatePreferences {
  readonly checkAutomatically: () => boolean;
  readonly lastCheck: () => string | null;
  readonly setLastCheck: (iso: string) => void;
}

export interface UpdateFlow {
  status(): UpdateStatus;
  /** At start: checks when the setting is on and the last check is at least a day old. */
  checkIfDue(): Promise<UpdateStatus>;
  /** "Check for updates". */
  checkNow(): Promise<UpdateStatus>;
  /** "Restart now". */
  restartNow(): Result<null>;
}

export interface UpdateFlowDeps {
  readonly source: UpdateSource;
  readonly preferences: UpdatePreferences;
  /** True while a test, a dialog or a kit write is under way: no restart then. */
  readonly busy: () => boolean;
  readonly now?: () => Date;
}

export function createUpdateFlow(deps: UpdateFlowDeps): UpdateFlow {
  const now = deps.now ?? (() => new Date());
  const { source, preferences } = deps;
  let current: UpdateStatus =
    source.mode === 'self'
      ? { kind: 'idle', lastCheck: preferences.lastCheck() }
      : { kind: 'unavailable', how: source.mode, downloadUrl: source.downloadUrl };
  let running: Promise<UpdateStatus> | null = null;

  async function runCheck(): Promise<UpdateStatus> {
    const before = current;
    current = { kind: 'checking' };
    let outcome: CheckOutcome;
    try {
      outcome = await source.check((version) => {
        current = { kind: 'downloading', version };
      });
    } catch {
      outcome = { kind: 'unreachable' };
    }
    if (outcome.kind === 'unreachable') {
      current =
        before.kind === 'checking' || before.kind === 'downloading' ? { kind: 'idle', lastCheck: null } : before;
      return current;
    }
    const at = now().toISOString();
    preferences.setLastCheck(at);
    if (outcome.kind === 'downloaded') current = { kind: 'ready', version: outcome.version };
    else if (outcome.kind === 'refused')
      current = { kind: 'refused', version: outcome.version, reason: outcome.reason };
    else current = before.kind === 'ready' ? before : { kind: 'idle', lastCheck: at };
    return current;
  }

  function check(): Promise<UpdateStatus> {
    if (source.mode !== 'self') return Promise.resolve(current);
    running ??= runCheck().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    status: () => current,
    checkIfDue() {
      if (!preferences.checkAutomatically() || current.kind === 'ready') return Promise.resolve(current);
      const last = Date.parse(preferences.lastCheck() ?? '');
      if (Number.isFinite(last) && now().getTime() - last < ONE_DAY_MS) return Promise.resolve(current);
      return check();
    },
    checkNow: check,
    restartNow() {
      if (current.kind !== 'ready') return fail('NO_UPDATE_READY', 'No update has been downloaded yet.');
      if (deps.busy()) return fail('UPDATE_BUSY', 'Something is under way; the update waits until it has finished.');
      source.installNow();
      return ok(null);
    },
  };
}
