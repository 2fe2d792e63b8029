/**
 * An exclusive lock on the login guard's file, across processes (the app and a bot's CLI share one data folder).
 * The lock is a file created with the `wx` flag (fails when it exists, on every platform) holding the owner's pid
 * and the time. A lock left behind by a crashed process is taken over once its owner is gone or it is older than
 * STALE_LOCK_MS. Waiting is bounded, with jitter so racing processes do not retry in step; the lock is always
 * released, in `finally`.
 */
import { randomInt } from 'node:crypto';
import { link, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorCodeOf } from '../error-code.js';

export const GUARD_LOCK_NAME = 'login-guard.lock';
/** A read-change-write of the guard takes milliseconds; a lock this old was left by a crash or a hang. */
export const STALE_LOCK_MS = 10_000;

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

async function tryCreate(lockPath: string, body: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockPath, 'wx', 0o600);
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

/** Removes the lock when its owner crashed or it is too old. Moved aside first, so only one process removes it. */
async function clearIfStale(lockPath: string): Promise<void> {
  let text: string;
  let modified: number;
  try {
    [text, modified] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath).then((s) => s.mtimeMs)]);
  } catch {
    return; // gone already: the next try creates it
  }
  const owner = readOwner(text);
  const age = Date.now() - (owner?.at ?? modified);
  // A lock still being written has no owner yet: only its age can tell.
  const stale = Math.abs(age) > STALE_LOCK_MS || (owner !== null && !processAlive(owner.pid));
  if (!stale) return;
  const aside = `${lockPath}.${process.pid}.${randomInt(1 << 30)}.stale`;
  try {
    await rename(lockPath, aside);
  } catch {
    return;
  }
  // Another process may have cleared the same stale lock and taken a fresh one just before the move: put it back.
  const moved = await readFile(aside, 'utf8').catch(() => text);
  if (moved !== text) await link(aside, lockPath).catch(() => undefined);
  await rm(aside, { force: true });
}

/**
 * Runs `task` while holding the lock of `dataDir`, waiting at most `waitMs` for it.
 * `{ locked: false }` when the lock could not be had in time (another process holds it and is alive).
 */
export async function withGuardLock<T>(dataDir: string, waitMs: number, task: () => Promise<T>): Promise<Locked<T>> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const lockPath = join(dataDir, GUARD_LOCK_NAME);
  const deadline = Date.now() + waitMs;
  const id = randomInt(1 << 30);
  let body = '';
  let pause = 2;
  for (;;) {
    body = JSON.stringify({ pid: process.pid, at: Date.now(), id });
    if (await tryCreate(lockPath, body)) break;
    await clearIfStale(lockPath);
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

/** Removes the lock only while it is still ours (it is never taken over in practice: the task takes milliseconds). */
async function release(lockPath: string, body: string): Promise<void> {
  const current = await readFile(lockPath, 'utf8').catch(() => null);
  if (current === body) await rm(lockPath, { force: true });
}
