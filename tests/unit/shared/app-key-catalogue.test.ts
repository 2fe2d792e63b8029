import { describe, expect, it } from 'vitest';
import { ACCOUNTS_ERROR_CODES } from '../../../shared/accounts-api.js';
import {
  checkAppName,
  describeAppKey,
  explainAccountsError,
  keyCheckOf,
  keyCheckWords,
  keysCreationOf,
  keysNotCreatedWords,
  type AccountsProblem,
  type KeyCheckFacts,
} from '../../../shared/app-key-catalogue.js';
import type { AppKeyCheck, AppKeySummary, AppKeysCreation } from '../../../shared/app-key-types.js';
import type { AppKeyText } from '../../../shared/i18n/text-types.js';

/** The check the engine sends for these facts, with the words it is shown with (the key count from the listing). */
function explainAppKeyCheck(facts: KeyCheckFacts): AppKeyCheck & AppKeyText {
  const check = keyCheckOf(facts);
  const keyCount = facts.status === 'not-yours' || facts.status === 'not-given' ? facts.keyCount : null;
  return { ...check, ...keyCheckWords(check, keyCount) };
}

/** The creation the engine sends, with the words a failed one is shown with. */
function explainAppKeysCreation(
  appName: string,
  problem: AccountsProblem | null,
): Extract<AppKeysCreation, { created: true }> | (Extract<AppKeysCreation, { created: false }> & AppKeyText) {
  const creation = keysCreationOf(appName, problem);
  return creation.created ? creation : { ...creation, ...keysNotCreatedWords(creation) };
}

const delayed: AppKeySummary = {
  appName: 'My bot',
  applicationKey: 'D1',
  version: '1.0-DELAY',
  delayed: true,
  active: true,
};
const liveInactive: AppKeySummary = {
  appName: 'My bot',
  applicationKey: 'L1',
  version: '1.0',
  delayed: false,
  active: false,
};
const liveActive: AppKeySummary = { ...liveInactive, active: true };

const EVERY_CASE: readonly KeyCheckFacts[] = [
  { status: 'valid', key: delayed },
  { status: 'valid', key: liveActive },
  { status: 'valid', key: liveInactive },
  { status: 'valid', key: null },
  { status: 'not-yours', keyCount: 2 },
  { status: 'not-yours', keyCount: 0 },
  { status: 'refused', code: 'INVALID_APP_KEY', key: null },
  { status: 'refused', code: 'INVALID_APP_KEY', key: liveInactive },
  { status: 'refused', code: 'NO_APP_KEY', key: null },
  { status: 'not-given', keyCount: 2 },
  { status: 'not-given', keyCount: 0 },
  { status: 'not-given', keyCount: null },
  { status: 'not-checked', problem: { kind: 'error', code: 'SERVICE_BUSY' }, key: null },
  {
    status: 'not-checked',
    problem: { kind: 'fault', code: 'TIMEOUT', detail: { host: 'api.betfair.com', seconds: 30 } },
    key: delayed,
  },
];

