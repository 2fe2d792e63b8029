/**
 * A hostile (or spoofed) server's words never act on the user's terminal: the built CLI runs as a real process
 * against a fake Accounts API answering app names, keys and errorCodes full of escape sequences (clear screen,
 * cursor moves, OSC 8 links, window titles), C1 controls and bidi overrides. The raw bytes the CLI writes hold
 * none of them; they are shown escaped (`\u{1b}`). --json keeps the values exactly, written as JSON escapes.
 * Keys that are not letters, digits, '-' and '_' make the whole list an unexpected answer: not shown at all.
 * A malformed session token (CR/LF) is an unexpected answer (exit 3): one guard slot, no logout, nothing sent with it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS_OPERATIONS } from '../../../../shared/accounts-api.js';
import { readGuardState } from '../../../../electron/core/guard/guard-file.js';
import { builtCli, LOGIN_CLI_SOURCES } from '../../../support/built-cli.js';
import { DEFAULT_TEST_PASSWORD } from '../../../support/login-fixture.js';
import { loginFixtureForSuite } from '../../../support/login-fixture-for-suite.js';
import { fakeLoginArgs, fakeLoginEnv } from '../../../support/cli-against-fake.js';
import { runProcess } from '../../../support/run-process.js';

const CLEAR_AND_LIE = '\x1b[2J\x1b[HFAKE: enter your password again:';
const OSC8_LINK = '\x1b]8;;http://x\x1b\\click me\x1b]8;;\x1b\\';
const TITLE = '\x1b]0;pwned\x07';
const RLO = 'tob\u202egnitteb';

/** Bytes that must never reach the terminal raw: ESC, BEL, CSI (C1, as UTF-8 C2 9B), U+202E, U+2066, CR. */
function actingBytes(bytes: Buffer): string[] {
  const found: string[] = [];
  if (bytes.includes(0x1b)) found.push('ESC');
  if (bytes.includes(0x07)) found.push('BEL');
  if (bytes.includes(0x0d)) found.push('CR');
  if (bytes.includes(Buffer.from('\u009b'))) found.push('C1 CSI');
  if (bytes.includes(Buffer.from('\u202e'))) found.push('U+202E');
  if (bytes.includes(Buffer.from('\u2066'))) found.push('U+2066');
  return found;
}

const f = loginFixtureForSuite();
let cli: string;
beforeAll(async () => {
  cli = await builtCli([
    ...LOGIN_CLI_SOURCES,
    'electron/cli/define-command.ts',
    'electron/cli/terminal-output.ts',
    'electron/cli/password-source.ts',
    'shared/terminal-safe.ts',
    'shared/app-key-catalogue.ts',
    'shared/login-catalogue.ts',
    'electron/core/login/certlogin-answer.ts',
    'electron/core/guard/guard-lock.ts',
    'electron/core/guard/guard-file.ts',
  ]);
  f.fake.addAccount('hostile', DEFAULT_TEST_PASSWORD, {
    appName: `${CLEAR_AND_LIE}${TITLE}`,
    delayed: `${RLO}\u2066`,
    live: OSC8_LINK,
  });
  f.fake.addAccount('hostile-names', DEFAULT_TEST_PASSWORD, {
    appName: `${CLEAR_AND_LIE}${TITLE}`,
    delayed: 'HostileDelay0001',
    live: 'HostileLive00001',
  });
  f.fake.addAccount('hostile-new', DEFAULT_TEST_PASSWORD, null);
}, 180_000);

interface Run {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly dataDir: string;
}

/** The built CLI's `login` as `username` against the fake, no --app-key unless in `extra`; the raw bytes it wrote. */
async function run(username: string, extra: readonly string[] = [], dataDir?: string): Promise<Run> {
  const dir = dataDir ?? (await f.newDataDir());
  const args = [cli, 'login', ...fakeLoginArgs(f, { username, appKey: null }), ...extra];
  const r = await runProcess(process.execPath, args, { env: { ...process.env, ...fakeLoginEnv(f, dir) } });
  return { code: r.code, stdout: r.stdoutBytes, stderr: r.stderrBytes, dataDir: dir };
}

