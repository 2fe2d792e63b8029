/**
 * Opening the app's own small files (lock, guard state, settings, key files) only as what they should be: plain
 * files. `lstat` first, then open with O_NOFOLLOW (a symlink is not followed) and O_NONBLOCK (a FIFO does not
 * block the open) where the platform has them, then `fstat` on the open file (it could have been swapped since
 * the lstat). Reads stop at a size bound. A FIFO, a folder, a device, a socket or a symlink is "the wrong kind":
 * the caller moves it aside or answers with a plain error; nothing hangs and nothing is written through a link.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, renameSync, type Stats } from 'node:fs';
import { lstat, open, rename } from 'node:fs/promises';
import { errorCodeOf } from './error-code.js';

/** 0 where the platform has no such flag (Windows): the lstat and fstat checks still apply there. */
export const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
export const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const READ_FLAGS = constants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK;
/** Create a new file only, never through a link or onto anything that exists. */
export const CREATE_NEW_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW;

export type RegularRead =
  | { readonly kind: 'missing' }
  /** Not a plain file (FIFO, folder, device, socket, symlink): nothing was read from it. */
  | { readonly kind: 'wrong-kind' }
  /** `truncated`: the file holds more than the bound; only the bound was read. */
  | { readonly kind: 'read'; readonly bytes: Buffer; readonly truncated: boolean };

const MISSING: RegularRead = { kind: 'missing' };
const WRONG_KIND: RegularRead = { kind: 'wrong-kind' };

/** ELOOP: O_NOFOLLOW met a link; ENXIO: a socket or a FIFO opened for writing without a reader. */
function openFailure(error: unknown): RegularRead {
  const code = errorCodeOf(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return MISSING;
  if (code === 'ELOOP' || code === 'EISDIR' || code === 'ENXIO' || code === 'EMLINK') return WRONG_KIND;
  throw error;
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.ino === b.ino && a.dev === b.dev;
}

/** Reads at most `maxBytes` of `path` when it is a plain file (not followed if a link). Throws other I/O errors. */
export async function readRegularFile(path: string, maxBytes: number): Promise<RegularRead> {
  let before: Stats;
  try {
    before = await lstat(path);
  } catch (error) {
    return openFailure(error);
  }
  if (!before.isFile()) return WRONG_KIND;
  let handle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile() || !sameFile(info, before)) return WRONG_KIND;
    const buffer = Buffer.alloc(maxBytes + 1);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return { kind: 'read', bytes: buffer.subarray(0, Math.min(total, maxBytes)), truncated: total > maxBytes };
  } finally {
    await handle.close();
  }
}

/** The same, synchronously (the settings are opened before the window exists). */
export function readRegularFileSync(path: string, maxBytes: number): RegularRead {
  let before: Stats;
  try {
    before = lstatSync(path);
  } catch (error) {
    return openFailure(error);
  }
  if (!before.isFile()) return WRONG_KIND;
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || !sameFile(info, before)) return WRONG_KIND;
    const buffer = Buffer.alloc(maxBytes + 1);
    let total = 0;
    while (total < buffer.length) {
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return { kind: 'read', bytes: buffer.subarray(0, Math.min(total, maxBytes)), truncated: total > maxBytes };
  } finally {
    closeSync(fd);
  }
}

/** What is at `path` without following a link: 'file', 'missing' or 'other' (a link, FIFO, folder...). */
export function entryKindSync(path: string): 'file' | 'missing' | 'other' {
  try {
    return lstatSync(path).isFile() ? 'file' : 'other';
  } catch (error) {
    if (errorCodeOf(error) === 'ENOENT') return 'missing';
    throw error;
  }
}

/** `login-guard.json.wrong-kind-2026-11-26T00-50-00-000Z-1a2b3c` : next to the original, sorts by time. */
function asideName(path: string, label: string, now: Date): string {
  return `${path}.${label}-${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
}

/** Renames whatever is at `path` (the entry itself, never a link's target) out of the way; null when it could not. */
export async function moveAside(path: string, label: string, now: Date = new Date()): Promise<string | null> {
  const target = asideName(path, label, now);
  try {
    await rename(path, target);
    return target;
  } catch {
    return null;
  }
}

export function moveAsideSync(path: string, label: string, now: Date = new Date()): string | null {
  const target = asideName(path, label, now);
  try {
    renameSync(path, target);
    return target;
  } catch {
    return null;
  }
}
