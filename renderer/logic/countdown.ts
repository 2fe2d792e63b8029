/** The login guard's wait, as the button shows it ("m:ss"). */

/** Whole seconds from `now` until `retryAt` (ISO), rounded up; 0 once passed or when unreadable. */
export function secondsUntil(retryAt: string | null, now: number): number {
  if (!retryAt) return 0;
  const target = Date.parse(retryAt);
  if (Number.isNaN(target)) return 0;
  return Math.max(0, Math.ceil((target - now) / 1000));
}

/** 75 -> "1:15", 5 -> "0:05", 1230 -> "20:30". */
export function formatCountdown(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const minutes = Math.floor(s / 60);
  const seconds = s % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}
