/** Should the application-key check ever throw, the login still reports, and the test session is still logged out. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runTestLogin } from '../../../../../electron/core/test-my-login/test-login.js';
import { startLoginFixture, steppingClock, type LoginFixture } from './login-fixture.js';
import { loadPemCredential } from './pem-credential.js';

vi.mock('../../../../../electron/core/accounts/index.js', () => ({
  checkAppKeys: () => Promise.reject(new Error('a bug in the key check')),
}));

let f: LoginFixture;
beforeAll(async () => {
  f = await startLoginFixture();
});
afterAll(async () => {
  await f.close();
});

describe('a key check that throws', () => {
  it('counts the key as not checked, keeps the login result, and logs the session out', async () => {
    const r = await runTestLogin(
      f.input(),
      { dataDir: await f.newDataDir(), env: f.env, now: steppingClock() },
      loadPemCredential,
    );
    expect(r).toMatchObject({
      ok: true,
      value: {
        success: true,
        loggedOut: true,
        appKeys: null,
        appKeyCheck: { status: 'not-checked', code: 'LOGIN_FAILED_UNEXPECTEDLY' },
      },
    });
    expect(JSON.stringify(r)).not.toMatch(/a bug in the key check|Error: /);
    expect(f.fake.openSessions()).toBe(0);
  });
});
