/**
 * `bot-login login --password-stdin`: a script pipes the password in (nothing in the environment or on the command
 * line); BOTLOGIN_PASSWORD still works, and is removed from the environment as soon as it has been read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginCommand, loginCommand } from '../../../../electron/cli/login.js';
import { LANGUAGES } from '../../../../shared/i18n/languages.js';
import { builtCli } from '../../../support/built-cli.js';
import {
  DEFAULT_TEST_PASSWORD,
  startLoginFixture,
  steppingClock,
  type LoginFixture,
} from '../../../support/login-fixture.js';
import { cliAgainstFake, fakeLoginArgs, type FakeCliRun } from '../../../support/cli-against-fake.js';
import { runCli } from '../../../support/cli-io.js';
import { runProcess } from '../../../support/run-process.js';

let f: LoginFixture;
let cli: string;
beforeAll(async () => {
  [f, cli] = await Promise.all([
    startLoginFixture(),
    builtCli([
      'electron/cli.ts',
      'electron/cli/login.ts',
      'electron/cli/password-source.ts',
      'electron/cli/read-stdin.ts',
    ]),
  ]);
}, 180_000);
afterAll(async () => f.close());

const command = createLoginCommand({ now: steppingClock() });
const args = (): string[] => [...fakeLoginArgs(f), '--json'];

/** The login command in this process with `stdin` as its standard input (null: none), `env` over the fake's. */
function run(extra: string[], stdin: string | null, env: Record<string, string> = {}): Promise<FakeCliRun> {
  return cliAgainstFake(
    f,
    command,
    [...args(), ...extra],
    { BOTLOGIN_PASSWORD: undefined, ...env },
    stdin === null ? {} : { stdin },
  );
}

describe('--password-stdin', () => {
  it('takes the first line of standard input as the password (and forgets the variable even then)', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await run(['--password-stdin'], `${DEFAULT_TEST_PASSWORD}\r\nignored`, { BOTLOGIN_PASSWORD: 'wrong' });
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, loginStatus: 'SUCCESS' });
    expect(r.io.forgotten).toContain('BOTLOGIN_PASSWORD');
    const fromEnv = await run([], null, { BOTLOGIN_PASSWORD: DEFAULT_TEST_PASSWORD });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.io.forgotten).toContain('BOTLOGIN_PASSWORD');
  });

  it('empty or far too long standard input is wrong usage (exit 2), nothing sent', async () => {
    const before = f.fake.requests().length;
    const empty = await run(['--password-stdin'], '\n');
    expect(empty.code).toBe(2);
    expect(JSON.parse(empty.stdout)).toMatchObject({ error: { message: expect.stringMatching(/standard input/) } });
    expect((await run(['--password-stdin'], 'x'.repeat(10_000))).code).toBe(2);
    expect(f.fake.requests().length).toBe(before);
  });

  it('the built CLI reads a piped password (no variable, no terminal): exit 0', async () => {
    f.fake.setMode({ kind: 'normal' });
    const env: NodeJS.ProcessEnv = { ...process.env, ...f.env, BOTLOGIN_DATA_DIR: await f.newDataDir() };
    delete env.BOTLOGIN_PASSWORD;
    const result = await runProcess(process.execPath, [cli, 'login', ...args(), '--password-stdin'], {
      env,
      input: `${DEFAULT_TEST_PASSWORD}\n`,
    });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).not.toContain(DEFAULT_TEST_PASSWORD);
  }, 30_000);

  it('is explained in the help in every language, with the /proc/<pid>/environ caveat', async () => {
    const helps = new Set<string>();
    for (const lang of LANGUAGES) {
      const { code, stdout: out } = await runCli(loginCommand, ['--help', '--lang', lang]);
      expect(code).toBe(0);
      expect(out, lang).toContain('--password-stdin');
      expect(out, lang).toContain('/proc/<pid>/environ');
      helps.add(out.slice(out.indexOf('--password-stdin')));
    }
    expect(helps.size).toBe(LANGUAGES.length);
  });
});
