/**
 * The one verdict (shared/verdict.ts): every invariant of issue 17 as a table, then a property check over every
 * combination of findings in all five languages: nothing that is not "works" is green or wears the "works" title.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { APP_KEY_CHECK_STATUSES } from '../../../shared/app-key-types.js';
import { KEEP_ALIVE_STATUSES, STREAM_CHECK_STATUSES } from '../../../shared/bot-check-types.js';
import { switchLanguage, text } from '../../../shared/i18n/text.js';
import { LANGUAGES } from '../../../shared/i18n/languages.js';
import type { LoginReport } from '../../../shared/login-types.js';
import {
  VERDICT_OUTCOMES,
  factsOfError,
  factsOfReport,
  judge,
  judgeReport,
  type VerdictFacts,
  type VerdictOutcome,
} from '../../../shared/verdict.js';
import { verdictWords } from '../../../shared/verdict-words.js';
import { exitCodeForVerdict } from '../../../electron/cli/login-verdict.js';

type Key = VerdictFacts['key'];
const key = (
  status: NonNullable<Key>['status'],
  delayed: boolean | null = null,
  active: boolean | null = null,
): Key => ({ status, delayed, active, appName: null });
const LIVE_ACTIVE = key('valid', false, true);

function facts(over: Partial<VerdictFacts> = {}): VerdictFacts {
  return {
    login: 'success',
    loginCode: 'SUCCESS',
    key: LIVE_ACTIVE,
    accountHasKeys: true,
    stream: null,
    keepAlive: null,
    ...over,
  };
}

const stream = (status: (typeof STREAM_CHECK_STATUSES)[number], errorCode: string | null = null) => ({
  status,
  errorCode,
});
const keep = (status: (typeof KEEP_ALIVE_STATUSES)[number]) => ({ status, errorCode: null });

describe('the one verdict: every invariant', () => {
  const cases: ReadonlyArray<readonly [string, VerdictFacts, VerdictOutcome, number]> = [
    ['live, active key, nothing else checked', facts(), 'works', 0],
    [
      'live, active key, streaming allowed, session kept',
      facts({ stream: stream('allowed'), keepAlive: keep('kept') }),
      'works',
      0,
    ],
    ['live, active key, stream not checked (--no-stream)', facts({ stream: stream('not-checked') }), 'works', 0],
    ['a valid delayed key', facts({ key: key('valid', true, true) }), 'delayed-key', 5],
    ['a valid live key, not active', facts({ key: key('valid', false, false) }), 'key-inactive', 5],
    ['a live key refused because not active', facts({ key: key('refused', false, false) }), 'key-inactive', 5],
    ['no key, the account has keys', facts({ key: key('not-given') }), 'choose-key', 5],
    ['no key, the keys could not be listed', facts({ key: key('not-given'), accountHasKeys: null }), 'choose-key', 5],
    ['no key, the account has none', facts({ key: key('not-given'), accountHasKeys: false }), 'create-keys', 5],
    ["a key not the account's", facts({ key: key('not-yours') }), 'key-not-yours', 5],
    ['a key Betfair refused', facts({ key: key('refused') }), 'key-refused', 5],
    ['the key could not be checked', facts({ key: key('not-checked') }), 'key-not-checked', 3],
    ['a valid key of unknown kind', facts({ key: key('valid') }), 'key-not-checked', 3],
    ['a valid live key, activity unknown', facts({ key: key('valid', false, null) }), 'key-not-checked', 3],
    ['no key check at all (an older result)', facts({ key: null }), 'key-not-checked', 3],
    [
      'live, active, stream not allowed',
      facts({ stream: stream('not-allowed', 'NOT_AUTHORIZED') }),
      'works-no-stream',
      0,
    ],
    ['live, active, stream failed', facts({ stream: stream('failed', 'TIMEOUT') }), 'stream-failed', 3],
    ['live, active, keepAlive failed', facts({ keepAlive: keep('failed') }), 'keep-alive-failed', 3],
    [
      'a delayed key and stream not allowed: the key comes first',
      facts({ key: key('valid', true, true), stream: stream('not-allowed') }),
      'delayed-key',
      5,
    ],
    [
      'login refused',
      facts({ login: 'refused', loginCode: 'INVALID_USERNAME_OR_PASSWORD', key: null }),
      'login-failed',
      1,
    ],
    ['a fault', factsOfError({ code: 'CONNECTION_REFUSED', message: 'x' }), 'fault', 3],
  ];

  it.each(cases)('%s', (_name, input, outcome, exitCode) => {
    const verdict = judge(input);
    expect(verdict.outcome).toBe(outcome);
    expect(verdict.tone).toBe(VERDICT_OUTCOMES[outcome].tone);
    expect(exitCodeForVerdict(verdict)).toBe(exitCode);
    expect(verdict.ok).toBe(exitCode === 0);
  });

  it('"cannot stream" is not green and not a failure; it exits 5 only when streaming is required', () => {
    const verdict = judge(facts({ stream: stream('not-allowed', 'NOT_AUTHORIZED') }));
    expect(verdict.tone).toBe('warn');
    expect(verdict.canBet).toBe(true);
    expect(exitCodeForVerdict(verdict)).toBe(0);
    expect(exitCodeForVerdict(verdict, { requireStream: true })).toBe(5);
    expect(verdictWords(verdict, 'international').whatToDo).toMatch(/Developer Support/);
  });

  it('only "works" is good', () => {
    for (const [outcome, rule] of Object.entries(VERDICT_OUTCOMES))
      expect(rule.tone === 'good', outcome).toBe(outcome === 'works');
  });

  it('reads a report: the key kind from the check, the app name from the listed key typed', () => {
    const report: LoginReport = {
      jurisdiction: 'international',
      loginStatus: 'SUCCESS',
      success: true,
      loggedOut: true,
      sessionTokenMasked: null,
      testEndpoint: true,
      appKeys: [
        { appName: 'Evening bot', applicationKey: 'LIVE1', version: '1.0', delayed: false, active: false },
        { appName: 'Evening bot', applicationKey: 'DELAY1', version: '1.0-DELAY', delayed: true, active: true },
      ],
      appKeyCheck: { status: 'valid', delayed: false, active: false },
      at: '2026-12-04T20:00:00.000Z',
      durationMs: 1,
    };
    expect(factsOfReport(report, ' LIVE1 ')).toMatchObject({
      login: 'success',
      key: { status: 'valid', delayed: false, active: false, appName: 'Evening bot' },
      accountHasKeys: true,
      stream: null,
      keepAlive: null,
    });
    expect(judgeReport(report, 'LIVE1').outcome).toBe('key-inactive');
    expect(judgeReport({ ...report, success: false, loginStatus: 'ACCOUNT_NOW_LOCKED' }).outcome).toBe('login-failed');
  });
});

/** Every combination of findings the verdict can be given. */
function* everyInput(): Generator<VerdictFacts> {
  const keys: Key[] = [null];
  const tri = [true, false, null] as const;
  for (const status of APP_KEY_CHECK_STATUSES)
    for (const delayed of tri) for (const active of tri) keys.push(key(status, delayed, active));
  const streams = [null, ...STREAM_CHECK_STATUSES.map((s) => stream(s))];
  const keeps = [null, ...KEEP_ALIVE_STATUSES.map((s) => keep(s))];
  const logins: Array<Pick<VerdictFacts, 'login' | 'loginCode'>> = [
    { login: 'success', loginCode: 'SUCCESS' },
    { login: 'refused', loginCode: 'CERT_AUTH_REQUIRED' },
    { login: 'fault', loginCode: 'TIMEOUT' },
  ];
  for (const login of logins)
    for (const k of keys)
      for (const accountHasKeys of tri)
        for (const s of streams)
          for (const ka of keeps) yield { ...login, key: k, accountHasKeys, stream: s, keepAlive: ka };
}

