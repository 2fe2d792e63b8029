/**
 * The guard's lock and state files when something else sits at their paths: a FIFO (a read would block forever),
 * a folder (the lock could never be created), a symlink to /dev/zero (a read would never end). Each is answered in
 * well under 5 s with bounded memory, moved aside, and never written through; a login is never let through on a
 * state file that could not be read (it holds logins for a minute, as a damaged file does).
 */
import { execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGuardStatus, reserveLoginAttempt } from '../../../../../electron/core/guard/index.js';
import { GUARD_LOCK_NAME } from '../../../../../electron/core/guard/guard-lock.js';
import { GUARD_FILE_NAME } from '../../../../../electron/core/guard/guard-file.js';
import { builtCli } from '../../../../support/built-cli.js';
import { startLoginFixture, type LoginFixture } from '../../../../support/login-fixture.js';
import { fakeLoginArgs, fakeLoginEnv } from '../../../../support/cli-against-fake.js';
import { runProcess, type ProcessExit } from '../../../../support/run-process.js';

const QUICK_MS = 5_000;
let root: string;
let n = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'guard-wrong-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function dataDirWith(name: string, kind: 'fifo' | 'folder' | 'zero'): Promise<string> {
  n += 1;
  const dir = join(root, `data-${n}`);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, name);
  if (kind === 'fifo') execFileSync('mkfifo', [path]);
  if (kind === 'folder') await mkdir(path);
  if (kind === 'zero') await symlink('/dev/zero', path);
  return dir;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

describe('guard files of the wrong kind', () => {
  it.each(['fifo', 'folder', 'zero'] as const)(
    'a lock that is a %s is moved aside and the login slot is had at once',
    async (kind) => {
      const dir = await dataDirWith(GUARD_LOCK_NAME, kind);
      const rss = process.memoryUsage().rss;
      const { value, ms } = await timed(() => reserveLoginAttempt(dir, new Date()));
      expect(ms).toBeLessThan(QUICK_MS);
      expect(value.ok, JSON.stringify(value)).toBe(true);
      expect(process.memoryUsage().rss - rss).toBeLessThan(64 * 1024 * 1024);
      const names = await readdir(dir);
      expect(names.some((name) => name.startsWith(`${GUARD_LOCK_NAME}.wrong-kind-`))).toBe(true);
      expect(names).not.toContain(GUARD_LOCK_NAME); // released again
      // and again: no GUARD_BUSY forever
      expect((await reserveLoginAttempt(dir, new Date())).ok).toBe(true);
    },
    15_000,
  );

  it.each(['fifo', 'folder', 'zero'] as const)(
    'a guard state that is a %s: the status answers at once and logins are held for a minute, nothing followed',
    async (kind) => {
      const dir = await dataDirWith(GUARD_FILE_NAME, kind);
      const rss = process.memoryUsage().rss;
      const status = await timed(() => getGuardStatus(dir));
      expect(status.ms).toBeLessThan(QUICK_MS);
      expect(status.value.state).toBe('rate-limited');
      const reserve = await timed(() => reserveLoginAttempt(dir, new Date()));
      expect(reserve.ms).toBeLessThan(QUICK_MS);
      expect(reserve.value.ok).toBe(false);
      expect(process.memoryUsage().rss - rss).toBeLessThan(64 * 1024 * 1024);
      // The state file is a plain file again (the odd one moved aside, never written through).
      expect((await lstat(join(dir, GUARD_FILE_NAME))).isFile()).toBe(true);
      expect((await readdir(dir)).some((name) => name.startsWith(`${GUARD_FILE_NAME}.wrong-kind-`))).toBe(true);
    },
    15_000,
  );
});

describe('the CLI with a FIFO for a guard file', () => {
  let f: LoginFixture;
  let cli: string;
  beforeAll(async () => {
    [f, cli] = await Promise.all([
      startLoginFixture(),
      builtCli(['electron/cli.ts', 'electron/core/guard/guard-lock.ts', 'electron/core/guard/guard-file.ts']),
    ]);
  }, 180_000);
  afterAll(async () => f.close());

  /** The built CLI's `login --json` against the fake with `dataDir`; killed after 20 s. */
  function login(dataDir: string): Promise<ProcessExit> {
    const env = { ...process.env, ...fakeLoginEnv(f, dataDir) };
    return runProcess(process.execPath, [cli, 'login', ...fakeLoginArgs(f), '--json'], { env, timeoutMs: 20_000 });
  }

  it('login-guard.lock as a FIFO: the login runs (exit 0) in under 5 s', async () => {
    const r = await login(await dataDirWith(GUARD_LOCK_NAME, 'fifo'));
    expect(r.code, r.stdout).toBe(0);
    expect(r.ms).toBeLessThan(QUICK_MS);
  }, 30_000);

  it('login-guard.json as a FIFO: held back (exit 4) in under 5 s, nothing sent', async () => {
    const before = f.fake.requests().length;
    const r = await login(await dataDirWith(GUARD_FILE_NAME, 'fifo'));
    expect(r.code, r.stdout).toBe(4);
    expect(r.ms).toBeLessThan(QUICK_MS);
    expect(f.fake.requests().length).toBe(before);
  }, 30_000);
});
