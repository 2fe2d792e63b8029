/**
 * Where the app keeps settings and the login guard's state. The CLI uses the same folder as the
 * desktop app (Electron's userData for productName "Bot Login Wizard"), so a ban seen by one is
 * honoured by the other. BOTLOGIN_DATA_DIR overrides it (tests, headless servers).
 */
import { chmodSync, statSync } from 'node:fs';
import { chmod, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, posix, win32 } from 'node:path';
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

/** The Node-style error code of a data folder that other users can change: nothing is kept in it. */
export const DATA_DIR_SHARED = 'DATA_DIR_SHARED';

const STICKY = 0o1000;
const OTHERS_WRITE = 0o002;

interface FolderFacts {
  readonly mode: number;
  readonly uid: number;
}

/**
 * Why a folder that was already there cannot hold the guard and the settings, or null: another user owns it, or
 * anyone may write to it without the sticky bit (so anyone could replace our files).
 */
export function sharedFolderProblem(info: FolderFacts, uid: number | null): 'other-owner' | 'others-write' | null {
  if (uid !== null && info.uid !== uid) return 'other-owner';
  if ((info.mode & OTHERS_WRITE) !== 0 && (info.mode & STICKY) === 0) return 'others-write';
  return null;
}

function sharedError(dir: string): Error {
  return Object.assign(new Error(`data folder ${dir} can be changed by other users`), { code: DATA_DIR_SHARED });
}

const myUid = (): number | null => (typeof process.getuid === 'function' ? process.getuid() : null);

/**
 * The app's own folder (named for the product, where Electron and the CLI keep their data) made by an older version
 * at 0755 is tightened to 0700; any other folder that was already there keeps its mode (BOTLOGIN_DATA_DIR may name
 * /tmp or a shared folder: never chmod what the app did not create).
 */
function tightenOwnFolder(dir: string, info: FolderFacts, uid: number | null): boolean {
  return (
    uid !== null && info.uid === uid && basename(dir) === PRODUCT_NAME && (info.mode & 0o7777) !== PRIVATE_DIR_MODE
  );
}

/**
 * Makes the data folder owner-only (0700) when it is not there yet. One that was there is used as it is, unless
 * another user owns it or anyone may write to it without the sticky bit: then it throws an error with code
 * DATA_DIR_SHARED and nothing is written. Windows has no such modes: nothing to check.
 */
export async function ensurePrivateDataDir(dir: string): Promise<void> {
  const made = await makeFolders(dir, PRIVATE_DIR_MODE);
  if (process.platform === 'win32' || made !== undefined) return;
  const info = await stat(dir);
  const uid = myUid();
  if (sharedFolderProblem(info, uid) !== null) throw sharedError(dir);
  if (tightenOwnFolder(dir, info, uid)) await chmod(dir, PRIVATE_DIR_MODE).catch(() => undefined);
}

/** The same, synchronously (the settings are opened before the window exists). */
export function ensurePrivateDataDirSync(dir: string): void {
  const made = makeFoldersSync(dir, PRIVATE_DIR_MODE);
  if (process.platform === 'win32' || made !== undefined) return;
  const info = statSync(dir);
  const uid = myUid();
  if (sharedFolderProblem(info, uid) !== null) throw sharedError(dir);
  if (tightenOwnFolder(dir, info, uid)) {
    try {
      chmodSync(dir, PRIVATE_DIR_MODE);
    } catch {
      // left as it is: the files inside are 0600 all the same
    }
  }
}
