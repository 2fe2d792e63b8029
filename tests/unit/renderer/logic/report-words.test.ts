/**
 * A report crosses the bridge as codes and facts, and the window words it in the language in use
 * (renderer/logic/report-words.ts): a result on screen follows a language switch made after the test, also a key
 * check that could not be done, whose cause (the host that did not answer, the seconds) comes from its facts.
 * Expected words come from the bundles, not copies of them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { keyCheckOf } from '../../../../shared/app-key-catalogue.js';
import { it as italian } from '../../../../shared/i18n/it/index.js';
import { switchLanguage, text } from '../../../../shared/i18n/text.js';
import type { LoginReport } from '../../../../shared/login-types.js';
import { keyCheckWords, statusWords } from '../../../../renderer/logic/report-words.js';

function report(over: Partial<LoginReport>): LoginReport {
  return {
    jurisdiction: 'it',
    loginStatus: 'SUCCESS',
    success: true,
    loggedOut: true,
    sessionTokenMasked: null,
    testEndpoint: false,
    appKeys: null,
    appKeyCheck: null,
    at: '2026-12-06T03:00:00.000Z',
    durationMs: 100,
    ...over,
  };
}

afterAll(async () => {
  await switchLanguage('en');
});

describe('report words', () => {
  it('word a refused login from its code, in the language switched to after the test', async () => {
    await switchLanguage('en');
    const refused = report({ loginStatus: 'CERT_AUTH_REQUIRED', success: false });
    expect(statusWords(refused).title).toBe(text.LOGIN_STATUS_TEXT.CERT_AUTH_REQUIRED.title);
    await switchLanguage('it');
    expect(statusWords(refused).title).toBe(italian.LOGIN_STATUS_TEXT.CERT_AUTH_REQUIRED.title);
    expect(statusWords(refused).action?.url).toBe('https://myaccount.betfair.it/accountdetails/mysecurity?showAPI=1');
  });

  it('word a key check that could not be done with its cause from the facts, after a switch too', async () => {
    await switchLanguage('en');
    const detail = { host: 'api.betfair.com', seconds: 30 };
    const check = keyCheckOf({ status: 'not-checked', problem: { kind: 'fault', code: 'TIMEOUT', detail }, key: null });
    expect(check).toEqual({ status: 'not-checked', code: 'TIMEOUT', faultDetail: detail });
    const r = report({ appKeyCheck: check });
    const english = keyCheckWords(r);
    expect(english?.explanation).toContain(text.APP_KEY_CHECK_TEXT.notChecked.explanation);
    expect(english?.explanation).toContain(text.FAULT_TEXT.TIMEOUT.meaning(detail));
    await switchLanguage('it');
    const words = keyCheckWords(r);
    expect(words?.title).toBe(italian.APP_KEY_CHECK_TEXT.notChecked.title);
    expect(words?.explanation).toBe(
      `${italian.APP_KEY_CHECK_TEXT.notChecked.explanation} ${italian.FAULT_TEXT.TIMEOUT.meaning(detail)}`,
    );
    expect(words?.explanation).toContain('api.betfair.com');
  });

  it('word an Accounts API refusal behind a key check that could not be done by its errorCode', async () => {
    await switchLanguage('en');
    const check = keyCheckOf({ status: 'not-checked', problem: { kind: 'error', code: 'SERVICE_BUSY' }, key: null });
    expect(check).toEqual({ status: 'not-checked', code: 'SERVICE_BUSY' });
    expect(keyCheckWords(report({ appKeyCheck: check }))?.explanation).toContain(
      text.ACCOUNTS_ERROR_TEXT.SERVICE_BUSY.explanation,
    );
  });
});
