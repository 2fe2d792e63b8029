/**
 * The whole CLI in each of the five languages: the help's "Usage:" lines and placeholders are translated (only
 * flags and FILE/NAME/DIR-style values stay), an unknown --lang says the language "is not available", and a real
 * test login without --app-key (against the fake identitysso on 127.0.0.1) ends with the CLI's own next step,
 * "run again with --app-key KEY", not the app's "you left the application key empty". Expected words come from
 * the bundles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli.js';
import { en } from '../../../../shared/i18n/en/index.js';
import { es } from '../../../../shared/i18n/es/index.js';
import { it as italian } from '../../../../shared/i18n/it/index.js';
import { ro } from '../../../../shared/i18n/ro/index.js';
import { sv } from '../../../../shared/i18n/sv/index.js';
import { LANGUAGES, type Language } from '../../../../shared/i18n/languages.js';
import type { Messages } from '../../../../shared/i18n/messages.js';
import { switchLanguage } from '../../../../shared/i18n/text.js';
import { DEFAULT_APP_KEYS } from '../../../fixtures/fake-sso/server.js';
import { startLoginFixture, type LoginFixture } from '../../../support/login-fixture.js';
import { cliAgainstFake, fakeLoginArgs, type FakeCliRun } from '../../../support/cli-against-fake.js';

const BUNDLES: Readonly<Record<Language, Messages>> = { en, it: italian, es, ro, sv };

/** The word that opens a usage line, per language. */
const USAGE: Readonly<Record<Language, string>> = {
  en: 'Usage:',
  it: 'Uso:',
  es: 'Uso:',
  ro: 'Utilizare:',
  sv: 'Användning:',
};

/** A LANG value per language (the unknown --lang is worded in the environment's language). */
const LOCALES: Readonly<Record<Language, string>> = {
  en: 'C',
  it: 'it_IT.UTF-8',
  es: 'es_ES.UTF-8',
  ro: 'ro_RO.UTF-8',
  sv: 'sv_SE.UTF-8',
};

let f: LoginFixture;
beforeAll(async () => {
  f = await startLoginFixture();
});
afterAll(async () => {
  await f.close();
  await switchLanguage('en');
});

/** `bot-login ARGV` in this process against the fake. */
const cli = (argv: readonly string[], env: Record<string, string> = {}): Promise<FakeCliRun> =>
  cliAgainstFake(f, main, argv, env);

describe.each(LANGUAGES)('bot-login --lang %s', (language) => {
  const words = BUNDLES[language];

  it('the help says "Usage:" in the language; in translations, no English usage words are left', async () => {
    const helps = [
      (await cli(['--help', '--lang', language])).stdout,
      ...(await Promise.all(
        ['generate', 'inspect', 'login'].map(async (c) => (await cli([c, '--help', '--lang', language])).stdout),
      )),
    ];
    for (const help of helps) {
      expect(help.startsWith(`${USAGE[language]} bot-login `), help.slice(0, 60)).toBe(true);
      if (language !== 'en') expect(help).not.toMatch(/Usage:|<command>|\[options\]/);
    }
    expect(helps[0]?.startsWith(words.CLI_ARGS_TEXT.topHelpStart)).toBe(true);
  });

  it('the login help lines up its usage lines under the first one', async () => {
    const help = (await cli(['login', '--help', '--lang', language])).stdout.split('\n');
    const first = help[0] ?? '';
    const column = first.indexOf('--jurisdiction');
    expect(column).toBeGreaterThan(0);
    expect((help[1] ?? '').indexOf('--username')).toBe(column);
    expect((help[2] ?? '').indexOf('[--keep-session]')).toBe(column);
  });

  it('an unknown --lang: the language "is not available", and the choices', async () => {
    const r = await cli(['inspect', 'x.crt', '--lang', 'fr'], { LANG: LOCALES[language] });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(words.CLI_ARGS_TEXT.unknownLanguage('fr', LANGUAGES));
  });

  it('a test login without --app-key: the keys are listed, and the next step is the CLI\u2019s, with --app-key KEY', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await cli(['login', '--lang', language, ...fakeLoginArgs(f, { appKey: null })]);
    // No key chosen: the login works, the bot cannot bet yet (exit 5, docs/verdict.md).
    expect(r.code).toBe(5);
    expect(r.stdout).toContain(DEFAULT_APP_KEYS.delayed);
    expect(r.stdout).toContain(words.CLI_KEY_CHECK_TEXT.notGivenWithKeys.explanation);
    expect(r.stdout).toContain(words.CLI_KEY_CHECK_TEXT.notGivenWithKeys.whatToDo);
    expect(r.stdout).toContain('--app-key KEY');
    expect(r.stdout).not.toContain(words.APP_KEY_CHECK_TEXT.notGivenWithKeys.explanation);
    expect(r.stdout).not.toContain(words.APP_KEY_CHECK_TEXT.notGivenWithKeys.whatToDo);
  });
});

describe('the language list wording', () => {
  it.each([
    ['it', 'non è disponibile', 'non esiste'],
    ['es', 'no está disponible', 'No existe'],
    ['ro', 'nu este disponibilă', 'nu există'],
    ['sv', 'är inte tillgängligt', 'finns inget språk'],
    ['en', 'is not available', 'There is no language'],
  ] as const)('%s: "%s", not "%s"', (language, now, before) => {
    const said = BUNDLES[language].CLI_ARGS_TEXT.unknownLanguage('fr', LANGUAGES);
    expect(said).toContain(now);
    expect(said).not.toContain(before);
    expect(said).toContain('fr');
    for (const choice of LANGUAGES) expect(said).toContain(choice);
  });
});
