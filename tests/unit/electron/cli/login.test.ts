import { execFile } from 'node:child_process';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/command.js';
import { createLoginCommand, exitCodeForFault, loginCommand } from '../../../../electron/cli/login.js';
import { main } from '../../../../electron/cli.js';
import { LOGIN_STATUS_CODES, explainLoginStatus } from '../../../../shared/login-catalogue.js';
import { text } from '../../../../shared/i18n/text.js';
import {
  APPLICANT_APP_KEYS,
  APPLICANT_TEST_USERNAME,
  DEFAULT_APP_KEYS,
  startFakeSso,
} from '../../../fixtures/fake-sso/server.js';
import {
  DEFAULT_TEST_PASSWORD,
  startLoginFixture,
  steppingClock,
  type LoginFixture,
} from '../core/login/login-fixture.js';

const execFileAsync = promisify(execFile);

let f: LoginFixture;
beforeAll(async () => {
  f = await startLoginFixture();
});
afterAll(async () => {
  await f.close();
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly dataDir: string;
}

async function cli(
  args: readonly string[],
  opts: {
    env?: Record<string, string | undefined>;
    interactive?: boolean;
    answers?: string[];
    command?: typeof loginCommand;
  } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const dataDir = await f.newDataDir();
  const answers = [...(opts.answers ?? [])];
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: { BOTLOGIN_DATA_DIR: dataDir, BOTLOGIN_PASSWORD: DEFAULT_TEST_PASSWORD, ...f.env, ...opts.env },
    interactive: opts.interactive ?? false,
    promptHidden: async () => answers.shift() ?? '',
  };
  const code = await (opts.command ?? loginCommand).run(args, io);
  return { code, stdout, stderr, dataDir };
}

const base = (): string[] => [
  '--jurisdiction',
  'international',
  '--cert',
  f.cert.certPath,
  '--key',
  f.cert.keyPath,
  '--app-key',
  DEFAULT_APP_KEYS.live,
  '--username',
  'bettor',
];

async function allFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

