/**
 * Node >= 22.1 keeps the compiled code of the modules loaded after enableCompileCache (the command chunks, forge,
 * the languages) so later runs start sooner (npm run bench). The cache is code Node will run: it goes only into
 * a private folder of the data folder (data folder and cache folder owned by this user, owner-only, not a link),
 * never into the shared temp folder where another user could have made `node-compile-cache` (0777) and planted
 * files. When no such folder can be had, the cache stays off: only a slower start. Node 20 has no cache.
 */
import { existsSync, lstatSync, mkdirSync, statSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { ensurePrivateDataDirSync, resolveDataDir, type Env } from '../core/data-dir.js';

export const COMPILE_CACHE_DIR = 'compile-cache';

/** Owned by this user and closed to everyone else (POSIX); on Windows the data folder is in the user's profile. */
function isPrivate(info: { readonly mode: number; readonly uid: number }): boolean {
  if (process.platform === 'win32') return true;
  const mine = typeof process.getuid !== 'function' || info.uid === process.getuid();
  return mine && (info.mode & 0o077) === 0;
}

/** The cache folder inside the private data folder, made when missing; null when the data folder is not private. */
export function privateCompileCacheDir(env: Env): string | null {
  try {
    const dataDir = resolveDataDir(env);
    ensurePrivateDataDirSync(dataDir);
    if (!isPrivate(statSync(dataDir))) return null;
    const dir = join(dataDir, COMPILE_CACHE_DIR);
    if (!existsSync(dir)) mkdirSync(dir, { mode: 0o700 });
    const info = lstatSync(dir);
    return info.isDirectory() && isPrivate(info) ? dir : null;
  } catch {
    return null;
  }
}

export function useCompileCache(env: Env): void {
  const enable = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  if (enable === undefined) return;
  const dir = privateCompileCacheDir(env);
  if (dir === null) return;
  try {
    enable(dir);
  } catch {
    // A cache that cannot be written only means a slower start.
  }
}
