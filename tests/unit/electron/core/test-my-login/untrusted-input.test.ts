/**
 * What a hostile server or a badly pasted key can do to a test login: a login status that is not Betfair's shape
 * (escape codes, markup) is an unexpected answer and is never shown or kept; an application key that cannot be
 * one is refused before a guard slot is taken and before anything is sent.
 */
import { describe, expect, it } from 'vitest';
import { loginCommand } from '../../../../../electron/cli/login.js';
import { isAppKeyFormat } from '../../../../../electron/core/login/app-key-format.js';
import { getGuardStatus } from '../../../../../electron/core/test-my-login/index.js';
import { runTestLogin } from '../../../../../electron/core/test-my-login/test-login.js';
import type { TestLoginInput } from '../../../../../electron/core/login/types.js';
import { steppingClock } from '../../../../support/login-fixture.js';
import { loginFixtureForSuite } from '../../../../support/login-fixture-for-suite.js';
import { cliAgainstFake, fakeLoginArgs } from '../../../../support/cli-against-fake.js';
import { loadPemCredential } from '../../../../support/pem-credential.js';

const f = loginFixtureForSuite();

const HOSTILE_STATUSES = [
  '\u001b[2J\u001b[31mSUCCESS',
  '<script>alert(1)</script>',
  'SUCCESS\nINVALID_USERNAME_OR_PASSWORD',
  'success',
  'A'.repeat(65),
  'ЅUCCESS', // a Cyrillic capital Dze that looks like S
];

describe('a hostile login server', () => {
  it("a login status not shaped like Betfair's is an unexpected answer and is not passed on", async () => {
    for (const status of HOSTILE_STATUSES) {
      f.fake.setMode({ kind: 'status', status });
      const r = await runTestLogin(
        f.input(),
        { dataDir: await f.newDataDir(), env: f.env, now: steppingClock() },
        loadPemCredential,
      );
      expect(r.ok, JSON.stringify(status)).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('UNEXPECTED_ANSWER');
      expect(r.error.message).toContain('the login status in the answer was not one Betfair uses');
      expect(JSON.stringify(r.error)).not.toContain(status.slice(0, 8));
    }
    f.fake.setMode({ kind: 'status', status: 'ACCOUNT_PENDING_PASSWORD_CHANGE' });
    const real = await runTestLogin(
      f.input(),
      { dataDir: await f.newDataDir(), env: f.env, now: steppingClock() },
      loadPemCredential,
    );
    expect(real.ok && real.value.loginStatus).toBe('ACCOUNT_PENDING_PASSWORD_CHANGE');
  });

  it('the CLI prints no escape code or markup from the server, with or without --json (exit 3)', async () => {
    for (const json of [false, true]) {
      f.fake.setMode({ kind: 'status', status: HOSTILE_STATUSES[0] ?? '' });
      const args = fakeLoginArgs(f, { appKey: 'k' });
      const r = await cliAgainstFake(f, loginCommand, json ? [...args, '--json'] : args);
      expect(r.code).toBe(3);
      const out = r.stdout + r.stderr;
      expect(out).not.toContain('\u001b');
      expect(out).toContain('UNEXPECTED_ANSWER');
    }
  });
});

describe('the application key', () => {
  it("is letters, digits, '-' and '_', at most 256 characters; empty means not given", () => {
    for (const good of ['', 'abcDEF1234567890', 'a-b_c', 'x'.repeat(256)])
      expect(isAppKeyFormat(good), good).toBe(true);
    for (const bad of [
      'abc\r\nX-Other: 1',
      'аbc',
      'a b',
      '\tabc',
      'x'.repeat(257),
      'abc\u0000',
      'clé',
      'a.b~!',
      'K;id',
    ])
      expect(isAppKeyFormat(bad), bad).toBe(false);
  });

  it('one that cannot be a key is refused before a guard slot is taken and before anything is sent', async () => {
    f.fake.setMode({ kind: 'normal' });
    const count = f.fake.requests().length;
    const dataDir = await f.newDataDir();
    const now = new Date();
    for (const appKey of ['abc\r\nX-Injected: 1', 'КЛЮЧ1234', 'my key', 'k'.repeat(300)]) {
      const input: TestLoginInput = f.input({ appKey });
      const r = await runTestLogin(input, { dataDir, env: f.env, now: () => now }, loadPemCredential);
      expect(!r.ok && r.error.code, appKey).toBe('APP_KEY_INVALID');
      expect(!r.ok && r.error.message).toMatch(/no spaces, line breaks, accented letters or other signs/);
    }
    expect(f.fake.requests().length).toBe(count);
    expect((await getGuardStatus(dataDir, now)).attemptsLastMinute).toBe(0);
  });
});
