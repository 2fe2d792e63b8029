/**
 * Writes a set of files so that each appears whole or not at all: every file goes to a temp file in
 * the same folder first (created exclusively, with its final mode), then each is moved into place.
 * A hard link is used for the move where the disk allows it, so an existing file is never replaced.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { chmod, link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCodeOf } from '../error-code.js';
import { CREATE_NEW_FLAGS } from '../regular-file.js';

/** The file operations a temp file goes through; tests pass one that fails part-way (a full disk). */
export interface AtomicWriteFs {
  readonly open: typeof open;
  readonly chmod: typeof chmod;
}
const nodeFs: AtomicWriteFs = { open, chmod };

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

/**
 * Temp files still on disk. A temp file is registered here before its first byte is written and leaves only once
 * moved into place or removed, so every failure path (a full disk, a failed sync or chmod, an exit) removes it: a
 * partial private key never stays behind.
 */
const liveTemps = new Set<string>();
let exitHookInstalled = false;

function register(temp: string): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // process.exit() in the middle of a write: remove what is left (synchronously, the only way at exit).
    process.once('exit', () => {
      for (const t of liveTemps) {
        try {
          unlinkSync(t);
        } catch {
          // already gone
        }
      }
    });
  }
  liveTemps.add(temp);
}

async function removeTemp(temp: string): Promise<void> {
  await unlink(temp).catch(() => undefined);
  liveTemps.delete(temp);
}

/** Writes `file` to a new temp file next to it; registered before it exists, removed again if anything fails. */
async function writeTemp(file: FileToWrite, fs: AtomicWriteFs = nodeFs): Promise<string> {
  const temp = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(6).toString('hex')}.tmp`);
  register(temp);
  try {
    // A new file only (O_EXCL), never through a link (O_NOFOLLOW), with its final mode from the start.
    const handle = await fs.open(temp, CREATE_NEW_FLAGS, file.mode);
    try {
      await handle.writeFile(file.data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // open()'s mode is reduced by the umask; set it exactly.
    await fs.chmod(temp, file.mode);
    return temp;
  } catch (error) {
    await removeTemp(temp);
    throw error;
  }
}

/** Moves temp into place without replacing an existing file (link + unlink), or rename where links are not supported. */
async function placeNoClobber(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
    await removeTemp(temp);
    return;
  } catch (error) {
    const code = errorCodeOf(error);
    if (code === 'EEXIST') throw new TargetExistsError(target);
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS', 'EMLINK'].includes(code)) throw error;
  }
  await rename(temp, target);
  liveTemps.delete(temp);
}

/** Replaces `file.path` (existing or not) whole or not at all: temp file + rename. Throws Node errors. */
export async function replaceFileAtomically(file: FileToWrite, fs: AtomicWriteFs = nodeFs): Promise<void> {
  const temp = await writeTemp(file, fs);
  try {
    await rename(temp, file.path);
    liveTemps.delete(temp);
  } catch (error) {
    await removeTemp(temp);
    throw error;
  }
}

/** All temp files are written before any is moved; on failure every temp file is removed. Throws Node errors. */
export async function writeFilesAtomically(files: readonly FileToWrite[], fs: AtomicWriteFs = nodeFs): Promise<void> {
  const temps: string[] = [];
  try {
    for (const file of files) temps.push(await writeTemp(file, fs));
    for (let i = 0; i < files.length; i += 1) {
      const file = files[i];
      const temp = temps[i];
      if (file && temp) await placeNoClobber(temp, file.path);
    }
  } finally {
    await Promise.all(temps.map(removeTemp));
  }
}
