/**
 * The login guard's rules, as pure functions on its state: at most LIMIT test logins per rolling minute, and
 * no login at all for 20 minutes after Betfair answered TEMPORARY_BAN_TOO_MANY_REQUESTS.
 */
import type { GuardStatus } from '../../../shared/login-types.js';

export const ATTEMPTS_PER_MINUTE = 5;
export const WINDOW_MS = 60_000;
export const BAN_MS = 20 * 60_000;

export interface GuardState {
  /** Epoch milliseconds of recent attempts (only those that can still count are kept). */
  readonly attempts: readonly number[];
  /** Epoch milliseconds until which no login may be sent; null when no ban is known. */
  readonly bannedUntil: number | null;
}

export const EMPTY_GUARD_STATE: GuardState = { attempts: [], bannedUntil: null };

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
  return { attempts: recentAttempts(state, now), bannedUntil: banEnd(state, now) };
}

export function evaluateGuard(state: GuardState, now: number): GuardStatus {
  const attempts = recentAttempts(state, now);
  const bannedUntil = banEnd(state, now);
  if (bannedUntil !== null) {
    return {
      state: 'banned',
      retryAt: new Date(bannedUntil).toISOString(),
      attemptsLastMinute: attempts.length,
      limitPerMinute: ATTEMPTS_PER_MINUTE,
    };
  }
  if (attempts.length >= ATTEMPTS_PER_MINUTE) {
    const oldestThatCounts = attempts[attempts.length - ATTEMPTS_PER_MINUTE] ?? now;
    return {
      state: 'rate-limited',
      retryAt: new Date(Math.max(oldestThatCounts, now - WINDOW_MS) + WINDOW_MS).toISOString(),
      attemptsLastMinute: attempts.length,
      limitPerMinute: ATTEMPTS_PER_MINUTE,
    };
  }
  return { state: 'ready', retryAt: null, attemptsLastMinute: attempts.length, limitPerMinute: ATTEMPTS_PER_MINUTE };
}

/** The state after one more attempt at `now` (old attempts dropped, ban kept). */
export function withAttempt(state: GuardState, now: number): GuardState {
  return { attempts: [...recentAttempts(state, now), now], bannedUntil: banEnd(state, now) };
}

/** The state after Betfair's ban answer at `now`: a ban is only ever lengthened, never shortened. */
export function withBan(state: GuardState, now: number): GuardState {
  return { attempts: recentAttempts(state, now), bannedUntil: Math.max(now + BAN_MS, banEnd(state, now) ?? 0) };
}

/**
 * A guard file that could not be read in full must not open the gate: the attempts that could be read are kept
 * and the rest of the minute's allowance counts as used at `now`, so logins are held for a minute.
 */
export function withUnreadableAttempts(state: GuardState, now: number): GuardState {
  const attempts = recentAttempts(state, now);
  const missing = Math.max(0, ATTEMPTS_PER_MINUTE - attempts.length);
  return { attempts: [...attempts, ...Array.from({ length: missing }, () => now)], bannedUntil: banEnd(state, now) };
}
