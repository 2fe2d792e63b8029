/**
 * The login guard: keeps test logins well inside Betfair's limits. Checked before any network traffic; a refused
 * attempt sends nothing. State lives in the data folder (see guard-file.ts); calls for the same folder are
 * serialised within the process so two quick tests cannot both slip through.
 */
import type { GuardStatus } from '../../../shared/login-types.js';
import { explainFault } from '../../../shared/login-catalogue.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { readGuardState, writeGuardState } from './guard-file.js';
import { evaluateGuard, withAttempt, withBan, ATTEMPTS_PER_MINUTE } from './guard-policy.js';

export { ATTEMPTS_PER_MINUTE, BAN_MS, WINDOW_MS } from './guard-policy.js';
export { GUARD_FILE_NAME, guardFilePath } from './guard-file.js';

const queues = new Map<string, Promise<unknown>>();

function serialised<T>(dataDir: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(dataDir) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  queues.set(dataDir, settled);
  void settled.then(() => {
    if (queues.get(dataDir) === settled) queues.delete(dataDir);
  });
  return next;
}

export async function getGuardStatus(dataDir: string, now: Date = new Date()): Promise<GuardStatus> {
  return evaluateGuard(await readGuardState(dataDir), now.getTime());
}

/** The refusal for a guard status that is not ready. */
export function guardRefusal<T>(status: GuardStatus, now: Date): Result<T> {
  const retryAt = status.retryAt ?? now.toISOString();
  const leftMs = Math.max(0, Date.parse(retryAt) - now.getTime());
  const code = status.state === 'banned' ? 'GUARD_BANNED' : 'GUARD_RATE_LIMITED';
  const e = explainFault(code, {
    minutesLeft: Math.max(1, Math.ceil(leftMs / 60_000)),
    secondsLeft: Math.max(1, Math.ceil(leftMs / 1000)),
    limit: ATTEMPTS_PER_MINUTE,
  });
  return fail(code, e.meaning, { title: e.title, whatToDo: e.whatToDo, retryAt });
}

/**
 * Asks the guard for one test login at `now`. When allowed, the attempt is recorded before anything is sent
 * (so a crash mid-login still counts it). When refused: GUARD_BANNED or GUARD_RATE_LIMITED with retryAt.
 */
export function reserveLoginAttempt(dataDir: string, now: Date): Promise<Result<GuardStatus>> {
  return serialised(dataDir, async () => {
    const state = await readGuardState(dataDir);
    const status = evaluateGuard(state, now.getTime());
    if (status.state !== 'ready') return guardRefusal<GuardStatus>(status, now);
    const next = withAttempt(state, now.getTime());
    try {
      await writeGuardState(dataDir, next);
    } catch {
      const e = explainFault('DATA_DIR_UNWRITABLE');
      return fail<GuardStatus>('DATA_DIR_UNWRITABLE', e.meaning, { title: e.title, whatToDo: e.whatToDo });
    }
    return ok(evaluateGuard(next, now.getTime()));
  });
}

/** Records Betfair's TEMPORARY_BAN_TOO_MANY_REQUESTS answer: no login for 20 minutes from `now`. */
export function recordBan(dataDir: string, now: Date): Promise<GuardStatus> {
  return serialised(dataDir, async () => {
    const next = withBan(await readGuardState(dataDir), now.getTime());
    // If the ban cannot be saved, the answer itself still tells the user to wait 20 minutes.
    await writeGuardState(dataDir, next).catch(() => undefined);
    return evaluateGuard(next, now.getTime());
  });
}
