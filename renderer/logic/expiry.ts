/** How soon the certificate runs out, and how loudly the UI should say so. */

export const RENEW_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

export type ExpiryLevel = 'ok' | 'soon' | 'expired';

export interface ExpiryInfo {
  /** Days left, counting a started day as one (a new 365-day certificate reads 365); negative once expired. */
  readonly daysLeft: number;
  readonly level: ExpiryLevel;
}

export function expiryInfo(notAfter: string, now: number): ExpiryInfo {
  const end = Date.parse(notAfter);
  if (Number.isNaN(end)) return { daysLeft: 0, level: 'expired' };
  const msLeft = end - now;
  if (msLeft <= 0) return { daysLeft: Math.floor(msLeft / DAY_MS), level: 'expired' };
  const daysLeft = Math.ceil(msLeft / DAY_MS);
  return { daysLeft, level: daysLeft < RENEW_WARNING_DAYS ? 'soon' : 'ok' };
}
