/**
 * The CLI speaks to a terminal user, who gives flags and runs the command again: in all five languages, the
 * key check, the statuses and faults that name the app's window, and the certificate findings come out in the
 * CLI's own words (CLI_TEXT in shared/i18n/<language>/cli.ts), never the app's "the wizard", "click", "tick", "step",
 * "leave it empty". The app's words stay as they were. Expected words come from the bundles, not copies of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyCheckOf, keyCheckWords, type KeyCheckFacts } from '../../../../shared/app-key-catalogue.js';
import type { AppKeyText } from '../../../../shared/i18n/text-types.js';
import type { AppKeySummary } from '../../../../shared/app-key-types.js';
import type { InspectReport } from '../../../../shared/certificate-types.js';
import { LANGUAGES, type Language } from '../../../../shared/i18n/languages.js';
import { switchLanguage, text } from '../../../../shared/i18n/text.js';
import { explainFault, explainLoginStatus } from '../../../../shared/login-catalogue.js';
import type { LoginReport } from '../../../../shared/login-types.js';
import type { JurisdictionId } from '../../../../shared/jurisdictions.js';
import {
  errorInTerminalWords,
  inspectInTerminalWords,
  terminalKeyCheckWords,
  terminalStatusWords,
} from '../../../../electron/cli/terminal-words.js';

/** Words of the app's window that a terminal user has no use for, per language (whole words, any case). */
const APP_WORDS: Readonly<Record<Language, RegExp>> = {
  en: words('wizard|click|tick|step|button|screen|field|typed|left the application key empty|leave it empty'),
  it: words('procedura guidata|premi|spunta|passo|pulsante|schermata|campo|hai lasciato vuota|lasciala vuota'),
  es: words('asistente|pulsa|marca|paso|botón|pantalla|campo|has dejado vacía|déjala vacía'),
  ro: words('asistentul|apasă|bifează|pasul|butonul|ecranul|câmpul|ai lăsat cheia|las-o goală'),
  sv: words('guiden|klicka|kryssa|steget|knappen|skärmen|fältet|lämnade applikationsnyckeln tom|lämna fältet tomt'),
};

function words(alternatives: string): RegExp {
  return new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, 'iu');
}

const KEYS: readonly AppKeySummary[] = [
  { appName: 'My betting bot', applicationKey: 'DelayKey4Bettor1', version: '1.0-DELAY', delayed: true, active: true },
  { appName: 'My betting bot', applicationKey: 'LiveKey4Bettor01', version: '1.0', delayed: false, active: false },
];

function report(
  facts: KeyCheckFacts | null,
  appKeys: readonly AppKeySummary[] | null,
  loginStatus = 'SUCCESS',
  jurisdiction: JurisdictionId = 'international',
): LoginReport {
  return {
    jurisdiction,
    loginStatus,
    success: loginStatus === 'SUCCESS',
    loggedOut: true,
    sessionTokenMasked: null,
    testEndpoint: false,
    appKeys,
    appKeyCheck: facts === null ? null : keyCheckOf(facts),
    at: '2026-12-04T12:00:00.000Z',
    durationMs: 100,
  };
}

/** The app's words for a report's key check (the window's). */
function appKeyWords(r: LoginReport): AppKeyText | null {
  return r.appKeyCheck === null ? null : keyCheckWords(r.appKeyCheck, r.appKeys === null ? null : r.appKeys.length);
}

/** Every key check the app words with its window in mind, with the flag the CLI's words must name. */
const KEY_CASES: ReadonlyArray<{
  readonly name: string;
  readonly facts: KeyCheckFacts;
  readonly keys: readonly AppKeySummary[] | null;
}> = [
  { name: 'no key given, keys listed', facts: { status: 'not-given', keyCount: 2 }, keys: KEYS },
  { name: 'no key given, none yet', facts: { status: 'not-given', keyCount: 0 }, keys: [] },
  { name: 'no key given, not listed', facts: { status: 'not-given', keyCount: null }, keys: null },
  { name: 'not yours', facts: { status: 'not-yours', keyCount: 2 }, keys: KEYS },
  { name: 'not yours, none yet', facts: { status: 'not-yours', keyCount: 0 }, keys: [] },
  { name: 'refused', facts: { status: 'refused', code: 'INVALID_APP_KEY', key: null }, keys: KEYS },
  {
    name: 'refused, live key not active',
    facts: { status: 'refused', code: 'INVALID_APP_KEY', key: { delayed: false, active: false } },
    keys: KEYS,
  },
  {
    name: 'not checked',
    facts: {
      status: 'not-checked',
      problem: { kind: 'error', code: 'SERVICE_BUSY' },
      key: null,
    },
    keys: null,
  },
];

