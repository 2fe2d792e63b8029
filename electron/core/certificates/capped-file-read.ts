/**
 * Reads a file the user pointed at, safely: never a folder, a pipe or a device (those could hang),
 * never more than MAX_INPUT_BYTES. Problems come back as a finding code, never as a throw.
 */
import { open, stat } from 'node:fs/promises';
import { errorCodeOf } from '../error-code.js';

/** Certificates and keys are a few KB; anything over this is the wrong file. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type CappedRead =
  | { readonly ok: true; readonly bytes: Buffer }
  | {
      readonly ok: false;
      readonly code:
        | 'FILE_NOT_FOUND'
        | 'IS_FOLDER'
        | 'NOT_A_FILE'
        | 'NO_PERMISSION'
        | 'EMPTY_FILE'
        | 'FILE_TOO_LARGE'
        | 'UNREADABLE';
    };

function failureFor(error: unknown): CappedRead {
  const code = errorCodeOf(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, code: 'FILE_NOT_FOUND' };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, code: 'NO_PERMISSION' };
  if (code === 'EISDIR') return { ok: false, code: 'IS_FOLDER' };
  return { ok: false, code: 'UNREADABLE' };
}

export async function readCapped(path: string, cap: number = MAX_INPUT_BYTES): Promise<CappedRead> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, code: 'IS_FOLDER' };
    if (!info.isFile()) return { ok: false, code: 'NOT_A_FILE' };
    if (info.size > cap) return { ok: false, code: 'FILE_TOO_LARGE' };
    const handle = await open(path, 'r');
    try {
      // Read at most cap + 1 bytes: the file may have grown since stat.
      const buffer = Buffer.alloc(cap + 1);
      let total = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > cap) return { ok: false, code: 'FILE_TOO_LARGE' };
      }
      if (total === 0) return { ok: false, code: 'EMPTY_FILE' };
      return { ok: true, bytes: buffer.subarray(0, total) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failureFor(error);
  }
}
