/**
 * The renewal reminder as an iCalendar file: one all-day VEVENT 14 days before the certificate runs
 * out (or tomorrow when that day has passed, said so in its words), with a reminder alarm that morning. The
 * UID comes from the certificate's folder, which a renewal keeps (shared/renewal.ts), and SEQUENCE grows with each
 * export: a calendar replaces the old event (last year's certificate, or an earlier export) instead of adding one.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { formatDay } from '../../../shared/i18n/format.js';
import { text } from '../../../shared/i18n/text.js';
import { escapeText, icsDocument } from './ics-text.js';

export const REMINDER_DAYS_BEFORE = 14;
export const REMINDER_FILE_NAME = 'betfair-certificate-renewal.ics';
export const REMINDER_PRODID = '-//Bot Login Wizard//Certificate renewal reminder//EN';

const DAY_MS = 86_400_000;
/** SEQUENCE counts minutes from here: later exports always carry a higher number (RFC 5545 3.8.7.4). */
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);

/** The event's one UID for a certificate folder: the same across renewals, so calendars update the event. */
export function reminderUid(certificateDir: string): string {
  const id = createHash('sha256').update(resolve(certificateDir)).digest('hex').slice(0, 24);
  return `renew-${id}@bot-login-wizard`;
}

export function reminderSequence(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH_MS) / 60_000));
}

/** Less than two weeks are left: the reminder falls tomorrow, not two weeks before. */
export function reminderIsLate(notAfter: string, now: Date): boolean {
  const end = Date.parse(notAfter);
  return Number.isNaN(end) || Math.floor(end / DAY_MS) * DAY_MS - REMINDER_DAYS_BEFORE * DAY_MS <= now.getTime();
}

export interface RenewalEventInput {
  readonly notAfter: string;
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
  const description = reminderIsLate(input.notAfter, input.now)
    ? t.lateDescription(expires, input.commonName, input.certificateDir)
    : t.description(expires, input.commonName, input.certificateDir);
  return icsDocument([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${REMINDER_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${reminderUid(input.certificateDir)}`,
    `SEQUENCE:${reminderSequence(input.now)}`,
    `DTSTAMP:${icsDateTime(input.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(day)}`,
    `DTEND;VALUE=DATE:${icsDate(day + DAY_MS)}`,
    `SUMMARY:${escapeText(t.summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
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
