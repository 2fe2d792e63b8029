/**
 * electron-updater as the app's UpdateSource (core/updates/update-flow.ts decides when and what). Windows (NSIS),
 * macOS (zip) and the Linux AppImage update themselves from the GitHub releases named in app-update.yml; a deb
 * cannot, so it says where to download. Errors are facts for the flow: a checksum or signature that does not match is
 * "refused"; anything else (offline, GitHub unreachable, no release yet) is "unreachable" and stays silent.
 * Test seam (unpackaged app only): BOTLOGIN_UPDATE_FEED names a local http origin with the update metadata.
 */
import { app } from 'electron';
import { autoUpdater } from 'electron-updater';
import { ENV } from '../../shared/env-names.js';
import { errorCodeOf } from '../core/error-code.js';
import type { CheckOutcome, UpdateSource } from '../core/updates/update-flow.js';

declare const __BOTLOGIN_RELEASES_URL__: string;

type Env = Readonly<Record<string, string | undefined>>;

function refusal(error: unknown): 'checksum' | 'signature' | null {
  const code = errorCodeOf(error);
  const message = error instanceof Error ? error.message : '';
  if (code === 'ERR_CHECKSUM_MISMATCH' || /checksum mismatch/i.test(message)) return 'checksum';
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE' || /code signature|not signed/i.test(message)) return 'signature';
  return null;
}

function modeOf(env: Env, feed: string | undefined): UpdateSource['mode'] {
  if (feed) return 'self';
  if (!app.isPackaged) return 'none';
  if (process.platform === 'linux') return env.APPIMAGE ? 'self' : 'download';
  return 'self';
}

export function electronUpdateSource(env: Env = process.env): UpdateSource {
  const feed = app.isPackaged ? undefined : env[ENV.updateFeed]?.trim();
  const mode = modeOf(env, feed);
  if (mode === 'self') {
    autoUpdater.logger = null;
    autoUpdater.autoDownload = false;
    autoUpdater.autoInstallOnAppQuit = true;
    // Without a listener an 'error' event would throw; the outcome below carries it.
    autoUpdater.on('error', () => undefined);
    if (feed) {
      autoUpdater.forceDevUpdateConfig = true;
      autoUpdater.setFeedURL({ provider: 'generic', url: feed });
    }
  }
  return {
    mode,
    downloadUrl: mode === 'download' ? __BOTLOGIN_RELEASES_URL__ : null,
    async check(onDownloading): Promise<CheckOutcome> {
      let version: string | null = null;
      try {
        const result = await autoUpdater.checkForUpdates();
        if (!result?.isUpdateAvailable) return { kind: 'up-to-date' };
        version = result.updateInfo.version;
        onDownloading(version);
        await autoUpdater.downloadUpdate();
        return { kind: 'downloaded', version };
      } catch (error) {
        const reason = refusal(error);
        return reason ? { kind: 'refused', version, reason } : { kind: 'unreachable' };
      }
    },
    installNow() {
      autoUpdater.quitAndInstall(false, true);
    },
  };
}
