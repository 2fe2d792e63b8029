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

/** Attempts that count at `now`: within the last minute (a clock set back does not wipe them). */
function recentAttempts(state: GuardState, now: number): number[] {
  return state.attempts.filter((t) => now - t < WINDOW_MS && t - now < WINDOW_MS).sort((a, b) => a - b);
}

export function evaluateGuard(state: GuardState, now: number): GuardStatus {
  const attempts = recentAttempts(state, now);
  if (state.bannedUntil !== null && state.bannedUntil > now) {
    return {
      state: 'banned',
      retryAt: new Date(state.bannedUntil).toISOString(),
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
  return { attempts: [...recentAttempts(state, now), now], bannedUntil: activeBan(state, now) };
}

/** The state after Betfair's ban answer at `now`: a ban is only ever lengthened, never shortened. */
export function withBan(state: GuardState, now: number): GuardState {
  const until = now + BAN_MS;
  return { attempts: recentAttempts(state, now), bannedUntil: Math.max(until, state.bannedUntil ?? 0) };
}

function activeBan(state: GuardState, now: number): number | null {
  return state.bannedUntil !== null && state.bannedUntil > now ? state.bannedUntil : null;
}
