/**
 * The fake Accounts API checked with curl (the reference's own tool, verifying the fake's CA, never -k): the same
 * JSON-RPC calls the engine makes get the shapes Betfair's Accounts API pages document, and the engine reads the
 * same keys from them that curl sees.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readAccountsAnswer } from '../../../../../electron/core/accounts/accounts-answer.js';
import { readDeveloperApps } from '../../../../../electron/core/accounts/developer-apps.js';
import { runTestLogin } from '../../../../../electron/core/test-my-login/test-login.js';
import { DEFAULT_APP_KEYS } from '../../../../fixtures/fake-sso/server.js';
import { DEFAULT_TEST_PASSWORD, steppingClock } from '../../../../support/login-fixture.js';
import { loginFixtureForSuite } from '../../../../support/login-fixture-for-suite.js';
import { curlAccountsArgs, curlCertloginArgs } from '../../../../support/curl.js';
import { loadPemCredential } from '../../../../support/pem-credential.js';

const execFileAsync = promisify(execFile);

const f = loginFixtureForSuite();

/** certlogin with curl and the client certificate, as in Betfair's reference; returns the session token. */
async function curlLogin(username = 'bettor'): Promise<string> {
  const { stdout } = await execFileAsync(
    'curl',
    curlCertloginArgs(f.fake, f.cert, { username, password: DEFAULT_TEST_PASSWORD }),
  );
  return (JSON.parse(stdout) as { sessionToken: string }).sessionToken;
}

