/**
 * An exclusive lock on the login guard's file, across processes (the app and a bot's CLI share one data folder).
 * The lock is a file created new (O_CREAT|O_EXCL, never through a link: it fails when anything is there, on every
 * platform) holding the owner's pid, the time and a random id. A lock left behind by a crashed process is taken
 * over once its owner is gone or it is older than STALE_LOCK_MS.
 *
 * Taking over must be exclusive: two processes that both see the same stale lock must not both end up holding
 * it. So a takeover (and a release) first takes a second, short-lived lock, the breaker (`login-guard.lock.break`,
 * also created with O_EXCL); under it the stale lock is read again and, only if it is still the same stale lock,
 * replaced by the taker's own in one rename. A fresh lock is never removed by anyone but its owner.
 *
 * Anything at the lock's path that is not a plain file (a folder, a FIFO, a link, a socket) is moved aside under
 * the breaker, so it can neither hang a read nor hold the gate shut forever. Waiting is bounded, with jitter so
 * racing processes do not retry in step; the lock is always released, in `finally`.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { link, open, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorCodeOf } from '../error-code.js';
import { CREATE_NEW_FLAGS, moveAside, readRegularFile } from '../regular-file.js';
import { ensurePrivateDataDir } from '../data-dir.js';

export const GUARD_LOCK_NAME = 'login-guard.lock';
/** A read-change-write of the guard takes milliseconds; a lock this old was left by a crash or a hang. */
export const STALE_LOCK_MS = 10_000;
/** A breaker is held for a few file operations; one this old was left by a crash in the middle of a takeover. */
const STALE_BREAKER_MS = 2_000;
/** A lock file is about 60 bytes; nothing bigger is read. */
const MAX_LOCK_BYTES = 1024;

export type Locked<T> = { readonly locked: true; readonly value: T } | { readonly locked: false };

interface LockOwner {
  readonly pid: number;
  readonly at: number;
}

function readOwner(text: string): LockOwner | null {
  try {
    const data = JSON.parse(text) as { pid?: unknown; at?: unknown };
    return typeof data.pid === 'number' && typeof data.at === 'number' ? { pid: data.pid, at: data.at } : null;
  } catch {
    return null;
  }
}

/** True unless the process is known to be gone (EPERM means it exists but belongs to someone else). */
function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCodeOf(error) === 'EPERM';
  }
}