describe('no input that cannot bet is green or titled "works", in every language', () => {
  afterAll(async () => {
    await switchLanguage('en');
  });

  it.each(LANGUAGES)('%s', async (language) => {
    await switchLanguage(language);
    const worksTitle = text.VERDICT_TEXT.works.title;
    let checked = 0;
    let green = 0;
    for (const input of everyInput()) {
      const verdict = judge(input);
      const words = verdictWords(verdict, 'international');
      const liveActive = input.key?.status === 'valid' && input.key.delayed === false && input.key.active === true;
      const bettable = input.login === 'success' && liveActive;
      if (!verdict.ok || !bettable) {
        expect(verdict.tone, JSON.stringify(input)).not.toBe('good');
        expect(words.title, JSON.stringify(input)).not.toContain(worksTitle);
      }
      if (verdict.tone === 'good') {
        green += 1;
        expect(bettable).toBe(true);
        expect(verdict.ok).toBe(true);
        expect(words.title).toBe(worksTitle);
      } else expect(words.title).not.toContain(worksTitle);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(1000);
    expect(green).toBeGreaterThan(0);
  });

  it.each(LANGUAGES)('%s: every outcome has its own words, and the works words are unique', async (language) => {
    await switchLanguage(language);
    const titles = Object.values(text.VERDICT_TEXT).map((w) => w.title);
    expect(titles.filter((t) => t === text.VERDICT_TEXT.works.title)).toHaveLength(1);
    for (const w of Object.values(text.VERDICT_TEXT)) {
      expect(w.title.trim()).not.toBe('');
      expect(w.whatToDo.trim()).not.toBe('');
    }
  });
});
