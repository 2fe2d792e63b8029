/**
 * `bot-login login --password-stdin`: a script pipes the password in (nothing in the environment or on the command
 * line); BOTLOGIN_PASSWORD still works, and is removed from the environment as soon as it has been read.
 * Issue 26, repro 7: the first line is enough (the input may stay open, as `(echo pw; sleep 600) |` leaves it); no
 * line within 10 s is exit 2 with words; at a terminal (util-linux `script`) it is refused, pointing to the hidden
 * prompt, so nothing typed is shown.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLoginCommand, loginCommand } from '../../../../electron/cli/login.js';
import { LANGUAGES } from '../../../../shared/i18n/languages.js';
import { readStdinLine } from '../../../../electron/cli/read-stdin.js';
import { builtCli, LOGIN_CLI_SOURCES } from '../../../support/built-cli.js';
import { DEFAULT_TEST_PASSWORD, steppingClock } from '../../../support/login-fixture.js';
import { loginFixtureForSuite } from '../../../support/login-fixture-for-suite.js';
import { cliAgainstFake, fakeLoginArgs, type FakeCliRun } from '../../../support/cli-against-fake.js';
import { runCli, streamOf } from '../../../support/cli-io.js';
import { runProcess, type ProcessExit } from '../../../support/run-process.js';

const f = loginFixtureForSuite();
let cli: string;
beforeAll(async () => {
  cli = await builtCli([...LOGIN_CLI_SOURCES, 'electron/cli/password-source.ts', 'electron/cli/read-stdin.ts']);
}, 180_000);

const command = createLoginCommand({ now: steppingClock() });

const args = (): string[] => [...fakeLoginArgs(f), '--json'];
/** The login command in this process with `stdin` as its standard input (null: none), `env` over the fake's. */
function run(extra: string[], stdin: string | null, env: Record<string, string> = {}): Promise<FakeCliRun> {
  const io = stdin === null ? {} : { stdin };
  return cliAgainstFake(f, command, [...args(), ...extra], { BOTLOGIN_PASSWORD: undefined, ...env }, io);
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

  it('goes on after the first line while the input stays open, and reads no further (a unit of the line reader)', async () => {
    const started = performance.now();
    const read = await readStdinLine(streamOf('pw\nsecond line'), 4096, 10_000);
    expect(read.kind === 'line' && read.bytes.toString()).toBe('pw');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await readStdinLine(streamOf('no line end'), 4096, 200)).toEqual({ kind: 'no-line' });
    expect(await readStdinLine(streamOf('x'.repeat(5000)), 4096, 10_000)).toEqual({ kind: 'too-long' });
  });

  /** The built CLI with its standard input a pipe that gets `written` and is never closed. */
  async function builtWithOpenStdin(written: string): Promise<ProcessExit> {
    const env: NodeJS.ProcessEnv = { ...process.env, ...f.env, BOTLOGIN_DATA_DIR: await f.newDataDir() };
    delete env.BOTLOGIN_PASSWORD;
    return runProcess(process.execPath, [cli, 'login', ...args(), '--password-stdin'], {
      env,
      input: written,
      keepStdinOpen: true,
      timeoutMs: 30_000,
    });
  }

  it('the built CLI goes on after the first line although the input stays open ((echo pw; sleep 600) |)', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await builtWithOpenStdin(`${DEFAULT_TEST_PASSWORD}\n`);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.ms).toBeLessThan(8_000);
  }, 30_000);

  it('the built CLI with no line on standard input within 10 s: exit 2 with words, nothing sent', async () => {
    const before = f.fake.requests().length;
    const r = await builtWithOpenStdin('half a passw');
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('No line came on standard input within 10 seconds');
    expect(r.ms).toBeGreaterThan(9_500);
    expect(r.ms).toBeLessThan(20_000);
    expect(f.fake.requests().length).toBe(before);
  }, 30_000);

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)(
    'at a terminal (script): refused with words that point to the hidden prompt; exit 2',
    async () => {
      const quote = (v: string): string => `'${v.replaceAll("'", `'\\''`)}'`;
      const dataDir = await f.newDataDir();
      const command = [process.execPath, cli, 'login', ...args(), '--password-stdin'].map(quote).join(' ');
      const env: NodeJS.ProcessEnv = { ...process.env, ...f.env, BOTLOGIN_DATA_DIR: dataDir, LANG: 'C.UTF-8' };
      delete env.BOTLOGIN_PASSWORD;
      const before = f.fake.requests().length;
      const r = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
        env,
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.status).toBe(2);
      expect(r.stdout).toContain('asks for the password at a hidden prompt');
      expect(f.fake.requests().length).toBe(before);
    },
    40_000,
  );
});