describe('bot-login login against a hostile server', () => {
  it('prints app names full of escape sequences escaped, never raw', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await run('hostile-names');
    const text = r.stdout.toString('utf8');
    // No key given: the login works and the keys are listed to choose from: exit 5 (docs/verdict.md).
    expect(r.code, r.stderr.toString()).toBe(5);
    expect(actingBytes(r.stdout)).toEqual([]);
    expect(actingBytes(r.stderr)).toEqual([]);
    expect(text).toContain('\\u{1b}[2J\\u{1b}[HFAKE: enter your password again:\\u{1b}]0;pwned\\u{7}');
    expect(text).toContain('HostileLive00001');
    // No line of the output starts with the server's words: they stay inside our sentences.
    expect(text.split('\n').some((line) => line.startsWith('FAKE'))).toBe(false);
  }, 60_000);

  it('--json keeps the values exactly, JSON-escaped: no raw escape or bidi byte either', async () => {
    f.fake.setMode({ kind: 'normal' });
    const r = await run('hostile-names', ['--json']);
    expect(r.code).toBe(5);
    expect(actingBytes(r.stdout)).toEqual([]);
    const out = JSON.parse(r.stdout.toString('utf8')) as {
      appKeys: Array<{ appName: string; applicationKey: string }>;
    };
    expect(out.appKeys.map((k) => k.applicationKey)).toEqual(['HostileDelay0001', 'HostileLive00001']);
    expect(out.appKeys[0]?.appName).toBe(`${CLEAR_AND_LIE}${TITLE}`);
    expect(r.stdout.toString('utf8')).toContain('\\u001b');
  }, 60_000);

  it('keys full of escape sequences and bidi overrides: the list is refused, no key shown, not even escaped', async () => {
    f.fake.setMode({ kind: 'normal' });
    for (const extra of [[], ['--json']]) {
      const r = await run('hostile', extra);
      const text = r.stdout.toString('utf8') + r.stderr.toString('utf8');
      expect(actingBytes(r.stdout)).toEqual([]);
      expect(actingBytes(r.stderr)).toEqual([]);
      expect(text).not.toMatch(/gnitteb|click me/);
    }
  }, 60_000);

  it('--create-app-keys: an unknown errorCode with a clear-screen sequence is shown escaped, also in the key check', async () => {
    f.fake.setMode({ kind: 'normal' });
    f.fake.setAccountsMode({ kind: 'error', errorCode: CLEAR_AND_LIE, operation: ACCOUNTS_OPERATIONS.createKeys });
    try {
      const r = await run('hostile-new', ['--create-app-keys', 'My bot keys']);
      const text = r.stdout.toString('utf8');
      expect(actingBytes(r.stdout)).toEqual([]);
      expect(actingBytes(r.stderr)).toEqual([]);
      expect(text).toContain('\\u{1b}[2J\\u{1b}[HFAKE: enter your password again:');
      expect(text.split('\n').some((line) => line.startsWith('FAKE'))).toBe(false);
      const json = await run('hostile-new', ['--create-app-keys', 'My bot keys', '--json']);
      expect(actingBytes(json.stdout)).toEqual([]);
      expect(JSON.parse(json.stdout.toString('utf8'))).toMatchObject({ appKeysCreation: { code: CLEAR_AND_LIE } });
    } finally {
      f.fake.setAccountsMode({ kind: 'normal' });
    }
    f.fake.setAccountsMode({ kind: 'error', errorCode: `${OSC8_LINK}${RLO}`, operation: ACCOUNTS_OPERATIONS.funds });
    try {
      const r = await run('hostile', ['--app-key', 'SomeKey']);
      expect(actingBytes(r.stdout)).toEqual([]);
      expect(actingBytes(r.stderr)).toEqual([]);
      expect(r.stdout.toString('utf8')).toContain('\\u{1b}]8;;http://x');
    } finally {
      f.fake.setAccountsMode({ kind: 'normal' });
    }
  }, 90_000);

  it('a session token with CR/LF is an unexpected answer: exit 3, one guard slot, no logout, not sent anywhere', async () => {
    f.fake.setMode({ kind: 'token', token: 'abc\r\nX-Evil: 1' });
    try {
      const before = f.fake.requests().length;
      const r = await run('bettor', ['--json']);
      expect(r.code, r.stderr.toString()).toBe(3);
      expect(JSON.parse(r.stdout.toString('utf8'))).toMatchObject({ ok: false, error: { code: 'UNEXPECTED_ANSWER' } });
      const sent = f.fake.requests().slice(before);
      expect(sent.map((q) => q.path)).toEqual(['/api/certlogin']);
      expect((await readGuardState(r.dataDir)).attempts).toHaveLength(1);
      const text = await run('bettor');
      expect(text.code).toBe(3);
      expect(actingBytes(text.stderr)).toEqual([]);
    } finally {
      f.fake.setMode({ kind: 'normal' });
    }
  }, 60_000);
});
