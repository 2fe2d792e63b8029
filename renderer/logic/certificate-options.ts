/** Checks the "Advanced options" of a new certificate before asking the app to make it. */
import { MAX_VALIDITY_DAYS, MIN_VALIDITY_DAYS } from '../../shared/certificate-types.js';

export type DaysCheck = { readonly ok: true; readonly days: number } | { readonly ok: false };

export function parseValidityDays(text: string): DaysCheck {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const days = Number(trimmed);
  if (days < MIN_VALIDITY_DAYS || days > MAX_VALIDITY_DAYS) return { ok: false };
  return { ok: true, days };
}
