/**
 * The login guard as the UI sees it: when the next test is allowed, counting down each second.
 * Filled from getGuardStatus and from GUARD_* refusals (their retryAt).
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../shared/result.js';
import { secondsUntil } from '../logic/countdown.js';
import { callWizard } from '../wizard-api.js';

export type GuardReason = 'rate-limited' | 'banned';

export interface GuardView {
  /** Seconds left before a test is allowed; 0 when ready. */
  readonly secondsLeft: number;
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
    if (!error.retryAt) return false;
    if (error.code === 'GUARD_BANNED') setHold({ retryAt: error.retryAt, reason: 'banned' });
    else if (error.code === 'GUARD_RATE_LIMITED') setHold({ retryAt: error.retryAt, reason: 'rate-limited' });
    else return false;
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

  return { secondsLeft, reason: secondsLeft > 0 && hold ? hold.reason : null, refresh, fromError };
}
