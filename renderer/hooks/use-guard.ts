/**
 * The login guard as the UI sees it: when the next test is allowed, counting down each second, and whether the
 * next test needs the user's "I have checked it" (after wrong passwords in a row). Filled from getGuardStatus and
 * from GUARD_* refusals (their retryAt).
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../shared/result.js';
import { secondsUntil } from '../logic/countdown.js';
import { callWizard } from '../wizard-api.js';

export type GuardReason = 'rate-limited' | 'banned' | 'password-check';

export interface GuardView {
  /** Seconds left before a test is allowed; 0 when ready (or when only the user's word is missing). */
  readonly secondsLeft: number;
  /** Why the test waits; null when it does not. password-check stays after its countdown, until a test is sent. */
  readonly reason: GuardReason | null;
  /** Re-reads the guard from the app. */
  readonly refresh: () => Promise<void>;
  /** Takes a GUARD_* refusal into account; returns false for other errors. */
  readonly fromError: (error: AppError) => boolean;
}

interface Hold {
  readonly retryAt: string;
  readonly reason: GuardReason;
}

const REASON_OF_CODE: Readonly<Record<string, GuardReason>> = {
  GUARD_BANNED: 'banned',
  GUARD_RATE_LIMITED: 'rate-limited',
  GUARD_PASSWORD_CHECK: 'password-check',
};

export function useGuard(): GuardView {
  const [hold, setHold] = useState<Hold | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(async () => {
    const result = await callWizard((api) => api.getGuardStatus());
    setNow(Date.now());
    if (!result.ok) return;
    const { state, retryAt } = result.value;
    setHold(state !== 'ready' && retryAt ? { retryAt, reason: state } : null);
  }, []);

  const fromError = useCallback((error: AppError): boolean => {
    const reason = REASON_OF_CODE[error.code];
    if (!error.retryAt || reason === undefined) return false;
    setHold({ retryAt: error.retryAt, reason });
    setNow(Date.now());
    return true;
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const secondsLeft = hold ? secondsUntil(hold.retryAt, now) : 0;
  const holding = secondsLeft > 0;

  useEffect(() => {
    if (!holding) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [holding]);

  const reason = hold && (secondsLeft > 0 || hold.reason === 'password-check') ? hold.reason : null;
  return { secondsLeft, reason, refresh, fromError };
}
