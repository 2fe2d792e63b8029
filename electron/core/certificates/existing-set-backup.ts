/**
 * Before a new set is written, an old set in the same folder is moved into a dated subfolder
 * (e.g. replaced-2026-11-25T01-02-03), so tools that look for one .crt and one .key in the folder
 * (betfairlightweight's certs folder) still find exactly one pair.
 */
import { mkdir, readdir, rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CERT_FILE_NAMES } from '../../../shared/certificate-types.js';
import { errorCodeOf } from '../error-code.js';

/** Every name a set may have, including a request file made by hand with the reference's commands. */
export const SET_FILE_NAMES: readonly string[] = [...Object.values(CERT_FILE_NAMES), 'client-2048.csr'];

export async function existingSetFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return SET_FILE_NAMES.filter((n) => names.includes(n));
}

export function backupFolderName(now: Date): string {
  return `replaced-${now.toISOString().slice(0, 19).replace(/:/g, '-')}`;
}

/** Moves the named files into a new dated subfolder and returns its path. Throws Node errors. */
export async function moveSetToBackup(dir: string, names: readonly string[], now: Date): Promise<string> {
  const base = join(dir, backupFolderName(now));
  let target = base;
  for (let n = 2; ; n += 1) {
    try {
      await mkdir(target, { mode: 0o700 });
      break;
    } catch (error) {
      if (errorCodeOf(error) === 'EEXIST') {
        target = `${base}-${n}`;
        continue;
      }
      throw error;
    }
  }
  for (const name of names) await rename(join(dir, name), join(target, name));
  return target;
}

/** Undoes moveSetToBackup after a failed write (best effort: never throws). */
export async function restoreFromBackup(dir: string, backupDir: string, names: readonly string[]): Promise<void> {
  for (const name of names) await rename(join(backupDir, name), join(dir, name)).catch(() => undefined);
  await rmdir(backupDir).catch(() => undefined);
}
