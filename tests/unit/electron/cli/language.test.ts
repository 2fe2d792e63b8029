/**
 * The CLI speaks the language of LC_ALL / LC_MESSAGES / LANG, or of --lang, from its first word; --json keys,
 * codes and exit codes never change with it, only the text fields do. Against the fake identitysso on 127.0.0.1.
 * Expected words come from the bundles (es, it, sv), not copies of them.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli.js';
import { en } from '../../../../shared/i18n/en/index.js';
import { es } from '../../../../shared/i18n/es/index.js';
import { it as italian } from '../../../../shared/i18n/it/index.js';
import { sv } from '../../../../shared/i18n/sv/index.js';
import { LANGUAGES } from '../../../../shared/i18n/languages.js';
import { currentLanguage } from '../../../../shared/i18n/text.js';
import type { StatusText, StatusTextContext } from '../../../../shared/i18n/text-types.js';
import { DEFAULT_APP_KEYS } from '../../../fixtures/fake-sso/server.js';
import { loginFixtureForSuite } from '../../../support/login-fixture-for-suite.js';
import { cliAgainstFake, fakeLoginArgs, type FakeCliRun } from '../../../support/cli-against-fake.js';

/** The fields of the CLI's JSON that hold words (they follow the language); everything else must not change. */
const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'explanation',
  'meaning',
  'whatToDo',
  'message',
  'label',
  'description',
  'sentence',
]);
/** Fields that change from run to run whatever the language. */
const TIMING_FIELDS: ReadonlySet<string> = new Set(['at', 'durationMs', 'retryAt']);

function without(value: unknown, fields: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => without(v, fields));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !fields.has(k))
        .map(([k, v]) => [k, without(v, fields)]),
    );
  }
  return value;
}

function textFieldsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) textFieldsOf(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (TEXT_FIELDS.has(k) && typeof v === 'string') out.push(v);
      else textFieldsOf(v, out);
    }
  }
  return out;
}

const INTERNATIONAL: StatusTextContext = { jurisdiction: 'international', site: 'betfair.com' };
const words = (t: StatusText): string => (typeof t === 'string' ? t : t(INTERNATIONAL));

const f = loginFixtureForSuite();

/** `bot-login ARGV` in this process against the fake, with a password the fake refuses. */
const cli = (argv: readonly string[], env: Record<string, string>): Promise<FakeCliRun> =>
  cliAgainstFake(f, main, argv, { BOTLOGIN_PASSWORD: 'not-the-password', ...env });

const wrongPassword = (): string[] => ['login', ...fakeLoginArgs(f, { appKey: DEFAULT_APP_KEYS.delayed })];

