/**
 * The login guard across real processes sharing one data folder: 8 CLI logins started at once against the fake
 * identitysso send at most 5 (counted at the server), and a ban recorded by one process is never lost to another
 * process's attempt racing it (150 races).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { ATTEMPTS_PER_MINUTE, getGuardStatus } from '../../../../../electron/core/guard/index.js';
import { GUARD_LOCK_NAME } from '../../../../../electron/core/guard/guard-lock.js';
import { builtCli, LOGIN_CLI_SOURCES, ROOT } from '../../../../support/built-cli.js';
import { loginFixtureForSuite } from '../../../../support/login-fixture-for-suite.js';
import { fakeLoginArgs, fakeLoginEnv } from '../../../../support/cli-against-fake.js';
import { runProcess } from '../../../../support/run-process.js';

const f = loginFixtureForSuite();

/** A long-lived child that runs guard calls on request (guard-race-child.ts, or lock-race-child.ts). */
function raceChild(script = 'guard-race-child.ts'): { send(line: string): Promise<string>; close(): void } {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, script)],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  const waiting: Array<(line: string) => void> = [];
  createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.(line));
  return {
    send(line) {
      return new Promise((done) => {
        waiting.push(done);
        child.stdin.write(`${line}\n`);
      });
    },
    close() {
      child.stdin.end();
    },
  };
}

/** `node dist/cli/cli.cjs login ... --json` against the fake, with a fresh data folder shared by every run. */
async function cliLogin(): Promise<{ dataDir: string; env: NodeJS.ProcessEnv; args: string[] }> {
  const cli = await builtCli([
    ...LOGIN_CLI_SOURCES,
    'electron/core/guard/index.ts',
    'electron/core/guard/guard-lock.ts',
  ]);
  const dataDir = await f.newDataDir();
  return {
    dataDir,
    env: { ...process.env, ...fakeLoginEnv(f, dataDir) },
    args: [cli, 'login', ...fakeLoginArgs(f), '--json'],
  };
}

describe('login guard across processes', () => {
  it('8 CLI logins started at once with one data folder send at most 5 to the server; the rest are held (exit 4)', async () => {
    const { env, args } = await cliLogin();
    const before = f.fake.requests().filter((r) => r.path === '/api/certlogin').length;
    const exits = await Promise.all(Array.from({ length: 8 }, () => runProcess(process.execPath, args, { env })));
    const sent = f.fake.requests().filter((r) => r.path === '/api/certlogin').length - before;
    expect(sent).toBe(ATTEMPTS_PER_MINUTE);
    const codes = exits.map((e) => e.code).sort();
    expect(codes, exits.map((e) => e.stderr).join('\n')).toEqual([0, 0, 0, 0, 0, 4, 4, 4]);
    for (const held of exits.filter((e) => e.code === 4)) {
      expect(JSON.parse(held.stdout)).toMatchObject({ ok: false, error: { code: 'GUARD_RATE_LIMITED' } });
    }
  }, 120_000);

  it('when Betfair answers a ban to racing CLI logins, the ban is kept and the next login is held (exit 4, nothing sent)', async () => {
    const { dataDir, env, args } = await cliLogin();
    f.fake.setMode({ kind: 'status', status: 'TEMPORARY_BAN_TOO_MANY_REQUESTS' });
    try {
      const exits = await Promise.all(Array.from({ length: 4 }, () => runProcess(process.execPath, args, { env })));
      for (const e of exits) expect([1, 4], e.stderr).toContain(e.code);
      expect((await getGuardStatus(dataDir)).state).toBe('banned');
      f.fake.setMode({ kind: 'normal' });
      const before = f.fake.requests().length;
      const next = await runProcess(process.execPath, args, { env });
      expect(next.code).toBe(4);
      expect(JSON.parse(next.stdout)).toMatchObject({ error: { code: 'GUARD_BANNED' } });
      expect(f.fake.requests().length).toBe(before);
    } finally {
      f.fake.setMode({ kind: 'normal' });
    }
  }, 120_000);

  it('a ban recorded by one process is kept when another process takes a login slot at the same moment (150 races)', async () => {
    const banner = raceChild();
    const tester = raceChild();
    try {
      await Promise.all([
        banner.send(`reserve ${await f.newDataDir()}`),
        tester.send(`reserve ${await f.newDataDir()}`),
      ]); // both loaded
      let lost = 0;
      for (let i = 0; i < 150; i += 1) {
        const dir = await f.newDataDir();
        await Promise.all([banner.send(`ban ${dir}`), tester.send(`reserve ${dir}`)]);
        if ((await getGuardStatus(dir)).state !== 'banned') lost += 1;
      }
      expect(lost).toBe(0);
    } finally {
      banner.close();
      tester.close();
    }
  }, 120_000);

  it('a stale lock left by a dead process is taken over by exactly one of 8 racing processes (200 trials, 20 ms hold)', async () => {
    const TRIALS = 200;
    // Two groups of 8 processes race on two data folders at a time (100 trials each), to keep the run short.
    const GROUPS = 2;
    const groups = Array.from({ length: GROUPS }, () =>
      Array.from({ length: 8 }, () => raceChild('lock-race-child.ts')),
    );
    try {
      // A pid that is surely gone: a process that has exited.
      const dead = spawn(process.execPath, ['-e', '0']);
      const deadPid = dead.pid ?? 0x7ffffff0;
      await new Promise((done) => dead.on('close', done));
      await Promise.all(groups.flat().map(async (c) => c.send(`hold ${await f.newDataDir()} 0`))); // all loaded
      const started = performance.now();
      let overlapping = 0;
      let notLocked = 0;
      await Promise.all(
        groups.map(async (children) => {
          for (let i = 0; i < TRIALS / GROUPS; i += 1) {
            const dir = await f.newDataDir();
            await mkdir(dir, { recursive: true });
            await writeFile(join(dir, GUARD_LOCK_NAME), JSON.stringify({ pid: deadPid, at: Date.now(), id: 'dead' }));
            const answers = await Promise.all(children.map((c) => c.send(`hold ${dir} 20`)));
            for (const answer of answers) {
              const [most, locked] = answer.split(' ');
              if (locked !== 'true') notLocked += 1;
              else if (Number(most) > 1) overlapping += 1;
            }
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      console.info(
        `stale-lock race: ${TRIALS} trials x 8 processes, ${overlapping} overlapping holds, ${notLocked} not locked, ${seconds.toFixed(1)} s`,
      );
      expect({ overlapping, notLocked }).toEqual({ overlapping: 0, notLocked: 0 });
    } finally {
      for (const c of groups.flat()) c.close();
    }
  }, 300_000); // 16 tsx children take a while to start on a busy machine; the race itself is timed above
});
