/**
 * A test seam for the real-Electron spec, honoured only by an unpackaged app: with BOTLOGIN_TEST_RECORD_OPENED set
 * to a file path, "open in the browser" and "show in folder" append one JSON line to that file instead of opening
 * anything (a browser would leave the test's control). An installed app ignores the variable.
 */
import { appendFileSync } from 'node:fs';
import { ENV } from '../../shared/env-names.js';

export const RECORD_OPENED_ENV = ENV.testRecordOpened;

export type OpenedRecord =
  { readonly kind: 'external'; readonly url: string } | { readonly kind: 'reveal'; readonly path: string };

/** What the Platform hands to the desktop once its own checks have passed. */
export interface DesktopOpener {
  openExternal(url: string): Promise<void>;
  showItemInFolder(path: string): void;
}

function recordingOpener(file: string): DesktopOpener {
  const record = (entry: OpenedRecord) => appendFileSync(file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
  return {
    openExternal(url) {
      record({ kind: 'external', url });
      return Promise.resolve();
    },
    showItemInFolder(path) {
      record({ kind: 'reveal', path });
    },
  };
}

/** The recording opener when the seam is on (unpackaged app and the variable set), else the real one. */
export function desktopOpener(real: DesktopOpener, isPackaged: boolean, env: NodeJS.ProcessEnv): DesktopOpener {
  const file = env[RECORD_OPENED_ENV]?.trim();
  return !isPackaged && file ? recordingOpener(file) : real;
}
