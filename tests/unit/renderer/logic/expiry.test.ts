import { describe, expect, it } from 'vitest';
import { RENEW_WARNING_DAYS, expiryInfo } from '../../../../renderer/logic/expiry.js';
import { ui } from '../../../../shared/i18n/en/ui.js';

const DAY = 86_400_000;
const now = Date.parse('2026-06-01T10:00:00.000Z');
const inDays = (d: number): string => new Date(now + d * DAY).toISOString();

describe('certificate expiry', () => {
  it('is fine with a year left, and a new 365-day certificate reads 365 days', () => {
    expect(expiryInfo(inDays(365), now)).toEqual({ daysLeft: 365, level: 'ok' });
    expect(expiryInfo(new Date(now + 365 * DAY - 5000).toISOString(), now).daysLeft).toBe(365);
  });

  it('warns under 30 days and not at 30', () => {
    expect(RENEW_WARNING_DAYS).toBe(30);
    expect(expiryInfo(inDays(30), now).level).toBe('ok');
    expect(expiryInfo(inDays(29), now)).toEqual({ daysLeft: 29, level: 'soon' });
    expect(expiryInfo(new Date(now + 3_600_000).toISOString(), now)).toEqual({ daysLeft: 1, level: 'soon' });
  });

  it('says expired once the end has passed', () => {
    expect(expiryInfo(inDays(-3), now)).toEqual({ daysLeft: -3, level: 'expired' });
    expect(expiryInfo(new Date(now - DAY / 2).toISOString(), now)).toEqual({ daysLeft: -1, level: 'expired' });
    expect(expiryInfo(new Date(now).toISOString(), now).level).toBe('expired');
    expect(expiryInfo('garbage', now).level).toBe('expired');
  });

  it('reads "Expires on <date> (<n> days)" with the right plural', () => {
    expect(ui.expiry.expiresOn('1 June 2027', 365)).toBe('Expires on 1 June 2027 (365 days)');
    expect(ui.expiry.expiresOn('2 June 2026', 1)).toBe('Expires on 2 June 2026 (1 day)');
    expect(ui.expiry.expiredOn('29 May 2026', 3)).toBe('Expired on 29 May 2026 (3 days ago)');
  });
});