afterAll(async () => {
  await switchLanguage('en');
});

describe.each(LANGUAGES)('the CLI words in %s', (language) => {
  beforeAll(async () => {
    await switchLanguage(language);
  });

  it.each(KEY_CASES)('key check "$name": the CLI says what to run, not what to click', ({ facts, keys }) => {
    const r = report(facts, keys);
    const app = appKeyWords(r);
    const check = terminalKeyCheckWords(r);
    expect(check).not.toBeNull();
    if (check === null || app === null) return;
    expect(check.title).toBe(app.title);
    // Every next step but "run the command again in a few minutes" (not checked) names the flag to give.
    if (facts.status !== 'not-checked')
      expect(check.whatToDo, 'the next step names a flag').toMatch(/--(app-key|create-app-keys)/);
    expect(check.whatToDo).not.toBe(app.whatToDo);
    expect(`${check.explanation} ${check.whatToDo}`).not.toMatch(APP_WORDS[language]);
  });

  it('the app\u2019s own words do speak of its window (so the checks below can fail)', () => {
    const app = appKeyWords(report({ status: 'not-given', keyCount: 2 }, KEYS));
    expect(`${app?.explanation} ${app?.whatToDo}`).toMatch(APP_WORDS[language]);
    const key = errorInTerminalWords({ code: 'APP_KEY_INVALID', message: '' });
    expect(explainFault('APP_KEY_INVALID').whatToDo).toMatch(APP_WORDS[language]);
    expect(key.whatToDo).not.toMatch(APP_WORDS[language]);
  });

  it('no key given: "no --app-key given", and "run again with --app-key KEY"', () => {
    const cli = terminalKeyCheckWords(report({ status: 'not-given', keyCount: 2 }, KEYS));
    expect(cli?.explanation).toBe(text.CLI_TEXT.keyCheck.notGivenWithKeys.explanation);
    expect(cli?.explanation).toContain('--app-key');
    expect(cli?.whatToDo).toBe(text.CLI_TEXT.keyCheck.notGivenWithKeys.whatToDo);
    expect(cli?.whatToDo).toContain('--app-key KEY');
    // The app keeps its own words.
    const app = appKeyWords(report({ status: 'not-given', keyCount: 2 }, KEYS));
    expect(app?.whatToDo).toBe(text.APP_KEY_CHECK_TEXT.notGivenWithKeys.whatToDo);
    expect(app?.whatToDo).not.toContain('--app-key');
  });

  it('a key check the app words well for a terminal too is kept as it is (a valid key)', () => {
    const r = report({ status: 'valid', key: { delayed: true, active: true } }, KEYS);
    expect(terminalKeyCheckWords(r)).toEqual(appKeyWords(r));
  });

  it('not checked: the cause stays in the explanation, the next step is to run the command again', () => {
    const facts: KeyCheckFacts = { status: 'not-checked', problem: { kind: 'error', code: 'SERVICE_BUSY' }, key: null };
    const r = report(facts, null);
    const cli = terminalKeyCheckWords(r);
    expect(cli?.explanation).toBe(appKeyWords(r)?.explanation);
    expect(cli?.whatToDo).toBe(text.CLI_TEXT.keyCheck.notChecked.whatToDo);
  });

  it.each([
    ['CERT_AUTH_REQUIRED', 'international', '--jurisdiction'],
    ['SPAIN_MIGRATION_REQUIRED', 'international', '--jurisdiction es'],
    ['AUTHORIZED_ONLY_FOR_DOMAIN_RO', 'international', '--jurisdiction ro'],
    ['AUTHORIZED_ONLY_FOR_DOMAIN_RO', 'ro', '--jurisdiction'],
    ['AUTHORIZED_ONLY_FOR_DOMAIN_SE', 'international', '--jurisdiction se'],
    ['AUTHORIZED_ONLY_FOR_DOMAIN_SE', 'se', '--jurisdiction'],
    ['EMAIL_LOGIN_NOT_ALLOWED', 'it', '--username'],
  ] as const)('status %s (%s): the next step names %s', (status, jurisdiction, flag) => {
    const app = explainLoginStatus(status, jurisdiction);
    const cli = terminalStatusWords(report(null, null, status, jurisdiction));
    expect(cli.whatToDo).toContain(flag);
    expect(cli.whatToDo).not.toBe(app.whatToDo);
    expect(cli.title).toBe(app.title);
    expect(cli.meaning).toBe(app.meaning);
    expect(cli.action).toEqual(app.action);
  });

  it('a status without CLI words keeps the app\u2019s (wrong password)', () => {
    const cli = terminalStatusWords(report(null, null, 'INVALID_USERNAME_OR_PASSWORD'));
    expect(cli).toEqual(explainLoginStatus('INVALID_USERNAME_OR_PASSWORD', 'international'));
  });

  it.each([
    ['BOT_LOGIN_NOT_AVAILABLE', '--jurisdiction'],
    ['APP_KEY_INVALID', '--app-key'],
    ['INPUT_MISSING', '--username'],
    ['LOGIN_FAILED_UNEXPECTEDLY', ''],
    ['DATA_DIR_UNWRITABLE', 'BOTLOGIN_DATA_DIR'],
  ] as const)('fault %s: the CLI\u2019s next step', (code, flag) => {
    const e = explainFault(code);
    const cli = errorInTerminalWords({ code, message: e.meaning, title: e.title, whatToDo: e.whatToDo });
    expect(cli.whatToDo).toBe(text.CLI_TEXT.fault[code]);
    expect(cli.whatToDo).not.toBe(e.whatToDo);
    expect(cli.whatToDo).toContain(flag);
    expect(cli.whatToDo).not.toMatch(APP_WORDS[language]);
    expect(cli.message).toBe(e.meaning);
  });

  it('unusable certificate files: check them with bot-login inspect, not "in the certificate step"', () => {
    const cli = errorInTerminalWords({ code: 'CERTIFICATE_NOT_USABLE', message: text.CREDENTIAL_TEXT.notUsable() });
    expect(cli.message).toBe(text.CLI_TEXT.certificate.notUsable);
    expect(cli.message).toContain('bot-login inspect');
  });

  it('making a certificate: a failed key search says to run the command again; a bad --email names the flag', () => {
    const key = errorInTerminalWords({ code: 'KEY_FAILED', message: text.GENERATE_TEXT.keyFailed() });
    expect(key.message).toBe(text.CLI_TEXT.certificate.keyFailed);
    const email = errorInTerminalWords({ code: 'INVALID_SUBJECT', message: text.GENERATE_TEXT.invalidEmail() });
    expect(email.message).toBe(text.CLI_TEXT.certificate.invalidEmail);
    expect(email.message).toContain('--email');
    const name = errorInTerminalWords({ code: 'INVALID_SUBJECT', message: text.GENERATE_TEXT.invalidCommonName() });
    expect(name.message).toBe(text.GENERATE_TEXT.invalidCommonName());
  });

  it('findings: "make a new certificate with bot-login generate"; a .p12 password is not "entered"', () => {
    const inspect: InspectReport = {
      usable: false,
      files: ['/home/me/certs/client-2048.p12', '/home/me/certs/old.crt'],
      source: null,
      certificate: null,
      key: null,
      keyMatchesCertificate: null,
      findings: [
        { code: 'P12_PASSWORD_NEEDED', severity: 'error', file: 'client-2048.p12' },
        { code: 'NOT_RSA', severity: 'error' },
        { code: 'NO_CLIENT_AUTH', severity: 'error' },
        { code: 'EXPIRED', severity: 'error' },
      ],
    };
    const [p12, rsa, clientAuth, expired] = inspectInTerminalWords(inspect).findings;
    expect(p12?.message).toBe(text.CLI_TEXT.certificate.p12PasswordNeeded('client-2048.p12'));
    expect(rsa?.message).toBe(text.CLI_TEXT.certificate.notRsa);
    expect(clientAuth?.message).toBe(text.CLI_TEXT.certificate.noClientAuth);
    for (const m of [rsa?.message, clientAuth?.message]) expect(m).toContain('bot-login generate');
    expect(expired?.message).toBe(text.FINDING_TEXT.EXPIRED());
  });
});