describe('bot-login login', () => {
  it('exit 0 on SUCCESS, says "test endpoint", logs out, and never shows the password', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await cli(base());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SUCCESS: Your bot login works');
    expect(r.stdout).toContain('logged out again');
    expect(r.stderr).toMatch(/test endpoint/);
    expect(r.stdout).not.toMatch(/Session token/);
    for (const text of [r.stdout, r.stderr]) expect(text).not.toContain(DEFAULT_TEST_PASSWORD);
    for (const file of await allFiles(r.dataDir))
      expect(await readFile(file, 'utf8')).not.toContain(DEFAULT_TEST_PASSWORD);
  });

  it('--json prints one object; the token only with --keep-session', async () => {
    f.fake.setMode({ kind: 'normal' });
    const plain = await cli([...base(), '--json']);
    const out = JSON.parse(plain.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      ok: true,
      verdict: 'works',
      loginStatus: 'SUCCESS',
      loggedOut: true,
      title: 'Your bot login works',
    });
    expect(out.sessionToken).toBeUndefined();
    expect(typeof out.explanation).toBe('string');
    expect(typeof out.whatToDo).toBe('string');
    expect(plain.stdout.trim().split('\n')).toHaveLength(1);
    const kept = await cli([...base(), '--json', '--keep-session']);
    const keptOut = JSON.parse(kept.stdout) as Record<string, unknown>;
    expect(keptOut.loggedOut).toBeNull();
    expect(typeof keptOut.sessionToken).toBe('string');
  });

  it('after two wrong passwords in a row holds the next login for a short wait (exit 4, in words), nothing sent; then tries; a success clears it', async () => {
    const dataDir = await f.newDataDir();
    let t = Date.parse('2026-02-01T10:00:00Z');
    const command = createLoginCommand({ now: () => new Date(t) });
    const env = { BOTLOGIN_DATA_DIR: dataDir };
    f.fake.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
    for (let i = 0; i < 2; i += 1) {
      expect((await cli(base(), { command, env })).code).toBe(1);
      t += 2_000;
    }
    const sent = f.fake.requests().length;
    const held = await cli(base(), { command, env });
    expect(held.code).toBe(4);
    expect(held.stderr).toContain('Two wrong passwords in a row');
    expect(held.stderr).toMatch(/wait 2\d seconds/);
    expect(f.fake.requests().length).toBe(sent);
    // The wait is over: each CLI run is deliberate, so the login goes; a success ends the row.
    t += 30_000;
    f.fake.setMode({ kind: 'normal' });
    expect((await cli(base(), { command, env })).code).toBe(0);
    f.fake.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
    t += 2_000;
    expect((await cli(base(), { command, env })).code).toBe(1);
    t += 2_000;
    expect((await cli(base(), { command, env })).code).toBe(1);
    f.fake.setMode({ kind: 'normal' });
  });

  it('exit 1 with the right title for every one of the 43 failure codes', async () => {
    const command = createLoginCommand({ now: steppingClock() });
    for (const code of LOGIN_STATUS_CODES) {
      f.fake.setMode({ kind: 'status', status: code });
      const r = await cli([...base(), '--json'], { command });
      const out = JSON.parse(r.stdout) as { ok: boolean; loginStatus: string; title: string; action?: { url: string } };
      expect(r.code, code).toBe(1);
      expect(out.ok).toBe(false);
      expect(out.loginStatus).toBe(code);
      expect(out.title).toBe(explainLoginStatus(code, 'international').title);
    }
    f.fake.setMode({ kind: 'status', status: 'CERT_AUTH_REQUIRED' });
    const text = await cli(base(), { command });
    expect(text.stdout).toContain('Betfair answered CERT_AUTH_REQUIRED: Certificate not recognised');
    expect(text.stdout).toContain('https://myaccount.betfair.com/accountdetails/mysecurity?showAPI=1');
  });

  it('exit 3 for every way of not getting a proper answer, with the fault code', async () => {
    const quick = createLoginCommand({ timeoutMs: 500, now: steppingClock() });
    const expectFault = async (env: Record<string, string | undefined>, code: string): Promise<void> => {
      const r = await cli([...base(), '--json'], { env, command: quick });
      const out = JSON.parse(r.stdout) as {
        ok: boolean;
        error: { code: string; message: string };
        title: string;
        whatToDo: string;
      };
      expect(out.error.code, code).toBe(code);
      expect(r.code, code).toBe(3);
      expect(out.title).toBeTruthy();
      expect(out.whatToDo).toBeTruthy();
    };
    f.fake.setMode({ kind: 'hang' });
    await expectFault({}, 'TIMEOUT');
    f.fake.setMode({ kind: 'http-error', status: 502 });
    await expectFault({}, 'UNEXPECTED_ANSWER');
    f.fake.setMode({ kind: 'not-json' });
    await expectFault({}, 'UNEXPECTED_ANSWER');
    f.fake.setMode({ kind: 'reject-handshake' });
    await expectFault({}, 'CLIENT_CERT_REJECTED');
    f.fake.setMode({ kind: 'normal' });
    await expectFault({ BOTLOGIN_SSO_CA: undefined }, 'SERVER_CERT_UNTRUSTED');
    const wrongHost = await startFakeSso({ serverNames: { dns: ['elsewhere.example'], ip: [] } });
    await expectFault(
      { BOTLOGIN_SSO_ORIGIN: wrongHost.origin, BOTLOGIN_SSO_CA: wrongHost.caPath },
      'SERVER_CERT_WRONG_HOST',
    );
    const closedOrigin = wrongHost.origin;
    await wrongHost.close();
    await expectFault({ BOTLOGIN_SSO_ORIGIN: closedOrigin }, 'CONNECTION_REFUSED');
    await expectFault({ BOTLOGIN_SSO_ORIGIN: closedOrigin, HTTPS_PROXY: 'http://proxy.example:8080' }, 'PROXY');
    const { createServer } = await import('node:net');
    const dropper = createServer((s) => s.destroy());
    await new Promise<void>((r) => dropper.listen(0, '127.0.0.1', () => r()));
    await expectFault(
      { BOTLOGIN_SSO_ORIGIN: `https://127.0.0.1:${(dropper.address() as { port: number }).port}` },
      'CONNECTION_RESET',
    );
    dropper.close();
    const text = await cli(base(), { env: { BOTLOGIN_SSO_ORIGIN: closedOrigin }, command: quick });
    expect(text.stderr).toContain(
      'The test login could not be completed: The connection was refused (CONNECTION_REFUSED)',
    );
    expect(text.stderr).toMatch(/What to do: /);
  });

  it('exit 4 when the guard holds the 6th test in a minute, with nothing sent', async () => {
    f.fake.setMode({ kind: 'normal' });
    const dataDir = await f.newDataDir();
    const env = { BOTLOGIN_DATA_DIR: dataDir };
    for (let i = 0; i < 5; i += 1) expect((await cli(base(), { env })).code).toBe(0);
    const count = f.fake.requests().length;
    const sixth = await cli([...base(), '--json'], { env });
    expect(sixth.code).toBe(4);
    const out = JSON.parse(sixth.stdout) as { error: { code: string }; retryAt: string };
    expect(out.error.code).toBe('GUARD_RATE_LIMITED');
    expect(Date.parse(out.retryAt)).toBeGreaterThan(Date.now());
    expect(f.fake.requests().length).toBe(count);
  });

  it('exit 4 during a ban, telling the minutes left', async () => {
    const dataDir = await f.newDataDir();
    const env = { BOTLOGIN_DATA_DIR: dataDir };
    f.fake.setMode({ kind: 'status', status: 'TEMPORARY_BAN_TOO_MANY_REQUESTS' });
    expect((await cli(base(), { env })).code).toBe(1);
    f.fake.setMode({ kind: 'normal' });
    const count = f.fake.requests().length;
    const held = await cli(base(), { env });
    expect(held.code).toBe(4);
    expect(held.stderr).toMatch(/Wait about 20 more minutes/);
    expect(f.fake.requests().length).toBe(count);
  });

  it('exit 2 for bad input: missing options, a password flag, no password, Denmark, unreadable files', async () => {
    const count = f.fake.requests().length;
    expect((await cli(['--jurisdiction', 'international'])).code).toBe(2);
    const unknownPlace = await cli(['--jurisdiction', 'xx', ...base().slice(2)]);
    expect(unknownPlace.code).toBe(2);
    expect(unknownPlace.stderr).toMatch(/international, au, it, es, ro, se, dk/);
    const flag = await cli([...base(), '--password', 'hunter2']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/not accepted on the command line/);
    expect(flag.stderr + flag.stdout).not.toContain('hunter2');
    const noPw = await cli(base(), { env: { BOTLOGIN_PASSWORD: undefined } });
    expect(noPw.code).toBe(2);
    expect(noPw.stderr).toContain('BOTLOGIN_PASSWORD');
    expect(noPw.stderr).toContain('--password-stdin');
    // Denmark is answered before any password: not asked for at a terminal, not missed without one.
    for (const interactive of [false, true]) {
      const dkFirst = await cli(['--jurisdiction', 'dk', ...base().slice(2)], {
        env: { BOTLOGIN_PASSWORD: undefined },
        interactive,
        answers: ['typed'],
      });
      expect(dkFirst.code).toBe(2);
      expect(dkFirst.stderr).toContain('Bot login is not available in Denmark');
      expect(dkFirst.stderr).not.toContain('No password');
    }
    const dk = await cli(['--jurisdiction', 'dk', ...base().slice(2), '--json']);
    expect(dk.code).toBe(2);
    expect((JSON.parse(dk.stdout) as { error: { code: string } }).error.code).toBe('BOT_LOGIN_NOT_AVAILABLE');
    const both = await cli([...base(), '--pem', f.cert.pemPath]);
    expect(both.code).toBe(2);
    const missing = await cli([
      '--jurisdiction',
      'it',
      '--pem',
      join(f.root, 'nope.pem'),
      '--app-key',
      'k',
      '--username',
      'u',
      '--json',
    ]);
    expect(missing.code).toBe(2);
    expect(f.fake.requests().length).toBe(count);
  });

  it('refuses a test endpoint not on this computer before reading the password or sending anything (exit 2, also --json)', async () => {
    f.fake.setMode({ kind: 'normal' });
    const count = f.fake.requests().length;
    const asked: string[] = [];
    const forgotten: string[] = [];
    const foreign = { BOTLOGIN_SSO_ORIGIN: 'https://sso.attacker.example', BOTLOGIN_PASSWORD: undefined };
    const prompting = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
      let stdout = '';
      let stderr = '';
      const io: CliIo = {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        env: { BOTLOGIN_DATA_DIR: await f.newDataDir(), ...f.env, ...foreign },
        interactive: true,
        promptHidden: async (q) => {
          asked.push(q);
          return DEFAULT_TEST_PASSWORD;
        },
        forgetEnv: (name) => forgotten.push(name),
      };
      return { code: await loginCommand.run(args, io), stdout, stderr };
    };
    const text = await prompting(base());
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/The test endpoint must be on this computer \(TEST_ENDPOINT_NOT_LOCAL\)/);
    expect(text.stderr).toMatch(/127\.0\.0\.1, ::1 or localhost/);
    const json = await prompting([...base(), '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      error: { code: 'TEST_ENDPOINT_NOT_LOCAL' },
      testEndpoint: true,
    });
    expect(asked).toEqual([]);
    expect(forgotten).toEqual([]);
    expect(f.fake.requests().length).toBe(count);
  });

  it('says "test endpoint" on stderr also with --json, forgets BOTLOGIN_PASSWORD once read, keeps its data folder private', async () => {
    f.fake.setMode({ kind: 'normal' });
    let stdout = '';
    let stderr = '';
    const dataDir = join(await f.newDataDir(), 'nested');
    const env: Record<string, string | undefined> = {
      BOTLOGIN_DATA_DIR: dataDir,
      BOTLOGIN_PASSWORD: DEFAULT_TEST_PASSWORD,
      ...f.env,
    };
    const io: CliIo = {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env,
      interactive: false,
      promptHidden: async () => '',
      forgetEnv: (name) => {
        delete env[name];
      },
    };
    expect(await loginCommand.run([...base(), '--json'], io)).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, testEndpoint: true });
    expect(stderr).toContain(`test endpoint`);
    expect(stderr).toContain(f.fake.origin);
    expect(env.BOTLOGIN_PASSWORD).toBeUndefined();
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(dataDir, '..'))).mode & 0o777).toBe(0o700);
  });

  it('asks for the password (hidden) at a terminal, and takes a combined .pem', async () => {
    f.fake.setMode({ kind: 'normal' });
    const pemArgs = ['--jurisdiction', 'international', '--pem', f.cert.pemPath, '--username', 'bettor'];
    const r = await cli([...pemArgs, '--app-key', DEFAULT_APP_KEYS.live], {
      env: { BOTLOGIN_PASSWORD: undefined },
      interactive: true,
      answers: [DEFAULT_TEST_PASSWORD],
    });
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(DEFAULT_TEST_PASSWORD);
  });

  it('takes a .p12 made by openssl with BOTLOGIN_P12_PASSWORD', async () => {
    f.fake.setMode({ kind: 'normal' });
    const p12 = join(f.root, 'client.p12');
    await execFileAsync('openssl', [
      'pkcs12',
      '-export',
      '-in',
      f.cert.certPath,
      '-inkey',
      f.cert.keyPath,
      '-out',
      p12,
      '-passout',
      'pass:p12 secret',
      '-certpbe',
      'PBE-SHA1-3DES',
      '-keypbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1',
    ]);
    const args = [
      '--jurisdiction',
      'international',
      '--p12',
      p12,
      '--username',
      'bettor',
      '--app-key',
      DEFAULT_APP_KEYS.live,
    ];
    expect((await cli(args, { env: { BOTLOGIN_P12_PASSWORD: 'p12 secret' } })).code).toBe(0);
    const wrong = await cli([...args, '--json'], { env: { BOTLOGIN_P12_PASSWORD: 'wrong' } });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).not.toContain('p12 secret');
    // In words: the password of that file is wrong; nothing says to make a new certificate.
    const words = await cli(args, { env: { BOTLOGIN_P12_PASSWORD: 'wrong' } });
    expect(words.stdout + words.stderr).toContain(text.FINDING_TEXT.P12_WRONG_PASSWORD('client.p12'));
    expect(words.stdout + words.stderr).not.toMatch(/new certificate/i);
  });

  it('is wired into the bot-login dispatcher with its help', async () => {
    let out = '';
    const io: CliIo = {
      stdout: (t) => (out += t),
      stderr: () => undefined,
      env: {},
      interactive: false,
      promptHidden: async () => '',
    };
    expect(await main(['login', '--help'], io)).toBe(0);
    expect(out).toContain('--jurisdiction');
    expect(out).toContain('BOTLOGIN_PASSWORD');
    expect(exitCodeForFault('GUARD_BANNED')).toBe(4);
    expect(exitCodeForFault('P12_WRONG_PASSWORD')).toBe(2);
  });
});

describe('bot-login login: the application key', () => {
  const noKey = (): string[] => base().filter((a, i, all) => a !== '--app-key' && all[i - 1] !== '--app-key');
  const withKey = (key: string): string[] => [...noKey(), '--app-key', key];
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
    expect(out.appKeys).toEqual([
      {
        appName: 'My betting bot',
        applicationKey: DEFAULT_APP_KEYS.delayed,
        version: '1.0-DELAY',
        delayed: true,
        active: true,
      },
      {
        appName: 'My betting bot',
        applicationKey: DEFAULT_APP_KEYS.live,
        version: '1.0',
        delayed: false,
        active: true,
      },
    ]);
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
    const dk = await cli(['--jurisdiction', 'dk', ...base().slice(2), '--report']);
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
      const files = await Promise.all((await allFiles(r.dataDir)).map((p) => readFile(p, 'utf8')));
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
