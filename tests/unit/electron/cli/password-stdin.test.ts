/**
 * `bot-login login --password-stdin`: a script pipes the password in (nothing in the environment or on the command
 * line); BOTLOGIN_PASSWORD still works, and is removed from the environment as soon as it has been read.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../electron/cli/command.js';
import { createLoginCommand, loginCommand } from '../../../../electron/cli/login.js';
import { LANGUAGES } from '../../../../shared/i18n/languages.js';
import { builtCli } from './built-cli.js';
import {
  DEFAULT_TEST_PASSWORD,
  startLoginFixture,
  steppingClock,
  type LoginFixture,
} from '../core/login/login-fixture.js';
import { DEFAULT_APP_KEYS } from '../../../fixtures/fake-sso/server.js';

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
const args = (): string[] => [
  '--jurisdiction',
  'international',
  '--cert',
  f.cert.certPath,
  '--key',
  f.cert.keyPath,
  '--username',
  'bettor',
  '--app-key',
  DEFAULT_APP_KEYS.live,
  '--json',
];

async function run(
  extra: string[],
  stdin: string | null,
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string; forgotten: string[] }> {
  let out = '';
  let err = '';
  const forgotten: string[] = [];
  const io: CliIo = {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    env: { BOTLOGIN_DATA_DIR: await f.newDataDir(), ...f.env, ...env },
    interactive: false,
    promptHidden: async () => '',
    forgetEnv: (name) => forgotten.push(name),
    ...(stdin === null ? {} : { readStdin: async (max: number) => (stdin.length > max ? null : Buffer.from(stdin)) }),
  };
  return { code: await command.run([...args(), ...extra], io), out, err, forgotten };
}

describe('--password-stdin', () => {
  it('takes the first line of standard input as the password (and forgets the variable even then)', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await run(['--password-stdin'], `${DEFAULT_TEST_PASSWORD}\r\nignored`, { BOTLOGIN_PASSWORD: 'wrong' });
    expect(r.code, r.out).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, loginStatus: 'SUCCESS' });
    expect(r.forgotten).toContain('BOTLOGIN_PASSWORD');
    const fromEnv = await run([], null, { BOTLOGIN_PASSWORD: DEFAULT_TEST_PASSWORD });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.forgotten).toContain('BOTLOGIN_PASSWORD');
  });

  it('empty or far too long standard input is wrong usage (exit 2), nothing sent', async () => {
    const before = f.fake.requests().length;
    const empty = await run(['--password-stdin'], '\n');
    expect(empty.code).toBe(2);
    expect(JSON.parse(empty.out)).toMatchObject({ error: { message: expect.stringMatching(/standard input/) } });
    expect((await run(['--password-stdin'], 'x'.repeat(10_000))).code).toBe(2);
    expect(f.fake.requests().length).toBe(before);
  });

  it('the built CLI reads a piped password (no variable, no terminal): exit 0', async () => {
    f.fake.setMode({ kind: 'normal' });
    const env: NodeJS.ProcessEnv = { ...process.env, ...f.env, BOTLOGIN_DATA_DIR: await f.newDataDir() };
    delete env.BOTLOGIN_PASSWORD;
    const result = await new Promise<{ code: number | null; out: string }>((done) => {
      const child = spawn(process.execPath, [cli, 'login', ...args(), '--password-stdin'], { env });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (code) => done({ code, out }));
      child.stdin.end(`${DEFAULT_TEST_PASSWORD}\n`);
    });
    expect(result.code, result.out).toBe(0);
    expect(result.out).not.toContain(DEFAULT_TEST_PASSWORD);
  }, 30_000);

  it('is explained in the help in every language, with the /proc/<pid>/environ caveat', async () => {
    const helps = new Set<string>();
    for (const lang of LANGUAGES) {
      let out = '';
      const io: CliIo = {
        stdout: (t) => (out += t),
        stderr: () => undefined,
        env: {},
        interactive: false,
        promptHidden: async () => '',
      };
      expect(await loginCommand.run(['--help', '--lang', lang], io)).toBe(0);
      expect(out, lang).toContain('--password-stdin');
      expect(out, lang).toContain('/proc/<pid>/environ');
      helps.add(out.slice(out.indexOf('--password-stdin')));
    }
    expect(helps.size).toBe(LANGUAGES.length);
  });
});
