/**
 * `bot-login login` tells which checks are still running, one line on standard error each time that changes, only
 * at a terminal: the built CLI in a pseudo-terminal (util-linux `script`) shows the lines; with its output piped
 * (a script, a cron job, a log file) it prints none. In the language in use.
 */
import { spawn, spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/command.js';
import { createLoginCommand } from '../../../../electron/cli/login.js';
import { en } from '../../../../shared/i18n/en/index.js';
import { sv } from '../../../../shared/i18n/sv/index.js';
import { DEFAULT_APP_KEYS } from '../../../fixtures/fake-sso/server.js';
import { DEFAULT_TEST_PASSWORD, steppingClock } from '../../../support/login-fixture.js';
import { loginFixtureForSuite } from '../../../support/login-fixture-for-suite.js';
import { builtCli, LOGIN_CLI_SOURCES } from '../../../support/built-cli.js';
import { fakeLoginArgs } from '../../../support/cli-against-fake.js';

const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

const f = loginFixtureForSuite();
let cli: string;
beforeAll(async () => {
  cli = await builtCli([...LOGIN_CLI_SOURCES, 'electron/core/test-my-login/test-login.ts']);
  f.fake.allowStreaming(DEFAULT_APP_KEYS.live);
}, 180_000);

const args = (): string[] => ['login', ...fakeLoginArgs(f)];
const words = en.TEST_PROGRESS_TEXT;
const line = (...checks: Array<keyof typeof words.checks>) => words.running(checks.map((c) => words.checks[c]));

async function inProcess(progressLines: boolean | undefined): Promise<string> {
  let err = '';
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (t) => (err += t),
    env: { ...f.env, BOTLOGIN_DATA_DIR: await f.newDataDir(), BOTLOGIN_PASSWORD: DEFAULT_TEST_PASSWORD, LANG: 'C' },
    interactive: false,
    ...(progressLines !== undefined ? { progressLines } : {}),
    promptHidden: async () => '',
  };
  const code = await createLoginCommand({ now: steppingClock() }).run(args().slice(1), io);
  expect(code).toBe(0);
  return err;
}

describe('bot-login login: progress lines', () => {
  it('at a terminal: the login, then the three checks at once, then the logout, one line each', async () => {
    const err = await inProcess(true);
    const lines = err.split('\n').filter((l) => l.startsWith(words.running([]).trim()));
    expect(lines[0]).toBe(line('login'));
    expect(lines).toContain(line('appKeys', 'keepAlive', 'stream'));
    expect(lines.at(-1)).toBe(line('logout'));
  });

  it('off a terminal: no progress line at all', async () => {
    expect(await inProcess(false)).not.toContain(words.running([]).trim());
    expect(await inProcess(undefined)).not.toContain(words.running([]).trim());
  });

  it.skipIf(!HAS_SCRIPT)(
    'the built CLI: lines in a pseudo-terminal (in Swedish with LANG=sv_SE), none when piped',
    async () => {
      const env = {
        ...process.env,
        ...f.env,
        BOTLOGIN_PASSWORD: DEFAULT_TEST_PASSWORD,
        LANG: 'sv_SE.UTF-8',
        LC_ALL: 'sv_SE.UTF-8',
      };
      const quote = (v: string) => `'${v.replaceAll("'", `'\\''`)}'`;
      const command = [process.execPath, cli, ...args()].map(quote).join(' ');
      const shown = await new Promise<string>((done, reject) => {
        const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
          env: { ...env, BOTLOGIN_DATA_DIR: `${f.root}/pty-data` },
        });
        let out = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
        child.on('error', reject);
        child.on('close', () => done(out));
      });
      expect(shown).toContain(sv.TEST_PROGRESS_TEXT.running([sv.TEST_PROGRESS_TEXT.checks.login]));
      // the fake runs in this process: the piped CLI is waited for without blocking it
      const piped = await new Promise<{ code: number | null; shown: string }>((done, reject) => {
        const child = spawn(process.execPath, [cli, ...args()], {
          env: { ...env, BOTLOGIN_DATA_DIR: `${f.root}/pipe-data` },
        });
        let out = '';
        for (const s of [child.stdout, child.stderr]) s.on('data', (c: Buffer) => (out += c.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => done({ code, shown: out }));
      });
      expect(piped.code, piped.shown).toBe(0);
      expect(piped.shown).not.toContain(sv.TEST_PROGRESS_TEXT.running([]).trim());
    },
    60_000,
  );
});
