/**
 * The renewal reminder is a calendar file a calendar program accepts: parsed back with ical.js (an
 * independent RFC 5545 parser), and checked line by line for what RFC 5545 demands of the text.
 */
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../../../../shared/i18n/text.js';
import { it as italian } from '../../../../../shared/i18n/it/index.js';
import { escapeText, foldLine } from '../../../../../electron/core/reminder/ics-text.js';
import {
  REMINDER_DAYS_BEFORE,
  reminderDay,
  reminderUid,
  renewalEvent,
} from '../../../../../electron/core/reminder/renewal-event.js';

const NOW = new Date('2026-11-26T08:30:15.123Z');

function event(overrides: Partial<Parameters<typeof renewalEvent>[0]> = {}): string {
  return renewalEvent({
    notAfter: '2027-11-26T08:00:00.000Z',
    commonName: 'Betfair bot login; "mine", with commas',
    certificateDir: '/home/bettor/betfair-certs',
    now: NOW,
    ...overrides,
  });
}

function parsedEvent(text: string): ICAL.Event {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return new ICAL.Event(vevent);
}

describe('renewal reminder (.ics)', () => {
  afterEach(async () => {
    await switchLanguage('en');
  });

  it('is worded in the language in use, the date through Intl in that language', async () => {
    await switchLanguage('it');
    const parsed = parsedEvent(event());
    const day = new Intl.DateTimeFormat('it-IT', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.parse('2027-11-26T08:00:00Z'),
    );
    expect(parsed.summary).toBe(italian.appText.reminder.summary);
    expect(parsed.description).toBe(
      italian.appText.reminder.description(day, 'Betfair bot login; "mine", with commas', '/home/bettor/betfair-certs'),
    );
    expect(day).not.toContain('2027-11-26');
  });

  it('is a VEVENT ical.js reads back: all-day, 14 days before the certificate runs out, with UID, DTSTAMP, summary and description', () => {
    const text = event();
    const parsed = parsedEvent(text);
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2027-11-12');
    expect(parsed.endDate.toString()).toBe('2027-11-13');
    expect(parsed.uid).toMatch(/^renew-[0-9a-f]{24}@bot-login-wizard$/);
    expect(parsed.summary).toBe('Renew your Betfair bot certificate');
    expect(parsed.description).toContain('"Betfair bot login; "mine", with commas"');
    expect(parsed.description).toContain('runs out on 26 Nov 2027');
    expect(parsed.description).toContain('/home/bettor/betfair-certs');
    const vevent = parsed.component;
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-26T08:30:15Z');
    const alarm = vevent.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('uses CRLF line endings only, and no line is longer than 75 octets', () => {
    const text = event({
      commonName: 'Wettbüro Überwachung – ünïcödé '.repeat(6),
      certificateDir: '/home/bettor/' + 'x'.repeat(200),
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // Unfolding gives back the long text whole, multi-byte characters intact.
    expect(parsedEvent(text).description).toContain('Wettbüro Überwachung – ünïcödé '.repeat(6).trim());
  });

  it('falls on tomorrow when the certificate runs out within 14 days, and its words say so (not "two weeks before")', () => {
    const soon = new Date(NOW.getTime() + 5 * 86_400_000).toISOString();
    expect(new Date(reminderDay(soon, NOW)).toISOString().slice(0, 10)).toBe('2026-11-27');
    const late = parsedEvent(event({ notAfter: soon }));
    expect(late.startDate.toString()).toBe('2026-11-27');
    expect(late.description).toContain('less than two weeks away');
    expect(parsedEvent(event()).description).not.toContain('less than two weeks');
    expect(REMINDER_DAYS_BEFORE).toBe(14);
  });

  it('keeps one UID for the certificate folder across renewals, with a SEQUENCE that grows, so a calendar replaces the event', () => {
    const first = parsedEvent(event());
    const renewed = parsedEvent(
      event({
        notAfter: '2028-11-20T08:00:00.000Z',
        commonName: 'Betfair bot login 2027-11-10',
        now: new Date('2027-11-10T09:00:00Z'),
      }),
    );
    expect(renewed.uid).toBe(first.uid);
    expect(renewed.uid).toBe(reminderUid('/home/bettor/betfair-certs'));
    expect(renewed.sequence).toBeGreaterThan(first.sequence);
    expect(renewed.startDate.toString()).toBe('2028-11-06');
    expect(parsedEvent(event({ certificateDir: '/home/bettor/other' })).uid).not.toBe(first.uid);
  });

  it('folds without splitting a UTF-8 character and escapes TEXT as RFC 5545 says', () => {
    const folded = foldLine('DESCRIPTION:' + 'é'.repeat(100));
    for (const part of folded.split('\r\n')) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe('DESCRIPTION:' + 'é'.repeat(100));
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('lets no control character into a TEXT value: line breaks (CR, LF, NEL, U+2028/9) escaped, the rest dropped', () => {
    const hostile = 'cn\0NUL\vVT\fFF\x1b[2J\x7fDEL\u0085NEL\u2028LS\u2029PS\x9bC1\r\nCRLF\tTAB';
    const text = event({ commonName: hostile, certificateDir: '/home/b\u2028ettor/certs\0' });
    // RFC 5545 3.1 / 3.3.11: no CONTROL (%x00-08 / %x0A-1F / %x7F) in a content line; no C1 nor U+2028/9 either.
    for (const line of text.split('\r\n'))
      expect(line, JSON.stringify(line)).not.toMatch(/(?!\t)\p{Cc}|[\u2028\u2029]/u);
    const description = parsedEvent(text).description;
    expect(description).toContain('cnNULVTFF[2JDEL\nNEL\nLS\nPS' + 'C1\nCRLF\tTAB');
    expect(description).toContain('/home/b\nettor/certs');
    expect(description).not.toMatch(/(?![\t\n])\p{Cc}|[\u2028\u2029]/u);
    expect(escapeText('a\0b\u0085c\u2028d\x0be')).toBe('ab\\nc\\nde');
  });
});
