/**
 * The words for the stream and keepAlive checks: every code the issue names has its own title, meaning and what to
 * do in all five languages; NOT_AUTHORIZED names Developer Support with the request (key + username); an unknown
 * code and every fault still get words; connectionsAvailable 0 says another program holds the connections.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { explainKeepAlive, explainStreamCheck } from '../../../shared/bot-check-catalogue.js';
import { LANGUAGES } from '../../../shared/i18n/languages.js';
import { switchLanguage } from '../../../shared/i18n/text.js';

const HOST = 'stream-api.betfair.com:443';
const REFUSALS = [
  'NOT_AUTHORIZED',
  'NO_APP_KEY',
  'INVALID_APP_KEY',
  'NO_SESSION',
  'INVALID_SESSION_INFORMATION',
  'MAX_CONNECTION_LIMIT_EXCEEDED',
  'TOO_MANY_REQUESTS',
  'TIMEOUT',
  'UNEXPECTED_ERROR',
  'A_CODE_FROM_TOMORROW',
];
const FAULTS = ['TIMEOUT', 'UNEXPECTED_ANSWER', 'CLOSED_EARLY', 'SERVER_CERT_UNTRUSTED', 'CONNECTION_REFUSED', 'PROXY'];

afterAll(async () => {
  await switchLanguage('en');
});

describe.each(LANGUAGES)('stream and keepAlive words (%s)', (language) => {
  it('every refusal, fault and keepAlive answer has distinct, non-empty words', async () => {
    await switchLanguage(language);
    const titles = new Set<string>();
    for (const errorCode of REFUSALS) {
      const e = explainStreamCheck({ status: 'not-allowed', host: HOST, errorCode });
      expect(e.tone, errorCode).toBe('warn');
      for (const s of [e.title, e.meaning, e.whatToDo]) expect(s.trim(), errorCode).not.toBe('');
      titles.add(e.title);
    }
    // MAX_CONNECTION_LIMIT_EXCEEDED with no connection left: another program holds them
    const none = explainStreamCheck({
      status: 'not-allowed',
      host: HOST,
      errorCode: 'MAX_CONNECTION_LIMIT_EXCEEDED',
      connectionsAvailable: 0,
    });
    expect(titles.has(none.title)).toBe(false);
    for (const errorCode of FAULTS) {
      const e = explainStreamCheck({ status: 'failed', host: HOST, errorCode });
      expect(e.tone).toBe('fail');
      expect(e.meaning).toContain(HOST);
    }
    for (const errorCode of ['NO_SESSION', 'INPUT_VALIDATION_ERROR', 'INTERNAL_ERROR', 'UNEXPECTED_ANSWER']) {
      const e = explainKeepAlive({ status: 'failed', errorCode });
      expect(e.title.trim()).not.toBe('');
      expect(e.whatToDo.trim()).not.toBe('');
    }
    expect(explainKeepAlive({ status: 'kept' }).tone).toBe('ok');
    expect(explainStreamCheck({ status: 'allowed', host: HOST }).tone).toBe('ok');
  });

  it('NOT_AUTHORIZED: Developer Support, the key, the username and the request in English', async () => {
    await switchLanguage(language);
    const e = explainStreamCheck(
      { status: 'not-allowed', host: HOST, errorCode: 'NOT_AUTHORIZED' },
      { appKey: 'AbCdEf0123456789', username: 'bettor' },
    );
    expect(e.action?.url).toBe('https://support.developer.betfair.com/');
    expect(e.whatToDo).toContain('AbCdEf0123456789');
    expect(e.whatToDo).toContain('bettor');
    expect(e.whatToDo).toContain('please enable the Exchange Stream API for this application key');
    expect(e.request).toContain('AbCdEf0123456789');
    expect(e.request).toContain('please enable the Exchange Stream API for this application key');
  });
});