/** Creates `path` holding `body` only if nothing is there; false when something is. */
async function tryCreate(path: string, body: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, CREATE_NEW_FLAGS, 0o600);
  } catch (error) {
    if (errorCodeOf(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(body);
  } finally {
    await handle.close();
  }
  return true;
}

/** What is at the lock's path now: nothing, the wrong kind of entry, or a plain file's text. */
type LockSeen =
  { readonly kind: 'missing' } | { readonly kind: 'wrong-kind' } | { readonly kind: 'file'; text: string };

async function look(path: string): Promise<LockSeen> {
  const read = await readRegularFile(path, MAX_LOCK_BYTES).catch(() => ({ kind: 'wrong-kind' as const }));
  if (read.kind !== 'read') return read;
  return { kind: 'file', text: read.bytes.toString('utf8') };
}

/** A lock whose owner is gone or that is too old. A lock still being written has no owner yet: only its age tells. */
async function isStale(path: string, text: string, maxAgeMs: number, checkOwner: boolean): Promise<boolean> {
  const owner = readOwner(text);
  let at = owner?.at;
  if (at === undefined) {
    // Being written right now, or damaged: its file time is the only clue.
    at = await stat(path).then(
      (s) => s.mtimeMs,
      () => Date.now(),
    );
  }
  const age = Date.now() - at;
  return Math.abs(age) > maxAgeMs || (checkOwner && owner !== null && !processAlive(owner.pid));
}

/**
 * Removes a breaker left by a crash: moved to a name of our own first and checked by content, so a fresh breaker
 * another process took in the meantime is put back rather than removed.
 */
async function removeStaleBreaker(breakerPath: string, staleText: string): Promise<void> {
  const aside = `${breakerPath}.${process.pid}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(breakerPath, aside);
  } catch {
    return;
  }
  const moved = await look(aside);
  if (moved.kind !== 'file' || moved.text !== staleText) await link(aside, breakerPath).catch(() => undefined);
  await rm(aside, { force: true });
}

/**
 * Runs `task` while holding the breaker of `lockPath` (tried for at most `waitMs`); null when it could not be had.
 * A breaker left by a crash (older than STALE_BREAKER_MS) is removed by whoever sees it first.
 */
async function withBreaker<T>(lockPath: string, waitMs: number, task: () => Promise<T>): Promise<T | null> {
  const breakerPath = `${lockPath}.break`;
  const body = JSON.stringify({ pid: process.pid, at: Date.now(), id: randomBytes(8).toString('hex') });
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await tryCreate(breakerPath, body)) break;
    const seen = await look(breakerPath);
    if (seen.kind === 'wrong-kind') await moveAside(breakerPath, 'wrong-kind');
    else if (seen.kind === 'file' && (await isStale(breakerPath, seen.text, STALE_BREAKER_MS, false)))
      await removeStaleBreaker(breakerPath, seen.text);
    if (Date.now() >= deadline) return null;
    await sleep(1 + randomInt(3));
  }
  try {
    return await task();
  } finally {
    await unlink(breakerPath).catch(() => undefined);
  }
}

/**
 * Takes over the lock when it is stale (or not a plain file): under the breaker, reads it again and, if it is the
 * same stale lock, replaces it with `body` in one rename. True when the lock is now ours.
 */
async function takeOverIfStale(lockPath: string, body: string): Promise<boolean> {
  const first = await look(lockPath);
  if (first.kind === 'missing') return false; // gone already: the next try creates it
  if (first.kind === 'file' && !(await isStale(lockPath, first.text, STALE_LOCK_MS, true))) return false;
  const taken = await withBreaker(lockPath, 200, async () => {
    const now = await look(lockPath);
    if (now.kind === 'wrong-kind') {
      await moveAside(lockPath, 'wrong-kind');
      return false; // the next try creates a proper one
    }
    if (now.kind !== 'file' || first.kind !== 'file' || now.text !== first.text) return false;
    const temp = `${lockPath}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      if (!(await tryCreate(temp, body))) return false;
      await rename(temp, lockPath);
      return true;
    } catch {
      await rm(temp, { force: true });
      return false;
    }
  });
  return taken === true;
}

/**
 * Runs `task` while holding the lock of `dataDir`, waiting at most `waitMs` for it.
 * `{ locked: false }` when the lock could not be had in time (another process holds it and is alive).
 */
export async function withGuardLock<T>(dataDir: string, waitMs: number, task: () => Promise<T>): Promise<Locked<T>> {
  await ensurePrivateDataDir(dataDir);
  const lockPath = join(dataDir, GUARD_LOCK_NAME);
  const deadline = Date.now() + waitMs;
  const id = randomBytes(8).toString('hex');
  let body = '';
  let pause = 2;
  for (;;) {
    body = JSON.stringify({ pid: process.pid, at: Date.now(), id });
    if (await tryCreate(lockPath, body)) break;
    if (await takeOverIfStale(lockPath, body)) break;
    if (Date.now() >= deadline) return { locked: false };
    await sleep(pause + randomInt(pause + 1));
    pause = Math.min(pause * 2, 50);
  }
  try {
    return { locked: true, value: await task() };
  } finally {
    await release(lockPath, body);
  }
}

/** Removes the lock only while it is still ours, under the breaker so no takeover can slip in between. */
async function release(lockPath: string, body: string): Promise<void> {
  const removeIfOurs = async (): Promise<void> => {
    const seen = await look(lockPath);
    if (seen.kind === 'file' && seen.text === body) await unlink(lockPath).catch(() => undefined);
  };
  const done = await withBreaker(lockPath, 1_000, async () => {
    await removeIfOurs();
    return true;
  });
  // The breaker stayed busy for a second (a crash mid-takeover): remove ours anyway rather than leave it.
  if (done === null) await removeIfOurs();
}
