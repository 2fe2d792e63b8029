/**
 * Where the app keeps settings and the login guard's state. The CLI uses the same folder as the
 * desktop app (Electron's userData for productName "Bot Login Wizard"), so a ban seen by one is
 * honoured by the other. BOTLOGIN_DATA_DIR overrides it (tests, headless servers).
 */
import { chmodSync, statSync } from 'node:fs';
import { chmod, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { ENV } from '../../shared/env-names.js';
import { makeFolders, makeFoldersSync } from './make-folders.js';

export const PRODUCT_NAME = 'Bot Login Wizard';

export type Env = Readonly<Record<string, string | undefined>>;

/** The path rules of the OS the folder is for (backslashes and drive letters on Windows), whatever OS runs this. */
function pathsOf(platform: NodeJS.Platform): typeof posix {
  return platform === 'win32' ? win32 : posix;
}

export function resolveDataDir(
  env: Env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env[ENV.dataDir]?.trim();
  if (override) return override;
  const join = pathsOf(platform).join.bind(null);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}

/** Default folder for new certificates: BOTLOGIN_CERT_DIR, else ~/betfair-certs. */
export function resolveDefaultCertificateDir(
  env: Env,
  home: string = homedir(),
  platform: NodeJS.Platform = process.platform,
): string {
  const override = env[ENV.certDir]?.trim();
  if (override) return override;
  return pathsOf(platform).join(home, 'betfair-certs');
}

/** Owner only: the folder holds the login guard's record and the settings (and no one else needs to list it). */
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Creates the data folder owner-only, and tightens one found wider (an older version left 0755) to 0700. A folder
 * owned by another user is left as it is (chmod would fail anyway). Windows has no such modes: nothing to do.
 */
export async function ensurePrivateDataDir(dir: string): Promise<void> {
  await makeFolders(dir, PRIVATE_DIR_MODE);
  if (process.platform === 'win32') return;
  const info = await stat(dir);
  const mine = typeof process.getuid !== 'function' || info.uid === process.getuid();
  if (mine && (info.mode & 0o777) !== PRIVATE_DIR_MODE) await chmod(dir, PRIVATE_DIR_MODE).catch(() => undefined);
}

/** The same, synchronously (the settings are opened before the window exists). */
export function ensurePrivateDataDirSync(dir: string): void {
  makeFoldersSync(dir, PRIVATE_DIR_MODE);
  if (process.platform === 'win32') return;
  const info = statSync(dir);
  const mine = typeof process.getuid !== 'function' || info.uid === process.getuid();
  if (mine && (info.mode & 0o777) !== PRIVATE_DIR_MODE) {
    try {
      chmodSync(dir, PRIVATE_DIR_MODE);
    } catch {
      // left as it is: the files inside are 0600 all the same
    }
  }
}
