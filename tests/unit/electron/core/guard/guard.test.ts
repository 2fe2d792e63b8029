import { mkdtemp, readFile, readdir, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ATTEMPTS_PER_MINUTE,
  getGuardStatus,
  guardFilePath,
  recordBan,
  reserveLoginAttempt,
} from '../../../../../electron/core/guard/index.js';

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

  it('never shortens a ban, even from a damaged file', async () => {
    await recordBan(dataDir, at(10 * 60_000));
    await recordBan(dataDir, at(0)); // an earlier clock must not pull the end forward
    expect((await getGuardStatus(dataDir, at(0))).retryAt).toBe(at(30 * 60_000).toISOString());
    const text = await readFile(guardFilePath(dataDir), 'utf8');
    await writeFile(guardFilePath(dataDir), text.slice(0, text.indexOf('"bannedUntil"') + 45)); // cut mid-file
    const damaged = await getGuardStatus(dataDir, at(60_000));
    expect(damaged.state).toBe('banned');
    expect(damaged.retryAt).toBe(at(30 * 60_000).toISOString());
  });

  it('treats an unreadable file as empty and rewrites it cleanly', async () => {
    await reserveLoginAttempt(dataDir, at(0));
    await writeFile(guardFilePath(dataDir), '{ not json');
    expect(await getGuardStatus(dataDir, at(1_000))).toMatchObject({ state: 'ready', attemptsLastMinute: 0 });
    expect((await reserveLoginAttempt(dataDir, at(2_000))).ok).toBe(true);
    const data = JSON.parse(await readFile(guardFilePath(dataDir), 'utf8')) as { attempts: string[] };
    expect(data.attempts).toEqual([at(2_000).toISOString()]);
  });

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
    });
  });
});
