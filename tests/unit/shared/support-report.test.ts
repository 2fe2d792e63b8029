import { describe, expect, it } from 'vitest';
import '../../../shared/i18n/all-words.js';
import { switchLanguage, text } from '../../../shared/i18n/text.js';
import { LANGUAGES } from '../../../shared/i18n/languages.js';
import { homeAsTilde, keyTail, supportReport, type SupportFacts } from '../../../shared/support-report.js';

const KEY = 'AbCdEfGhIjKlMnOp1234';
const FACTS: SupportFacts = {
  appVersion: '0.1.0',
  os: 'linux',
  jurisdiction: 'es',
  verdict: 'delayed-key',
  loginStatus: 'SUCCESS',
  key: { status: 'valid', delayed: true, active: true, appKey: KEY },
  stream: { status: 'allowed', errorCode: null, connectionsAvailable: 9 },
  keepAlive: { status: 'kept', errorCode: null },
  certificate: { fingerprintSha256: 'AB:CD:EF', notAfter: '2027-06-01T00:00:00.000Z' },
  at: '2026-12-06T02:40:00.000Z',
};

describe('support report', () => {
  it('holds the allow-listed facts in English codes, the key only by its last 4 characters', () => {
    const report = supportReport(FACTS);
    expect(report.to).toBeNull();
    for (const line of [
      'app: Bot Login Wizard 0.1.0',
      'os: linux',
      'jurisdiction: es',
      'hosts: identitysso-cert.betfair.es, identitysso.betfair.es, api.betfair.com, stream-api.betfair.com',
      'verdict: delayed-key',
      'loginStatus: SUCCESS',
      'appKey: …1234 status=valid delayed=true active=true',
      'stream: status=allowed errorCode=- connectionsAvailable=9',
      'keepAlive: status=kept errorCode=-',
      'certificate: sha256=AB:CD:EF notAfter=2027-06-01T00:00:00.000Z',
      'time: 2026-12-06T02:40:00.000Z',
    ]) {
      expect(report.text.split('\n')).toContain(line);
    }
    expect(report.text).not.toContain(KEY);
    expect(report.text).not.toContain(KEY.slice(0, 16));
    expect(report.subject).toContain('delayed-key');
  });

  it('for NOT_AUTHORIZED it is the message to Developer Support, with a subject line', () => {
    const report = supportReport({
      ...FACTS,
      verdict: 'works-no-stream',
      key: { status: 'valid', delayed: false, active: true, appKey: KEY },
      stream: { status: 'not-allowed', errorCode: 'NOT_AUTHORIZED', connectionsAvailable: null },
    });
    expect(report.to).toContain('https://support.developer.betfair.com/');
    expect(report.text.startsWith(`To: ${report.to}\nSubject: `)).toBe(true);
    expect(report.subject).toBe('Please enable the Exchange Stream API for my application key …1234');
    expect(report.text).toContain('stream: status=not-allowed errorCode=NOT_AUTHORIZED');
  });

  it('writes paths under the home folder with ~, and never a short key', () => {
    expect(homeAsTilde('/home/josé/certs/client-2048.crt', null)).toBe('~/certs/client-2048.crt');
    expect(homeAsTilde('C:\\Users\\Ana\\certs', null)).toBe('~\\certs');
    expect(homeAsTilde('/srv/bot/data/x', '/srv/bot')).toBe('~/data/x');
    expect(keyTail('abcd')).toBe('(hidden)');
    expect(keyTail('')).toBe('none');
  });

  it('speaks each of the five languages around the same English facts', async () => {
    const english = supportReport(FACTS).text;
    const factLines = english.split('\n').filter((l) => /^[a-zA-Z]+: /.test(l) && !l.startsWith('Subject'));
    for (const language of LANGUAGES) {
      await switchLanguage(language);
      const report = supportReport(FACTS).text;
      expect(report).toContain(text.SUPPORT_REPORT_TEXT.intro);
      expect(report).toContain(text.SUPPORT_REPORT_TEXT.notIncluded);
      for (const line of factLines) expect(report, language).toContain(line);
    }
    await switchLanguage('en');
  });
});
