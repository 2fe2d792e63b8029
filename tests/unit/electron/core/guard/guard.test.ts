import { mkdir, mkdtemp, readFile, readdir, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ATTEMPTS_PER_MINUTE,
  getGuardStatus,
  guardFilePath,
  PASSWORD_CHECK_WAIT_MS,
  recordBan,
  recordLoginAnswer,
  reserveLoginAttempt,
} from '../../../../../electron/core/guard/index.js';
import { GUARD_LOCK_NAME } from '../../../../../electron/core/guard/guard-lock.js';

const T0 = Date.parse('2026-03-01T12:00:00Z');
const at = (ms: number): Date => new Date(T0 + ms);

let dataDir: string;
beforeEach(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'guard-test-')), 'data');
});
afterEach(async () => {
  await rm(join(dataDir, '..'), { recursive: true, force: true });
});

describe('login guard', () => {
  it('allows 5 test logins in a rolling minute and holds the 6th, telling when to retry', async () => {
    for (let i = 0; i < ATTEMPTS_PER_MINUTE; i += 1) {
      const r = await reserveLoginAttempt(dataDir, at(i * 5_000));
      expect(r.ok).toBe(true);
    }
    const sixth = await reserveLoginAttempt(dataDir, at(30_000));
    expect(sixth.ok).toBe(false);
    if (sixth.ok) return;
    expect(sixth.error.code).toBe('GUARD_RATE_LIMITED');
    expect(sixth.error.retryAt).toBe(at(60_000).toISOString());
    expect(sixth.error.whatToDo).toMatch(/Wait 30 seconds/);
    expect(sixth.error.message).toMatch(/at most 5 test logins a minute/);
    const status = await getGuardStatus(dataDir, at(30_000));
    expect(status).toMatchObject({ state: 'rate-limited', attemptsLastMinute: 5, limitPerMinute: 5 });
    // The refused attempt did not count: a minute after the first one, one slot is free again.
    expect((await reserveLoginAttempt(dataDir, at(60_001))).ok).toBe(true);
    expect((await reserveLoginAttempt(dataDir, at(60_002))).ok).toBe(false);
  });

  it('refuses every login for 20 minutes after a ban answer, with the minutes left, across restarts', async () => {
    expect((await reserveLoginAttempt(dataDir, at(0))).ok).toBe(true);
    await recordBan(dataDir, at(1_000));
    const during = await reserveLoginAttempt(dataDir, at(6 * 60_000));
    expect(during.ok).toBe(false);
    if (during.ok) return;
    expect(during.error.code).toBe('GUARD_BANNED');
    expect(during.error.retryAt).toBe(at(1_000 + 20 * 60_000).toISOString());
    expect(during.error.whatToDo).toMatch(/about 15 more minutes/);
    // "restart": only the file carries the state
    const file = JSON.parse(await readFile(guardFilePath(dataDir), 'utf8')) as { bannedUntil: string };
    expect(file.bannedUntil).toBe(at(1_000 + 20 * 60_000).toISOString());
    expect((await getGuardStatus(dataDir, at(20 * 60_000))).state).toBe('banned');
    expect((await reserveLoginAttempt(dataDir, at(20 * 60_000 + 1_001))).ok).toBe(true);
  });

  it('never shortens a ban, even from a damaged file, and never makes it longer than 20 minutes ahead', async () => {
    await recordBan(dataDir, at(10 * 60_000));
    await recordBan(dataDir, at(0)); // a clock set back 10 minutes: the ban stays, at most 20 minutes ahead
    expect((await getGuardStatus(dataDir, at(0))).retryAt).toBe(at(20 * 60_000).toISOString());
    expect((await getGuardStatus(dataDir, at(10 * 60_000))).retryAt).toBe(at(20 * 60_000).toISOString());
    const text = await readFile(guardFilePath(dataDir), 'utf8');
    await writeFile(guardFilePath(dataDir), text.slice(0, text.indexOf('"bannedUntil"') + 45)); // cut mid-file
    const damaged = await getGuardStatus(dataDir, at(11 * 60_000));
    expect(damaged.state).toBe('banned');
    expect(damaged.retryAt).toBe(at(20 * 60_000).toISOString());
  });

  it('keeps a recorded ban to 20 minutes from when it was recorded, whatever the file says', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(
      guardFilePath(dataDir),
      JSON.stringify({ version: 1, attempts: [], bannedUntil: '2099-01-01T00:00:00.000Z' }),
    );
    const refused = await reserveLoginAttempt(dataDir, at(0));
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'GUARD_BANNED',
      retryAt: at(20 * 60_000).toISOString(),
    });
    // The shortened end was written back: it does not slide forward with the clock.
    expect((await getGuardStatus(dataDir, at(19 * 60_000))).retryAt).toBe(at(20 * 60_000).toISOString());
    expect((await reserveLoginAttempt(dataDir, at(20 * 60_000 + 1))).ok).toBe(true);
  });

  it('does not forget recent attempts when the clock is set back', async () => {
    for (let i = 0; i < ATTEMPTS_PER_MINUTE; i += 1)
      expect((await reserveLoginAttempt(dataDir, at(60 * 60_000 + i))).ok).toBe(true);
    const back = await reserveLoginAttempt(dataDir, at(0)); // the clock went back an hour
    expect(!back.ok && back.error.code).toBe('GUARD_RATE_LIMITED');
    expect((await getGuardStatus(dataDir, at(30_000))).state).toBe('rate-limited');
    expect((await reserveLoginAttempt(dataDir, at(60_000))).ok).toBe(true);
  });

  it('holds logins for a minute when the file is damaged, keeping the attempts it can still read', async () => {
    await reserveLoginAttempt(dataDir, at(0));
    await writeFile(guardFilePath(dataDir), '{ not json');
    expect(await getGuardStatus(dataDir, at(1_000))).toMatchObject({ state: 'rate-limited', attemptsLastMinute: 5 });
    const held = await reserveLoginAttempt(dataDir, at(2_000));
    expect(!held.ok && held.error).toMatchObject({ code: 'GUARD_RATE_LIMITED', retryAt: at(62_000).toISOString() });
    // The hold was written down cleanly, so it lasts a minute from when the damage was found, not for ever.
    const data = JSON.parse(await readFile(guardFilePath(dataDir), 'utf8')) as { attempts: string[] };
    expect(data.attempts).toHaveLength(5);
    expect((await reserveLoginAttempt(dataDir, at(62_000))).ok).toBe(true);

    // Half a file: the two attempts still readable are kept (they count for their own minute).
    const half = `{"version":1,"attempts":["${at(100_000).toISOString()}","${at(110_000).toISOString()}","2026-03-01T12:0`;
    await writeFile(guardFilePath(dataDir), half);
    expect((await reserveLoginAttempt(dataDir, at(120_000))).ok).toBe(false);
    const kept = JSON.parse(await readFile(guardFilePath(dataDir), 'utf8')) as { attempts: string[] };
    expect(kept.attempts.slice(0, 2)).toEqual([at(100_000).toISOString(), at(110_000).toISOString()]);
    // Entries that are not times, a folder in the file's place: held as well.
    await writeFile(guardFilePath(dataDir), JSON.stringify({ version: 1, attempts: ['soon'], bannedUntil: null }));
    expect((await getGuardStatus(dataDir, at(500_000))).state).toBe('rate-limited');
    await rm(guardFilePath(dataDir));
    await mkdir(guardFilePath(dataDir));
    expect((await getGuardStatus(dataDir, at(500_000))).state).toBe('rate-limited');
    expect((await reserveLoginAttempt(dataDir, at(500_000))).ok).toBe(false);
  });

  it('takes over a lock left by a process that is gone, and waits for a live one', async () => {
    await mkdir(dataDir, { recursive: true });
    const lock = join(dataDir, GUARD_LOCK_NAME);
    await writeFile(lock, JSON.stringify({ pid: 2 ** 22 + 12_345, at: Date.now(), id: 1 }));
    expect((await reserveLoginAttempt(dataDir, at(0))).ok).toBe(true);
    expect(await readdir(dataDir)).toEqual(['login-guard.json']);

    await writeFile(lock, JSON.stringify({ pid: process.pid, at: Date.now(), id: 2 })); // held by someone alive
    const started = Date.now();
    const busy = await reserveLoginAttempt(dataDir, at(1_000));
    expect(!busy.ok && busy.error.code).toBe('GUARD_BUSY');
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_900);
    expect(Date.now() - started).toBeLessThan(8_000);
    await writeFile(lock, JSON.stringify({ pid: process.pid, at: Date.now() - 11_000, id: 3 })); // hung for 11 s
    expect((await reserveLoginAttempt(dataDir, at(2_000))).ok).toBe(true);
  }, 20_000);

  it('writes atomically, private to the user, and holds back concurrent callers', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => reserveLoginAttempt(dataDir, at(0))));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(await readdir(dataDir)).toEqual(['login-guard.json']);
    expect((await stat(guardFilePath(dataDir))).mode & 0o777).toBe(0o600);
  });

  it('says ready with no file at all', async () => {
    expect(await getGuardStatus(dataDir, at(0))).toEqual({
      state: 'ready',
      retryAt: null,
      attemptsLastMinute: 0,
      limitPerMinute: 5,
      wrongPasswordsInARow: 0,
    });
  });

  it('after two wrong passwords in a row holds the next test: a short wait, then only a checked one; a success clears it', async () => {
    expect((await reserveLoginAttempt(dataDir, at(0))).ok).toBe(true);
    await recordLoginAnswer(dataDir, 'INVALID_USERNAME_OR_PASSWORD', at(1_000));
    // One wrong password: the next test goes as usual.
    expect((await reserveLoginAttempt(dataDir, at(2_000))).ok).toBe(true);
    await recordLoginAnswer(dataDir, 'INVALID_USERNAME_OR_PASSWORD', at(3_000));

    // The third is not sent by one click, nor by "I have checked it" during the wait.
    for (const checked of [false, true]) {
      const held = await reserveLoginAttempt(dataDir, at(4_000), checked);
      expect(held.ok).toBe(false);
      if (held.ok) return;
      expect(held.error.code).toBe('GUARD_PASSWORD_CHECK');
      expect(held.error.retryAt).toBe(at(3_000 + PASSWORD_CHECK_WAIT_MS).toISOString());
      expect(held.error.whatToDo).toMatch(/wait 29 seconds/);
    }
    expect(await getGuardStatus(dataDir, at(4_000))).toMatchObject({
      state: 'password-check',
      wrongPasswordsInARow: 2,
    });
    // After the wait: still not without the user's word; with it, one test goes.
    const after = 3_000 + PASSWORD_CHECK_WAIT_MS + 1;
    expect((await reserveLoginAttempt(dataDir, at(after))).ok).toBe(false);
    expect((await reserveLoginAttempt(dataDir, at(after), true)).ok).toBe(true);
    // A third wrong password starts a new wait.
    await recordLoginAnswer(dataDir, 'INVALID_USERNAME_OR_PASSWORD', at(after + 500));
    expect((await reserveLoginAttempt(dataDir, at(after + 1_000), true)).ok).toBe(false);
    // The state is the file's ("another process"), and a success clears it.
    const file = JSON.parse(await readFile(guardFilePath(dataDir), 'utf8')) as { wrongPasswordsInARow: number };
    expect(file.wrongPasswordsInARow).toBe(3);
    await recordLoginAnswer(dataDir, 'SUCCESS', at(after + 2_000));
    expect(await getGuardStatus(dataDir, at(after + 3_000))).toMatchObject({ state: 'ready', wrongPasswordsInARow: 0 });
  });

  it('any other answer between two wrong passwords ends the row', async () => {
    await recordLoginAnswer(dataDir, 'INVALID_USERNAME_OR_PASSWORD', at(0));
    await recordLoginAnswer(dataDir, 'ACCOUNT_PENDING_PASSWORD_CHANGE', at(1_000));
    await recordLoginAnswer(dataDir, 'INVALID_USERNAME_OR_PASSWORD', at(2_000));
    expect((await reserveLoginAttempt(dataDir, at(3_000))).ok).toBe(true);
  });
});
