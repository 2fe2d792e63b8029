/**
 * `bot-login login` and the application key: exit 0 only for a live, active key; exit 5 (the login works, the bot
 * cannot bet yet) for no key, a delayed key, a key not activated, refused or not yours; exit 3 when the key could not
 * be checked; --create-app-keys; no session token or password in any output or file.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createLoginCommand, loginCommand } from '../../../../electron/cli/login.js';
import { APPLICANT_APP_KEYS, APPLICANT_TEST_USERNAME, DEFAULT_APP_KEYS } from '../../../fixtures/fake-sso/server.js';
import { DEFAULT_ACCOUNT_KEYS, DEFAULT_TEST_PASSWORD, steppingClock } from '../../../support/login-fixture.js';
import { loginFixtureForSuite } from '../../../support/login-fixture-for-suite.js';
import { fakeLoginArgs, loginInProcess } from '../../../support/cli-against-fake.js';
import { filesUnder } from '../../../support/files-under.js';

const f = loginFixtureForSuite();

const cli = loginInProcess(f);

describe('bot-login login: the application key', () => {
  const noKey = (): string[] => fakeLoginArgs(f, { appKey: null });
  const withKey = (key: string): string[] => fakeLoginArgs(f, { appKey: key });
  const quickCommand = createLoginCommand({ now: steppingClock() });

  it('exit 5 without --app-key (the bot cannot bet until a key is chosen): lists the keys with their kind (text and --json)', async () => {
    f.fake.setMode({ kind: 'normal' });
    const text = await cli(noKey(), { command: quickCommand });
    expect(text.code).toBe(5);
    expect(text.stdout).toContain('Your login works \u2013 choose your application key');
    expect(text.stdout).not.toContain('Your bot login works');
    expect(text.stdout).toContain(`${DEFAULT_APP_KEYS.delayed}  delayed  (app "My betting bot", version 1.0-DELAY)`);
    expect(text.stdout).toContain(`${DEFAULT_APP_KEYS.live}  live, active  (app "My betting bot", version 1.0)`);
    const json = await cli([...noKey(), '--json'], { command: quickCommand });
    const out = JSON.parse(json.stdout) as {
      ok: boolean;
      verdict: string;
      title: string;
      appKeys: unknown[];
      appKeyCheck: { status: string };
    };
    expect(json.code).toBe(5);
    expect(out).toMatchObject({ ok: false, verdict: 'choose-key' });
    expect(out.title).not.toContain('Your bot login works');
    expect(out.appKeys).toEqual(DEFAULT_ACCOUNT_KEYS);
    expect(out.appKeyCheck).toMatchObject({
      status: 'not-given',
      title: expect.any(String),
      explanation: expect.any(String),
      whatToDo: expect.any(String),
    });
  });

  it('exit 0 only for a live, active key: "Your bot login works" only then', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await cli([...withKey(DEFAULT_APP_KEYS.live), '--json'], { command: quickCommand });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      verdict: 'works',
      title: 'Your bot login works',
      appKeyCheck: { status: 'valid', delayed: false, active: true },
    });
    const text = await cli(withKey(DEFAULT_APP_KEYS.live), { command: quickCommand });
    expect(text.stdout).toMatch(/^SUCCESS: Your bot login works\n/);
  });

  it('exit 5 for a valid delayed key: it can log in and read prices, not bet; never "works"', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await cli([...withKey(DEFAULT_APP_KEYS.delayed), '--json'], { command: quickCommand });
    expect(r.code).toBe(5);
    const out = JSON.parse(r.stdout) as { title: string; whatToDo: string };
    expect(out).toMatchObject({ ok: false, verdict: 'delayed-key', appKeyCheck: { status: 'valid', delayed: true } });
    expect(out.title).toBe('Your login works, but your bot cannot bet with the delayed key');
    expect(out.whatToDo).toMatch(/live key/);
    const text = await cli(withKey(DEFAULT_APP_KEYS.delayed), { command: quickCommand });
    expect(text.code).toBe(5);
    expect(text.stdout).toMatch(/^Your login works, but your bot cannot bet with the delayed key\n/);
    expect(text.stdout).not.toContain('SUCCESS');
    expect(text.stdout).not.toContain('Your bot login works');
    expect(text.stdout).toMatch(/cannot place bets/);
  });

  it('--report prints the support report after the answer: facts in English codes, no secret, home as ~', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await cli([...withKey(DEFAULT_APP_KEYS.delayed), '--report'], { command: quickCommand });
    expect(r.code).toBe(5);
    const report = r.stdout.slice(r.stdout.indexOf('Subject: '));
    expect(report).toMatch(/^Subject: Bot Login Wizard \S+: delayed-key \(SUCCESS\)\n/);
    expect(report).toContain(`os: ${process.platform} ${process.arch}`);
    expect(report).toContain('verdict: delayed-key');
    expect(report).toContain(`appKey: …${DEFAULT_APP_KEYS.delayed.slice(-4)} status=valid delayed=true`);
    expect(report).toMatch(/certificate: sha256=([0-9A-F]{2}:){31}[0-9A-F]{2} notAfter=/);
    expect(report).not.toContain(DEFAULT_APP_KEYS.delayed);
    expect(report).not.toContain(DEFAULT_TEST_PASSWORD);
    expect(report).not.toContain(f.root);
    const json = await cli([...withKey(DEFAULT_APP_KEYS.delayed), '--report', '--json'], { command: quickCommand });
    const out = JSON.parse(json.stdout) as { supportReport: string };
    expect(out.supportReport).toContain('verdict: delayed-key');
    // A fault has its report too (in text).
    const dk = await cli(['--jurisdiction', 'dk', ...fakeLoginArgs(f).slice(2), '--report']);
    expect(dk.code).toBe(2);
  });

  it('exit 5 for a live key Betfair has not activated: "refused until it is activated", never "works" (text and --json)', async () => {
    f.fake.setMode({ kind: 'normal' });
    const args = withKey(APPLICANT_APP_KEYS.live).map((a) => (a === 'bettor' ? APPLICANT_TEST_USERNAME : a));
    const r = await cli([...args, '--json'], { command: quickCommand });
    expect(r.code).toBe(5);
    const out = JSON.parse(r.stdout) as { ok: boolean; title: string; whatToDo: string };
    expect(out).toMatchObject({
      ok: false,
      verdict: 'key-inactive',
      loginStatus: 'SUCCESS',
      appKeyCheck: { delayed: false, active: false },
    });
    expect(out.title).not.toContain('Your bot login works');
    expect(out.title).toMatch(/refused until your live key is activated/);
    expect(out.whatToDo).toMatch(/activated/);
    const text = await cli(args, { command: quickCommand });
    expect(text.code).toBe(5);
    expect(text.stdout.split('\n')[0]).toBe(
      'Your login works, but your bot will be refused until your live key is activated',
    );
    expect(text.stdout).not.toContain('Your bot login works');
    expect(text.stdout).toContain(`${APPLICANT_APP_KEYS.live}  live, not active yet`);
  });

  it('exit 5 when the login works but the key is refused or not yours; the right keys are shown', async () => {
    f.fake.setMode({ kind: 'normal' });
    f.fake.addAccount('cli-other', DEFAULT_TEST_PASSWORD, { delayed: 'CliOtherDelay001', live: 'CliOtherLive0001' });
    const typo = await cli(withKey('DelayKey4Bettor'), { command: quickCommand });
    expect(typo.code).toBe(5);
    expect(typo.stdout).toMatch(/^Your login works, but your bot will be refused until the application key is fixed/);
    expect(typo.stdout).not.toContain('Your bot login works');
    expect(typo.stdout).toContain(`${DEFAULT_APP_KEYS.delayed}  delayed`);
    const other = await cli([...withKey('CliOtherDelay001'), '--json'], { command: quickCommand });
    expect(other.code).toBe(5);
    const otherOut = JSON.parse(other.stdout) as { title: string; whatToDo: string };
    expect(otherOut).toMatchObject({
      ok: false,
      verdict: 'key-not-yours',
      loginStatus: 'SUCCESS',
      appKeyCheck: { status: 'not-yours' },
    });
    // The old dishonest answer: "ok": false with the title "Your bot login works" and "Nothing more to do here".
    expect(otherOut.title).not.toBe('Your bot login works');
    expect(otherOut.whatToDo).not.toMatch(/Nothing more to do/);
    const refused = await cli([...withKey('DelayKey4Bettor'), '--json'], { command: quickCommand });
    const refusedOut = JSON.parse(refused.stdout) as { title: string; whatToDo: string };
    expect(refusedOut).toMatchObject({ ok: false, verdict: 'key-refused', appKeyCheck: { status: 'refused' } });
    expect(refusedOut.title).not.toBe('Your bot login works');
    expect(refusedOut.whatToDo).not.toMatch(/Nothing more to do/);
  });

  it('exit 3 when the key could not be checked (Accounts API down), saying the login itself works', async () => {
    f.fake.setMode({ kind: 'normal' });
    f.fake.setAccountsMode({ kind: 'http-error', status: 500 });
    try {
      const r = await cli([...withKey(DEFAULT_APP_KEYS.delayed), '--json'], { command: quickCommand });
      expect(r.code).toBe(3);
      expect(JSON.parse(r.stdout)).toMatchObject({
        ok: false,
        verdict: 'key-not-checked',
        loginStatus: 'SUCCESS',
        appKeys: null,
        appKeyCheck: { status: 'not-checked', code: 'UNEXPECTED_ANSWER' },
      });
      // without a key (and the keys not listed): the bot cannot bet until a key is chosen, exit 5
      const none = await cli([...noKey(), '--json'], { command: quickCommand });
      expect(none.code).toBe(5);
      expect(JSON.parse(none.stdout)).toMatchObject({ ok: false, verdict: 'choose-key' });
    } finally {
      f.fake.setAccountsMode({ kind: 'normal' });
    }
  });

  it('--create-app-keys NAME creates both keys for an account without any; a name with the username is exit 2, nothing sent', async () => {
    f.fake.setMode({ kind: 'normal' });
    f.fake.addAccount('cli-new', DEFAULT_TEST_PASSWORD, null);
    const args = noKey().map((a) => (a === 'bettor' ? 'cli-new' : a));
    const count = f.fake.requests().length;
    const refused = await cli([...args, '--create-app-keys', 'CLI-NEW keys'], { command: quickCommand });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/contains your username/);
    expect(f.fake.requests().length).toBe(count);

    const made = await cli([...args, '--create-app-keys', 'My command-line bot', '--json'], { command: quickCommand });
    // Created, but no key chosen yet: the bot cannot bet until one is (exit 5).
    expect(made.code).toBe(5);
    expect(JSON.parse(made.stdout)).toMatchObject({ ok: false, verdict: 'choose-key' });
    const out = JSON.parse(made.stdout) as {
      appKeysCreation: unknown;
      appKeys: Array<{ delayed: boolean; active: boolean; appName: string }>;
    };
    expect(out.appKeysCreation).toEqual({ created: true, appName: 'My command-line bot' });
    expect(out.appKeys.map((k) => [k.appName, k.delayed, k.active])).toEqual([
      ['My command-line bot', true, true],
      ['My command-line bot', false, false],
    ]);
    const listed = await cli(args, { command: quickCommand });
    expect(listed.stdout).toMatch(/Your application keys:\n {2}\S+ {2}delayed/);
  });

  it('says how to create keys for an account that has none', async () => {
    f.fake.setMode({ kind: 'normal' });
    f.fake.addAccount('cli-none', DEFAULT_TEST_PASSWORD, null);
    const r = await cli(
      noKey().map((a) => (a === 'bettor' ? 'cli-none' : a)),
      { command: quickCommand },
    );
    expect(r.code).toBe(5);
    expect(r.stdout.split('\n')[0]).toBe('Your login works \u2013 create your application keys');
    expect(r.stdout).toMatch(/no application keys yet\. Create them with --create-app-keys NAME/);
    expect(r.stdout).toMatch(/The delayed key is free/);
  });

  it('never prints the session token or the password, and writes neither to the data folder', async () => {
    f.fake.setMode({ kind: 'normal' });
    const tokensBefore = f.fake.issuedTokens().length;
    const runs = [
      await cli(noKey(), { command: quickCommand }),
      await cli([...withKey(DEFAULT_APP_KEYS.live), '--json'], { command: quickCommand }),
      await cli(withKey('wrong-key'), { command: quickCommand }),
    ];
    const tokens = f.fake.issuedTokens().slice(tokensBefore);
    expect(tokens).toHaveLength(3);
    for (const r of runs) {
      const files = await Promise.all(filesUnder(r.dataDir).map((p) => readFile(p, 'utf8')));
      for (const text of [r.stdout, r.stderr, ...files]) {
        for (const token of tokens) expect(text).not.toContain(token);
        expect(text).not.toContain(DEFAULT_TEST_PASSWORD);
      }
    }
  });

  it('--help explains the optional key, creating keys, both kinds of key and exit code 5', async () => {
    const help = loginCommand.help;
    expect(help).toMatch(/\[--app-key KEY\]/);
    expect(help).toMatch(/--create-app-keys NAME/);
    expect(help).toMatch(/must not contain your username/);
    expect(help).toMatch(/delayed key is free/);
    expect(help).toMatch(/5 the login works but your bot cannot bet with the key yet/);
    expect(help).toMatch(/0 your bot can log in and bet/);
    expect(help).toMatch(/"appKeys" \(each \{appName, applicationKey, version,\s+delayed, active\}\)/);
  });
});
