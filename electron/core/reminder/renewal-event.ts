/**
 * The renewal reminder as an iCalendar file: one all-day VEVENT 14 days before the certificate runs
 * out (or tomorrow when that day has passed), with a reminder alarm that morning. UID from the
 * certificate's fingerprint, so a second export of the same certificate updates the same event.
 */
import { formatDay } from '../../../shared/i18n/format.js';
import { text } from '../../../shared/i18n/text.js';
import { escapeText, icsDocument } from './ics-text.js';

export const REMINDER_DAYS_BEFORE = 14;
export const REMINDER_FILE_NAME = 'betfair-certificate-renewal.ics';
export const REMINDER_PRODID = '-//Bot Login Wizard//Certificate renewal reminder//EN';

const DAY_MS = 86_400_000;

export interface RenewalEventInput {
  readonly notAfter: string;
  readonly fingerprintSha256: string;
  readonly commonName: string | null;
  /** Where the certificate is, said in the description. */
  readonly certificateDir: string;
  readonly now: Date;
}

function icsDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
}

function icsDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** The day the reminder falls on (UTC midnight, ms). */
export function reminderDay(notAfter: string, now: Date): number {
  const end = Date.parse(notAfter);
  const wanted = Math.floor(end / DAY_MS) * DAY_MS - REMINDER_DAYS_BEFORE * DAY_MS;
  const tomorrow = Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS;
  return Number.isNaN(end) ? tomorrow : Math.max(wanted, tomorrow);
}

export function renewalEvent(input: RenewalEventInput): string {
  const t = text.appText.reminder;
  const day = reminderDay(input.notAfter, input.now);
  const expires = formatDay(input.notAfter);
  const uid = `renew-${input.fingerprintSha256.replace(/:/g, '').toLowerCase()}@bot-login-wizard`;
  return icsDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${REMINDER_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${icsDateTime(input.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(day)}`,
    `DTEND;VALUE=DATE:${icsDate(day + DAY_MS)}`,
    `SUMMARY:${escapeText(t.summary)}`,
    `DESCRIPTION:${escapeText(t.description(expires, input.commonName, input.certificateDir))}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(t.summary)}`,
    'TRIGGER;RELATED=START:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}