describe('bot-login in the language of the environment', () => {
  it('LANG=es_ES.UTF-8: a wrong password is explained in the es bundle’s words', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await cli(wrongPassword(), { LANG: 'es_ES.UTF-8' });
    const said = es.LOGIN_STATUS_TEXT.INVALID_USERNAME_OR_PASSWORD;
    expect(r.code).toBe(1);
    expect(currentLanguage()).toBe('es');
    expect(r.stdout).toContain(said.title);
    expect(r.stdout).toContain(words(said.meaning));
    expect(r.stdout).toContain(words(said.whatToDo));
  });

  it('--json under LANG=C and LANG=es_ES.UTF-8: identical but for the text fields', async () => {
    f.fake.setMode({ kind: 'normal' });
    const english = await cli([...wrongPassword(), '--json'], { LANG: 'C' });
    const spanish = await cli([...wrongPassword(), '--json'], { LANG: 'es_ES.UTF-8' });
    expect(spanish.code).toBe(english.code);
    const [a, b] = [JSON.parse(english.stdout) as unknown, JSON.parse(spanish.stdout) as unknown];
    const ignored = new Set([...TEXT_FIELDS, ...TIMING_FIELDS]);
    expect(without(b, ignored)).toEqual(without(a, ignored));
    expect(textFieldsOf(a).length).toBeGreaterThan(0);
    expect(textFieldsOf(b)).toContain(es.LOGIN_STATUS_TEXT.INVALID_USERNAME_OR_PASSWORD.title);
    // The text fields really follow the language.
    expect(textFieldsOf(b)).not.toEqual(textFieldsOf(a));
  });

  it('--lang it beats LANG=es_ES.UTF-8', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await cli([...wrongPassword(), '--lang', 'it'], { LANG: 'es_ES.UTF-8' });
    expect(r.code).toBe(1);
    expect(currentLanguage()).toBe('it');
    expect(r.stdout).toContain(italian.LOGIN_STATUS_TEXT.INVALID_USERNAME_OR_PASSWORD.title);
    const inline = await cli(['--lang=it', 'login', '--help'], { LANG: 'es_ES.UTF-8' });
    expect(currentLanguage()).toBe('it');
    expect(inline.stdout).toContain(italian.CLI_TEXT.login.help.split('\n\n')[0] ?? '');
    expect(inline.stdout).toContain(italian.CLI_TEXT.botChecks.noStreamFlag);
    expect(inline.stdout).toContain(
      italian.CLI_TEXT.passwordStdin.help.split('\n').find((l) => l.startsWith('  --password-stdin')) ?? '--',
    );
  });

  it('--lang fr is a usage error (exit 2) that lists the languages, before and after the command', async () => {
    for (const argv of [
      ['--lang', 'fr', 'login'],
      ['login', '--lang', 'fr'],
      ['generate', '--lang=fr', '--help'],
      ['--lang', 'fr'],
    ]) {
      const r = await cli(argv, { LANG: 'C' });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain('"fr"');
      for (const language of LANGUAGES) expect(r.stderr).toContain(language);
      expect(r.stdout).toBe('');
    }
    const json = await cli(['login', '--lang', 'fr', '--json'], { LANG: 'C' });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'USAGE' } });
  });

  it('--help, a usage error and an unknown command follow the language', async () => {
    const help = await cli(['login', '--help'], { LC_ALL: 'sv_SE.UTF-8', LANG: 'es_ES.UTF-8' });
    expect(help.code).toBe(0);
    expect(currentLanguage()).toBe('sv');
    expect(help.stdout).toContain(sv.CLI_TEXT.login.help.split('\n\n')[0] ?? '');
    expect(help.stdout).toContain(sv.CLI_TEXT.botChecks.noStreamFlag);
    expect(help.stdout).toContain(
      sv.CLI_TEXT.passwordStdin.help.split('\n').find((l) => l.startsWith('  --password-stdin')) ?? '--',
    );
    const top = await cli(['--help'], { LANG: 'sv_SE.UTF-8' });
    expect(top.stdout).toContain(sv.CLI_TEXT.args.topHelpStart);
    expect(top.stdout).toContain(sv.CLI_TEXT.login.summary);
    const usage = await cli(['login', '--bogus'], { LANG: 'sv_SE.UTF-8' });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain(sv.CLI_TEXT.args.unknownFlag('--bogus'));
    const unknown = await cli(['frobnicate'], { LANG: 'sv_SE.UTF-8' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(sv.CLI_TEXT.args.unknownCommand('frobnicate'));
  });

  it('dates come through Intl in the language: inspect under LANG=it_IT.UTF-8', async () => {
    const json = await cli(['inspect', f.cert.certPath, f.cert.keyPath, '--json'], { LANG: 'it_IT.UTF-8' });
    const { certificate } = JSON.parse(json.stdout) as { certificate: { notBefore: string; notAfter: string } };
    const r = await cli(['inspect', f.cert.certPath, f.cert.keyPath], { LANG: 'it_IT.UTF-8' });
    const day = (iso: string): string =>
      new Intl.DateTimeFormat('it-IT', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(iso));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(day(certificate.notAfter));
    expect(r.stdout).toContain(day(certificate.notBefore));
    expect(r.stdout).not.toContain(certificate.notAfter.slice(0, 10));
  });

  it('LANG=C and POSIX speak English', async () => {
    await cli(['login', '--help'], { LANG: 'it_IT.UTF-8' });
    const r = await cli(['login', '--help'], { LC_ALL: 'POSIX', LANG: 'it_IT.UTF-8' });
    expect(currentLanguage()).toBe('en');
    expect(r.stdout).toContain(en.CLI_TEXT.login.help.split('\n\n')[0] ?? '');
    expect(r.stdout).toContain(en.CLI_TEXT.botChecks.noStreamFlag);
    expect(r.stdout).toContain(
      en.CLI_TEXT.passwordStdin.help.split('\n').find((l) => l.startsWith('  --password-stdin')) ?? '--',
    );
  });
});
