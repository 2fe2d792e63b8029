/**
 * Writes one file next to the user's certificate, whole or not at all, without ever replacing a file
 * the app did not make: a new file is placed with no-clobber (certificates/atomic-write); an existing
 * one is replaced (temp file + rename) only when `isOurs` recognises its content.
 */
import { TargetExistsError, replaceFileAtomically, writeFilesAtomically } from './certificates/atomic-write.js';
import { readRegularFile } from './regular-file.js';

/** Anything bigger is not a file this app wrote (and is not read into memory). */
const MAX_OWN_FILE_BYTES = 256 * 1024;

export type OwnFileOutcome = 'written' | 'exists';

/**
 * null when nothing is there; '' (never ours) for anything but a plain file of a sensible size: a link (not
 * followed), a FIFO (would hang a read), a folder or a device.
 */
async function existingText(path: string): Promise<string | null> {
  const read = await readRegularFile(path, MAX_OWN_FILE_BYTES);
  if (read.kind === 'missing') return null;
  if (read.kind === 'wrong-kind' || read.truncated) return '';
  return read.bytes.toString('utf8');
}

/** Throws Node errors for anything but "a file that is not ours is in the way" ('exists'). */
export async function writeOwnFile(
  path: string,
  data: string,
  mode: number,
  isOurs: (existing: string) => boolean,
): Promise<OwnFileOutcome> {
  const existing = await existingText(path);
  if (existing !== null) {
    if (!isOurs(existing)) return 'exists';
    if (existing !== data) await replaceFileAtomically({ path, data, mode });
    return 'written';
  }
  try {
    await writeFilesAtomically([{ path, data, mode }]);
    return 'written';
  } catch (error) {
    if (error instanceof TargetExistsError) return 'exists';
    throw error;
  }
}