describe('application-key catalogue', () => {
  it('explains every status in words, and says "Your bot login works" only for a valid live, active key', () => {
    for (const facts of EVERY_CASE) {
      const check = explainAppKeyCheck(facts);
      expect(check.status).toBe(facts.status);
      for (const text of [check.title, check.explanation, check.whatToDo])
        expect(text.length, JSON.stringify(facts)).toBeGreaterThan(10);
      const liveActive = facts.status === 'valid' && facts.key?.delayed === false && facts.key.active;
      expect(check.title.includes('Your bot login works'), check.title).toBe(liveActive);
      if (facts.status !== 'valid') expect(check.title).toMatch(/login works/i);
    }
  });

  it('says which kind of key a valid one is, and whether the live key is active', () => {
    expect(explainAppKeyCheck({ status: 'valid', key: delayed })).toMatchObject({
      delayed: true,
      title: expect.stringMatching(/delayed/),
    });
    expect(explainAppKeyCheck({ status: 'valid', key: delayed }).explanation).toMatch(/cannot place bets/);
    expect(explainAppKeyCheck({ status: 'valid', key: liveInactive })).toMatchObject({
      delayed: false,
      active: false,
      title: expect.stringMatching(/not active/),
    });
    expect(explainAppKeyCheck({ status: 'valid', key: liveActive })).toMatchObject({
      delayed: false,
      active: true,
      title: 'Your bot login works',
    });
  });

  it('says plainly that the bot will be refused until a wrong key is fixed', () => {
    for (const facts of [
      { status: 'refused', code: 'INVALID_APP_KEY', key: null },
      { status: 'not-yours', keyCount: 2 },
    ] as const) {
      expect(explainAppKeyCheck(facts).explanation).toMatch(/will refuse your bot/);
    }
    expect(explainAppKeyCheck({ status: 'refused', code: 'INVALID_APP_KEY', key: liveInactive }).title).toMatch(
      /live key is not active/,
    );
  });

  it('names what went wrong when the key could not be checked, and that the login still works', () => {
    const timeout = explainAppKeyCheck(EVERY_CASE[13] as KeyCheckFacts);
    expect(timeout).toMatchObject({ code: 'TIMEOUT', delayed: true });
    expect(timeout.explanation).toMatch(/api\.betfair\.com did not answer within 30 seconds/);
    expect(timeout.whatToDo).toMatch(/login itself is fine/);
    expect(explainAppKeyCheck(EVERY_CASE[12] as KeyCheckFacts).explanation).toMatch(/SERVICE_BUSY/);
  });

  it('has words for every Accounts API error code, and shows an unknown code as it came', () => {
    for (const code of ACCOUNTS_ERROR_CODES) {
      const e = explainAccountsError(code);
      expect(e.unknown).toBeUndefined();
      expect(e.explanation).toContain(code);
      expect(e.whatToDo.length).toBeGreaterThan(10);
    }
    const unknown = explainAccountsError('BRAND_NEW_CODE');
    expect(unknown).toMatchObject({ unknown: true });
    expect(unknown.explanation).toContain('"BRAND_NEW_CODE"');
    expect(explainAccountsError('').explanation).toContain('(empty)');
  });

  it('explains creating keys: created, refused by Betfair, or no answer', () => {
    expect(explainAppKeysCreation('My bot', null)).toEqual({ created: true, appName: 'My bot' });
    expect(explainAppKeysCreation('My bot', { kind: 'error', code: 'APP_KEY_CREATION_FAILED' })).toMatchObject({
      created: false,
      code: 'APP_KEY_CREATION_FAILED',
      whatToDo: expect.stringMatching(/another name/),
    });
    const unexpected = explainAppKeysCreation('bettor bot', { kind: 'error', code: 'UNEXPECTED_ERROR' });
    expect(!unexpected.created && unexpected.explanation).toMatch(/contains your username/);
    const down = explainAppKeysCreation('My bot', {
      kind: 'fault',
      code: 'CONNECTION_RESET',
      detail: { host: 'api.betfair.com' },
    });
    expect(down).toMatchObject({ created: false, code: 'CONNECTION_RESET' });
    expect(!down.created && down.explanation).toMatch(/could not be created.*api\.betfair\.com/);
  });

  it('refuses an empty, too long or username-bearing name before anything is sent', () => {
    expect(checkAppName('My bot', 'bettor')).toBeNull();
    expect(checkAppName('  ', 'bettor')).toBe('APP_NAME_INVALID');
    expect(checkAppName('x'.repeat(65), 'bettor')).toBe('APP_NAME_INVALID');
    expect(checkAppName('The BETTOR app', 'bettor')).toBe('APP_NAME_CONTAINS_USERNAME');
  });

  it('describes a key by kind', () => {
    expect([delayed, liveActive, liveInactive].map(describeAppKey)).toEqual([
      'delayed',
      'live, active',
      'live, not active yet',
    ]);
  });
});
