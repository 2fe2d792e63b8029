/**
 * `bot-login login`: where the password and the certificate come from (the environment, a hidden prompt, a combined
 * .pem, an openssl-made .p12), what it refuses before reading the password (a test endpoint not on this computer),
 * what it forgets and keeps private, and its place in the bot-login dispatcher.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { exitCodeForFault, loginCommand } from '../../../../electron/cli/login.js';
import { main } from '../../../../electron/cli.js';
import { text } from '../../../../shared/i18n/text.js';
import { DEFAULT_APP_KEYS } from '../../../fixtures/fake-sso/server.js';
import { DEFAULT_TEST_PASSWORD } from '../../../support/login-fixture.js';
import { loginFixtureForSuite } from '../../../support/login-fixture-for-suite.js';
import { fakeLoginArgs, fakeLoginEnv, type FakeCliRun, loginInProcess } from '../../../support/cli-against-fake.js';
import { runCli } from '../../../support/cli-io.js';
import { LEGACY_PKCS12_OPTIONS } from '../../../support/legacy-pkcs12.js';

const execFileAsync = promisify(execFile);

const f = loginFixtureForSuite();

const cli = loginInProcess(f);
const base = (): string[] => fakeLoginArgs(f);

describe('bot-login login: password, certificate and test endpoint', () => {
  it('refuses a test endpoint not on this computer before reading the password or sending anything (exit 2, also --json)', async () => {
    f.fake.setMode({ kind: 'normal' });
    const count = f.fake.requests().length;
    const foreign = { BOTLOGIN_SSO_ORIGIN: 'https://sso.attacker.example', BOTLOGIN_PASSWORD: undefined };
    const asked: string[] = [];
    const forgotten: string[] = [];
    const prompting = async (args: string[]): Promise<FakeCliRun> => {
      const r = await cli(args, { env: foreign, interactive: true, answer: DEFAULT_TEST_PASSWORD });
      asked.push(...r.io.prompts);
      forgotten.push(...r.io.forgotten);
      return r;
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
    const dataDir = join(await f.newDataDir(), 'nested');
    const { code, stdout, stderr, io } = await runCli(loginCommand, [...base(), '--json'], fakeLoginEnv(f, dataDir));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, testEndpoint: true });
    expect(stderr).toContain(`test endpoint`);
    expect(stderr).toContain(f.fake.origin);
    expect(io.env.BOTLOGIN_PASSWORD).toBeUndefined();
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
      ...LEGACY_PKCS12_OPTIONS,
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
    const { code, stdout: out } = await runCli(main, ['login', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('--jurisdiction');
    expect(out).toContain('BOTLOGIN_PASSWORD');
    expect(exitCodeForFault('GUARD_BANNED')).toBe(4);
    expect(exitCodeForFault('P12_WRONG_PASSWORD')).toBe(2);
  });
});