/** One Accounts API call with curl: plain HTTPS (no client certificate), JSON-RPC body; returns status and body. */
async function curlRpc(
  method: string,
  params: object,
  headers: readonly string[],
): Promise<{ status: number; body: string }> {
  const { stdout } = await execFileAsync('curl', [
    ...curlAccountsArgs(f.fake, method, headers, params),
    '-w',
    '\n%{http_code}',
  ]);
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

const sortedKeys = (o: object): string[] => Object.keys(o).sort();

describe('the fake Accounts API, checked with curl', () => {
  it('getDeveloperAppKeys (X-Authentication only) lists DeveloperApp values with every documented field', async () => {
    const token = await curlLogin();
    const { status, body } = await curlRpc('getDeveloperAppKeys', {}, [`X-Authentication: ${token}`]);
    expect(status).toBe(200);
    const answer = JSON.parse(body) as {
      jsonrpc: string;
      id: number;
      result: Array<Record<string, unknown> & { appVersions: object[] }>;
    };
    expect(sortedKeys(answer)).toEqual(['id', 'jsonrpc', 'result']);
    expect(answer).toMatchObject({ jsonrpc: '2.0', id: 1 });
    const [app] = answer.result;
    expect(sortedKeys(app ?? {})).toEqual(['appId', 'appName', 'appVersions']);
    for (const v of app?.appVersions ?? []) {
      expect(sortedKeys(v)).toEqual([
        'active',
        'applicationKey',
        'delayData',
        'owner',
        'ownerManaged',
        'subscriptionRequired',
        'version',
        'versionId',
      ]);
    }
    expect(app?.appVersions).toMatchObject([
      { version: '1.0-DELAY', delayData: true, applicationKey: DEFAULT_APP_KEYS.delayed, active: true },
      { version: '1.0', delayData: false, applicationKey: DEFAULT_APP_KEYS.live, active: true },
    ]);

    // the engine reads from the same answer exactly the keys a test login reports
    const read = readAccountsAnswer({ kind: 'answer', status, body, tooLarge: false }, '127.0.0.1');
    expect(read.kind).toBe('result');
    const viaCurl = read.kind === 'result' ? readDeveloperApps(read.result) : null;
    const viaEngine = await runTestLogin(
      f.input({ appKey: '' }),
      { dataDir: await f.newDataDir(), env: f.env, now: steppingClock() },
      loadPemCredential,
    );
    expect(viaEngine.ok && viaEngine.value.appKeys).toEqual(viaCurl);
  });

  it('getAccountFunds needs a real key: AccountFundsResponse for one, the documented AANGX-0004 error (HTTP 200) for another', async () => {
    const token = await curlLogin();
    const good = await curlRpc('getAccountFunds', {}, [
      `X-Authentication: ${token}`,
      `X-Application: ${DEFAULT_APP_KEYS.delayed}`,
    ]);
    expect(good.status).toBe(200);
    const funds = (JSON.parse(good.body) as { result: object }).result;
    expect(sortedKeys(funds)).toEqual([
      'availableToBetBalance',
      'discountRate',
      'exposure',
      'exposureLimit',
      'pointsBalance',
      'retainedCommission',
      'wallet',
    ]);

    const bad = await curlRpc('getAccountFunds', {}, [`X-Authentication: ${token}`, 'X-Application: NotAKey']);
    expect(bad.status).toBe(200);
    const error = JSON.parse(bad.body) as Record<string, unknown>;
    expect(error).toEqual({
      jsonrpc: '2.0',
      error: {
        code: -32099,
        message: 'AANGX-0004',
        data: {
          exceptionname: 'AccountAPINGException',
          AccountAPINGException: { requestUUID: expect.any(String), errorCode: 'INVALID_APP_KEY', errorDetails: '' },
        },
      },
      id: 1,
    });
    expect(readAccountsAnswer({ kind: 'answer', status: 200, body: bad.body, tooLarge: false }, 'x')).toEqual({
      kind: 'error',
      errorCode: 'INVALID_APP_KEY',
    });

    const none = await curlRpc('getAccountFunds', {}, [`X-Authentication: ${token}`]);
    expect(JSON.parse(none.body)).toMatchObject({
      error: { message: 'AANGX-0011', data: { AccountAPINGException: { errorCode: 'NO_APP_KEY' } } },
    });
  });

  it('refuses a session it does not know (INVALID_SESSION_INFORMATION) and a missing one (NO_SESSION)', async () => {
    const stale = await curlRpc('getDeveloperAppKeys', {}, ['X-Authentication: not-a-session']);
    expect(JSON.parse(stale.body)).toMatchObject({
      error: {
        code: -32099,
        message: 'AANGX-0002',
        data: { AccountAPINGException: { errorCode: 'INVALID_SESSION_INFORMATION' } },
      },
    });
    const missing = await curlRpc('getDeveloperAppKeys', {}, []);
    expect(JSON.parse(missing.body)).toMatchObject({
      error: { message: 'AANGX-0010', data: { AccountAPINGException: { errorCode: 'NO_SESSION' } } },
    });
  });

  it('createDeveloperAppKeys: one DeveloperApp with a delayed and an inactive live key; a name with the username or a taken name is refused as documented', async () => {
    f.fake.addAccount('curlnew', DEFAULT_TEST_PASSWORD, null);
    const token = await curlLogin('curlnew');
    const auth = [`X-Authentication: ${token}`];
    const withUser = await curlRpc('createDeveloperAppKeys', { appName: 'CurlNew bot' }, auth);
    expect(JSON.parse(withUser.body)).toMatchObject({
      error: { message: 'AANGX-0003', data: { AccountAPINGException: { errorCode: 'UNEXPECTED_ERROR' } } },
    });
    const taken = await curlRpc('createDeveloperAppKeys', { appName: 'My betting bot' }, auth);
    expect(JSON.parse(taken.body)).toMatchObject({
      error: { message: 'AANGX-0008', data: { AccountAPINGException: { errorCode: 'APP_KEY_CREATION_FAILED' } } },
    });

    const created = await curlRpc('createDeveloperAppKeys', { appName: 'Curl created app' }, auth);
    const app = (
      JSON.parse(created.body) as {
        result: { appName: string; appVersions: Array<{ delayData: boolean; active: boolean }> };
      }
    ).result;
    expect(app.appName).toBe('Curl created app');
    expect(app.appVersions.map((v) => [v.delayData, v.active])).toEqual([
      [true, true],
      [false, false],
    ]);
    const listed = await curlRpc('getDeveloperAppKeys', {}, auth);
    expect((JSON.parse(listed.body) as { result: unknown[] }).result).toEqual([app]);
  });

  it('in "down" mode closes the connection, in "garbage" mode answers HTML, in "http-error" mode HTTP 500', async () => {
    const token = await curlLogin();
    try {
      f.fake.setAccountsMode({ kind: 'down' });
      await expect(curlRpc('getDeveloperAppKeys', {}, [`X-Authentication: ${token}`])).rejects.toMatchObject({
        code: 52,
      }); // empty reply
      f.fake.setAccountsMode({ kind: 'garbage' });
      const html = await curlRpc('getDeveloperAppKeys', {}, [`X-Authentication: ${token}`]);
      expect(html).toMatchObject({ status: 200, body: expect.stringMatching(/^<html>/) });
      f.fake.setAccountsMode({ kind: 'http-error', status: 500 });
      expect((await curlRpc('getDeveloperAppKeys', {}, [`X-Authentication: ${token}`])).status).toBe(500);
    } finally {
      f.fake.setAccountsMode({ kind: 'normal' });
    }
  });
});
