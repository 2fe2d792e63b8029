/**
 * The login guard: keeps test logins well inside Betfair's limits. Checked before any network traffic; a refused
 * attempt sends nothing. State lives in the data folder (see guard-file.ts); every read-change-write holds the
 * folder's lock (guard-lock.ts), so the app and any number of CLI processes cannot both slip through, and calls
 * within one process are queued before they even ask for the lock.
 */
import type { GuardStatus } from '../../../shared/login-types.js';
import { explainFault } from '../../../shared/login-catalogue.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { DATA_DIR_SHARED } from '../data-dir.js';
import { errorCodeOf } from '../error-code.js';
import { readGuardState, writeGuardState, type GuardFileState } from './guard-file.js';
import { withGuardLock } from './guard-lock.js';
import { TEMPORARY_BAN_STATUS } from '../../../shared/login-status-codes.js';
import {
  currentState,
  evaluateGuard,
  withAttempt,
  withLoginAnswer,
  withUnreadableAttempts,
  ATTEMPTS_PER_MINUTE,
  type GuardState,
} from './guard-policy.js';

export {
  ATTEMPTS_PER_MINUTE,
  BAN_MS,
  PASSWORD_CHECK_WAIT_MS,
  WINDOW_MS,
  WRONG_PASSWORDS_BEFORE_CHECK,
} from './guard-policy.js';
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

/** How long a login waits for another process's read-change-write (which takes milliseconds). */
const RESERVE_WAIT_MS = 5_000;
/** A ban must be kept: recording it waits past the stale-lock time, then writes even without the lock. */
const BAN_WAIT_MS = 15_000;

/** The state as it counts at `now`; a damaged file holds logins for a minute (see withUnreadableAttempts). */
function effectiveState(read: GuardFileState, now: number): GuardState {
  return read.damaged ? withUnreadableAttempts(read, now) : currentState(read, now);
}

export async function getGuardStatus(dataDir: string, now: Date = new Date()): Promise<GuardStatus> {
  return evaluateGuard(effectiveState(await readGuardState(dataDir), now.getTime()), now.getTime());
}

/**
 * DATA_DIR_UNWRITABLE: the record could not be saved; DATA_DIR_SHARED: the folder is one other users can change;
 * GUARD_BUSY: another process held it too long.
 */
function heldBack<T>(code: 'DATA_DIR_UNWRITABLE' | 'DATA_DIR_SHARED' | 'GUARD_BUSY'): Result<T> {
  const e = explainFault(code);
  return fail<T>(code, e.meaning, { title: e.title, whatToDo: e.whatToDo });
}

const REFUSAL_CODES = {
  banned: 'GUARD_BANNED',
  'rate-limited': 'GUARD_RATE_LIMITED',
  'password-check': 'GUARD_PASSWORD_CHECK',
  ready: 'GUARD_RATE_LIMITED',
} as const;

/** The refusal for a guard status that is not ready. */
export function guardRefusal<T>(status: GuardStatus, now: Date): Result<T> {
  const retryAt = status.retryAt ?? now.toISOString();
  const leftMs = Math.max(0, Date.parse(retryAt) - now.getTime());
  const code = REFUSAL_CODES[status.state];
  const e = explainFault(code, {
    minutesLeft: Math.max(1, Math.ceil(leftMs / 60_000)),
    secondsLeft: Math.max(1, Math.ceil(leftMs / 1000)),
    limit: ATTEMPTS_PER_MINUTE,
  });
  return fail(code, e.meaning, { title: e.title, whatToDo: e.whatToDo, retryAt });
}

/**
 * Asks the guard for one test login at `now`. When allowed, the attempt is recorded before anything is sent
 * (so a crash mid-login still counts it). When refused: GUARD_BANNED, GUARD_RATE_LIMITED or GUARD_PASSWORD_CHECK
 * with retryAt, or GUARD_BUSY / DATA_DIR_UNWRITABLE when the record could not be read and changed safely (nothing is
 * sent then). `passwordChecked`: the user confirmed the password after wrong ones in a row (guard-policy.ts).
 */
export function reserveLoginAttempt(dataDir: string, now: Date, passwordChecked = false): Promise<Result<GuardStatus>> {
  const t = now.getTime();
  return serialised(dataDir, async () => {
    const locked = await withGuardLock(dataDir, RESERVE_WAIT_MS, async (): Promise<Result<GuardStatus>> => {
      const read = await readGuardState(dataDir, true);
      const state = effectiveState(read, t);
      const status = evaluateGuard(state, t, passwordChecked);
      const next = status.state === 'ready' ? withAttempt(state, t) : state;
      // A refusal writes too: times from a damaged file or a clock set back are kept as corrected here.
      try {
        await writeGuardState(dataDir, next);
      } catch {
        return status.state === 'ready'
          ? heldBack<GuardStatus>('DATA_DIR_UNWRITABLE')
          : guardRefusal<GuardStatus>(status, now);
      }
      return status.state === 'ready' ? ok(evaluateGuard(next, t)) : guardRefusal<GuardStatus>(status, now);
    }).catch((error: unknown) => ({
      locked: true as const,
      value: heldBack<GuardStatus>(errorCodeOf(error) === DATA_DIR_SHARED ? DATA_DIR_SHARED : 'DATA_DIR_UNWRITABLE'),
    }));
    return locked.locked ? locked.value : heldBack<GuardStatus>('GUARD_BUSY');
  });
}

/**
 * Records what Betfair answered a login with, at `now`: TEMPORARY_BAN_TOO_MANY_REQUESTS bans logins for 20 minutes;
 * INVALID_USERNAME_OR_PASSWORD adds to the wrong passwords in a row; any other answer ends that row. An answer that
 * changes nothing writes nothing (no lock is taken).
 */
export async function recordLoginAnswer(dataDir: string, loginStatus: string, now: Date): Promise<GuardStatus> {
  const t = now.getTime();
  const before = effectiveState(await readGuardState(dataDir), t);
  if (withLoginAnswer(before, loginStatus, t) === null) return evaluateGuard(before, t);
  const record = async (): Promise<GuardStatus> => {
    const state = effectiveState(await readGuardState(dataDir, true), t);
    const next = withLoginAnswer(state, loginStatus, t) ?? state;
    // If it cannot be saved, the answer itself still tells the user to wait (a ban) or to check the password.
    await writeGuardState(dataDir, next).catch(() => undefined);
    return evaluateGuard(next, t);
  };
  return serialised(dataDir, async () => {
    const locked = await withGuardLock(dataDir, BAN_WAIT_MS, record).catch(() => ({ locked: false as const }));
    // Losing a ban or a wrong password is worse than overwriting a concurrent attempt: without the lock, write anyway.
    return locked.locked ? locked.value : record();
  });
}

/** Records Betfair's TEMPORARY_BAN_TOO_MANY_REQUESTS answer: no login for 20 minutes from `now`. */
export function recordBan(dataDir: string, now: Date): Promise<GuardStatus> {
  return recordLoginAnswer(dataDir, TEMPORARY_BAN_STATUS, now);
}
