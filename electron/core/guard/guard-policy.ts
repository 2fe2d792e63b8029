/**
 * The login guard's rules, as pure functions on its state: at most LIMIT test logins per rolling minute, no login
 * at all for 20 minutes after Betfair answered TEMPORARY_BAN_TOO_MANY_REQUESTS, and after two wrong passwords in a
 * row (INVALID_USERNAME_OR_PASSWORD) a short wait and then only a deliberate test ("I have checked it"), until a
 * login answers otherwise.
 */
import { TEMPORARY_BAN_STATUS } from '../../../shared/login-status-codes.js';
import type { GuardStatus } from '../../../shared/login-types.js';

export const ATTEMPTS_PER_MINUTE = 5;
export const WINDOW_MS = 60_000;
export const BAN_MS = 20 * 60_000;
/** Wrong passwords in a row after which the next test needs the user's "I have checked it". */
export const WRONG_PASSWORDS_BEFORE_CHECK = 2;
/** The wait after the last of those wrong passwords before even a checked test is sent. */
export const PASSWORD_CHECK_WAIT_MS = 30_000;
export const WRONG_PASSWORD_STATUS = 'INVALID_USERNAME_OR_PASSWORD';

export interface GuardState {
  /** Epoch milliseconds of recent attempts (only those that can still count are kept). */
  readonly attempts: readonly number[];
  /** Epoch milliseconds until which no login may be sent; null when no ban is known. */
  readonly bannedUntil: number | null;
  /** INVALID_USERNAME_OR_PASSWORD answers in a row (any other login answer sets it back to 0). */
  readonly wrongPasswords: number;
  /** Epoch milliseconds of the last of them; null when there is none. */
  readonly lastWrongPasswordAt: number | null;
}

export const EMPTY_GUARD_STATE: GuardState = {
  attempts: [],
  bannedUntil: null,
  wrongPasswords: 0,
  lastWrongPasswordAt: null,
};

/**
 * Attempts that count at `now`: within the last minute. An attempt stamped later than `now` (the clock was set
 * back, or another process's clock is ahead) counts as made just now, so it is not forgotten.
 */
function recentAttempts(state: GuardState, now: number): number[] {
  return state.attempts
    .map((t) => Math.min(t, now))
    .filter((t) => now - t < WINDOW_MS)
    .sort((a, b) => a - b);
}

/**
 * The end of the ban as it counts at `now`: never more than BAN_MS ahead, so a clock set back or an edited file
 * cannot make a recorded ban longer than 20 minutes (callers that write keep the shortened end).
 */
function banEnd(state: GuardState, now: number): number | null {
  if (state.bannedUntil === null || state.bannedUntil <= now) return null;
  return Math.min(state.bannedUntil, now + BAN_MS);
}

/** The state as it counts at `now` (what is written back after any read-change-write). */
export function currentState(state: GuardState, now: number): GuardState {
  return { ...state, attempts: recentAttempts(state, now), bannedUntil: banEnd(state, now) };
}

/**
 * The end of the wait after wrong passwords in a row; null when fewer than WRONG_PASSWORDS_BEFORE_CHECK. A time
 * later than `now` counts as just now, so a clock set back cannot make the wait longer.
 */
function passwordWaitEnd(state: GuardState, now: number): number | null {
  if (state.wrongPasswords < WRONG_PASSWORDS_BEFORE_CHECK) return null;
  return Math.min(state.lastWrongPasswordAt ?? now, now) + PASSWORD_CHECK_WAIT_MS;
}

/**
 * The guard at `now`. `passwordChecked`: the user said they checked the password (the app's "I have checked it,
 * test again"; the CLI, whose every run is a deliberate one): after wrong passwords in a row only such a test is
 * allowed, and only once the short wait is over. Until then the state is `password-check`, whose retryAt (the end
 * of the wait) may have passed: then the test waits only for the user's word.
 */
export function evaluateGuard(state: GuardState, now: number, passwordChecked = false): GuardStatus {
  const attempts = recentAttempts(state, now);
  const bannedUntil = banEnd(state, now);
  const facts = {
    attemptsLastMinute: attempts.length,
    limitPerMinute: ATTEMPTS_PER_MINUTE,
    wrongPasswordsInARow: state.wrongPasswords,
  };
  if (bannedUntil !== null) return { state: 'banned', retryAt: new Date(bannedUntil).toISOString(), ...facts };
  if (attempts.length >= ATTEMPTS_PER_MINUTE) {
    const oldestThatCounts = attempts[attempts.length - ATTEMPTS_PER_MINUTE] ?? now;
    const retryAt = new Date(Math.max(oldestThatCounts, now - WINDOW_MS) + WINDOW_MS).toISOString();
    return { state: 'rate-limited', retryAt, ...facts };
  }
  const waitEnd = passwordWaitEnd(state, now);
  if (waitEnd !== null && (now < waitEnd || !passwordChecked)) {
    return { state: 'password-check', retryAt: new Date(waitEnd).toISOString(), ...facts };
  }
  return { state: 'ready', retryAt: null, ...facts };
}

/** The state after one more attempt at `now` (old attempts dropped, ban kept). */
export function withAttempt(state: GuardState, now: number): GuardState {
  return { ...state, attempts: [...recentAttempts(state, now), now], bannedUntil: banEnd(state, now) };
}

/** The state after Betfair's ban answer at `now`: a ban is only ever lengthened, never shortened. */
export function withBan(state: GuardState, now: number): GuardState {
  return {
    ...state,
    attempts: recentAttempts(state, now),
    bannedUntil: Math.max(now + BAN_MS, banEnd(state, now) ?? 0),
  };
}

/**
 * The state after Betfair answered a login with `loginStatus` at `now`: a wrong password adds one to the row, any
 * other answer (a success above all) ends it; the ban answer also starts the ban. Null when nothing changes (then
 * nothing needs writing).
 */
export function withLoginAnswer(state: GuardState, loginStatus: string, now: number): GuardState | null {
  const banned = loginStatus === TEMPORARY_BAN_STATUS ? withBan(state, now) : state;
  if (loginStatus === WRONG_PASSWORD_STATUS) {
    return { ...banned, wrongPasswords: state.wrongPasswords + 1, lastWrongPasswordAt: now };
  }
  if (banned === state && state.wrongPasswords === 0 && state.lastWrongPasswordAt === null) return null;
  return { ...banned, wrongPasswords: 0, lastWrongPasswordAt: null };
}

/**
 * A guard file that could not be read in full must not open the gate: the attempts that could be read are kept
 * and the rest of the minute's allowance counts as used at `now`, so logins are held for a minute.
 */
export function withUnreadableAttempts(state: GuardState, now: number): GuardState {
  const attempts = recentAttempts(state, now);
  const missing = Math.max(0, ATTEMPTS_PER_MINUTE - attempts.length);
  return {
    ...state,
    attempts: [...attempts, ...Array.from({ length: missing }, () => now)],
    bannedUntil: banEnd(state, now),
  };
}
