/**
 * Writes a set of files so that each appears whole or not at all: every file goes to a temp file in
 * the same folder first (created exclusively, with its final mode), then each is moved into place.
 * A hard link is used for the move where the disk allows it, so an existing file is never replaced.
 */
import { randomBytes } from 'node:crypto';
import { chmod, link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCodeOf } from '../error-code.js';

export interface FileToWrite {
  readonly path: string;
  readonly data: string | Buffer;
  /** 0o600 for anything holding the key, 0o644 for the certificate. */
  readonly mode: number;
}

export class TargetExistsError extends Error {
  constructor(readonly path: string) {
    super(`exists: ${path}`);
  }
}

async function writeTemp(file: FileToWrite): Promise<string> {
  const temp = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', file.mode);
  try {
    await handle.writeFile(file.data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // open()'s mode is reduced by the umask; set it exactly.
  await chmod(temp, file.mode);
  return temp;
}

/** Moves temp into place without replacing an existing file (link + unlink), or rename where links are not supported. */
async function placeNoClobber(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
    await unlink(temp);
    return;
  } catch (error) {
    const code = errorCodeOf(error);
    if (code === 'EEXIST') throw new TargetExistsError(target);
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EMLINK'].includes(code)) throw error;
  }
  await rename(temp, target);
}

/** Replaces `file.path` (existing or not) whole or not at all: temp file + rename. Throws Node errors. */
export async function replaceFileAtomically(file: FileToWrite): Promise<void> {
  const temp = await writeTemp(file);
  try {
    await rename(temp, file.path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** All temp files are written before any is moved; on failure every temp file is removed. Throws Node errors. */
export async function writeFilesAtomically(files: readonly FileToWrite[]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const file of files) temps.push(await writeTemp(file));
    for (let i = 0; i < files.length; i += 1) {
      const file = files[i];
      const temp = temps[i];
      if (file && temp) await placeNoClobber(temp, file.path);
    }
  } finally {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
  }
}
