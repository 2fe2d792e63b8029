/** Should the application-key check ever throw, the login still reports, and the test session is still logged out. */
import { describe, expect, it, vi } from 'vitest';
import { runTestLogin } from '../../../../../electron/core/test-my-login/test-login.js';
import { steppingClock } from '../../../../support/login-fixture.js';
import { loginFixtureForSuite } from '../../../../support/login-fixture-for-suite.js';
import { loadPemCredential } from '../../../../support/pem-credential.js';

vi.mock('../../../../../electron/core/accounts/index.js', () => ({
  checkAppKeys: () => Promise.reject(new Error('a bug in the key check')),
}));

const f = loginFixtureForSuite();

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
