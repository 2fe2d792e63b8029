/**
 * Dates, times and numbers in the language in use (Intl with intlLocale()), for words made outside the
 * renderer: CLI output, the calendar reminder, findings. Certificate dates are calendar days in UTC (what the
 * certificate says); a time of day is the reader's own.
 */
import { intlLocale } from './text.js';

/** A certificate's day, e.g. "26 Nov 2027" in English, "26 nov 2027" in Italian; the input unchanged when it is no date. */
export function formatDay(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
}

/** A moment, with the day and the time in the reader's time zone. */
export function formatMoment(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
