/**
 * The application-key check inside a test login, against the fake identitysso's Accounts API: every answer shape
 * (valid, not yours, refused, no keys, created, creation refused, Accounts API down / slow / garbage / HTTP 500 /
 * busy), what is sent where, one TLS connection per host, and that the session token and the password end up in no
 * report and no file.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runTestLogin } from '../../../../../electron/core/test-my-login/test-login.js';
import type { TestLoginDeps, TestLoginInput } from '../../../../../electron/core/login/types.js';
import { APP_IDENTIFIER } from '../../../../../shared/accounts-api.js';
import { keysNotCreatedWords } from '../../../../../shared/app-key-catalogue.js';
import { keyCheckWords } from '../../../../../renderer/logic/report-words.js';
import {
  APPLICANT_APP_KEYS,
  APPLICANT_TEST_USERNAME,
  DEFAULT_APP_KEYS,
  NO_KEYS_TEST_USERNAME,
} from '../../../../fixtures/fake-sso/server.js';
import {
  DEFAULT_ACCOUNT_KEYS,
  DEFAULT_TEST_PASSWORD,
  startLoginFixture,
  steppingClock,
  type LoginFixture,
} from '../../../../support/login-fixture.js';
import { loadPemCredential } from '../../../../support/pem-credential.js';
import { filesUnder } from '../../../../support/files-under.js';

const LIST = 'AccountAPING/v1.0/getDeveloperAppKeys';
const CREATE = 'AccountAPING/v1.0/createDeveloperAppKeys';
const FUNDS = 'AccountAPING/v1.0/getAccountFunds';

let f: LoginFixture;
beforeAll(async () => {
  f = await startLoginFixture();
  f.fake.addAccount('other', DEFAULT_TEST_PASSWORD, { delayed: 'OtherDelayKey001', live: 'OtherLiveKey0001' });
});
afterAll(async () => {
  await f.close();
});
beforeEach(() => {
  f.fake.setMode({ kind: 'normal' });
  f.fake.setAccountsMode({ kind: 'normal' });
});

async function login(over: Partial<TestLoginInput> = {}, deps: Partial<TestLoginDeps> = {}) {
  const dataDir = deps.dataDir ?? (await f.newDataDir());
  const before = f.fake.requests().length;
  const result = await runTestLogin(
    f.input({ appKey: '', ...over }),
    { dataDir, env: f.env, now: steppingClock(), ...deps },
    loadPemCredential,
  );
  const sent = f.fake.requests().slice(before);
  return {
    result,
    sent,
    dataDir,
    rpc: sent.filter((r) => r.rpcMethod !== undefined).map((r) => `${r.rpcMethod?.split('/').pop()}:${r.answered}`),
  };
}

function reportOf(r: Awaited<ReturnType<typeof login>>['result']) {
  expect(r.ok).toBe(true);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('application-key check after a working login', () => {
  it('empty key: the login carries the app identifier, the keys are listed, no key is checked', async () => {
    const { result, sent, rpc } = await login();
    const report = reportOf(result);
    expect(report).toMatchObject({ success: true, loggedOut: true, appKeyCheck: { status: 'not-given' } });
    expect(report.appKeys).toEqual(DEFAULT_ACCOUNT_KEYS);
    expect(rpc).toEqual(['getDeveloperAppKeys:result']);
    const certlogin = sent.find((r) => r.path === '/api/certlogin');
    const logout = sent.find((r) => r.path === '/api/logout');
    expect(certlogin?.headers['x-application']).toBe(APP_IDENTIFIER);
    expect(logout?.headers['x-application']).toBe(APP_IDENTIFIER);
    // the Accounts API call sends the session only: no X-Application, no client certificate
    const list = sent.find((r) => r.rpcMethod === LIST);
    expect(list?.headers['x-application']).toBeUndefined();
    expect(list?.headers['x-authentication']).toBe('(hidden)');
    expect(list?.headers['content-type']).toBe('application/json');
    expect(list?.clientCertFingerprint).toBeNull();
    // order: login, key list, keepAlive, logout (no key: no stream check)
    expect(sent.map((r) => r.path)).toEqual([
      '/api/certlogin',
      '/exchange/account/json-rpc/v1',
      '/api/keepAlive',
      '/api/logout',
    ]);
  });

  it('the delayed key: valid and delayed; the live key: valid, live, active; an inactive live key: not active', async () => {
    const d = reportOf((await login({ appKey: DEFAULT_APP_KEYS.delayed })).result);
    expect(d.appKeyCheck).toMatchObject({ status: 'valid', delayed: true, active: true });
    const inactive = await login({ appKey: APPLICANT_APP_KEYS.live, username: APPLICANT_TEST_USERNAME });
    expect(reportOf(inactive.result).appKeyCheck).toMatchObject({ status: 'valid', delayed: false, active: false });
    const l = await login({ appKey: ` ${DEFAULT_APP_KEYS.live} ` });
    expect(reportOf(l.result).appKeyCheck).toMatchObject({ status: 'valid', delayed: false, active: true });
    expect(l.rpc).toEqual(['getDeveloperAppKeys:result', 'getAccountFunds:result']);
    expect(l.sent.find((r) => r.rpcMethod === FUNDS)?.headers['x-application']).toBe(DEFAULT_APP_KEYS.live);
    expect(l.sent.find((r) => r.path === '/api/certlogin')?.headers['x-application']).toBe(DEFAULT_APP_KEYS.live);
  });

  it('a mistyped key is refused (INVALID_APP_KEY) and the right keys are listed', async () => {
    const { result, rpc } = await login({ appKey: 'DelayKey4Bettor' });
    const report = reportOf(result);
    expect(report.success).toBe(true);
    expect(report.appKeyCheck).toMatchObject({ status: 'refused', code: 'INVALID_APP_KEY' });
    expect(report.appKeys).toHaveLength(2);
    expect(rpc).toEqual(['getDeveloperAppKeys:result', 'getAccountFunds:INVALID_APP_KEY']);
  });

  it("another account's real key is not yours", async () => {
    const report = reportOf((await login({ appKey: 'OtherDelayKey001' })).result);
    expect(report.appKeyCheck).toMatchObject({ status: 'not-yours' });
    expect(report.appKeys?.map((k) => k.applicationKey)).toEqual([DEFAULT_APP_KEYS.delayed, DEFAULT_APP_KEYS.live]);
  });

  it('NO_APP_KEY from getAccountFunds counts as refused', async () => {
    f.fake.setAccountsMode({ kind: 'error', errorCode: 'NO_APP_KEY', operation: 'getAccountFunds' });
    expect(reportOf((await login({ appKey: DEFAULT_APP_KEYS.delayed })).result).appKeyCheck).toMatchObject({
      status: 'refused',
      code: 'NO_APP_KEY',
      delayed: true,
    });
  });

  it('an account without keys: an empty list, and not-yours for any key typed', async () => {
    const none = reportOf((await login({ username: 'nokeys1' }, {})).result);
    expect(none).toMatchObject({
      success: false,
      loginStatus: 'INVALID_USERNAME_OR_PASSWORD',
      appKeys: null,
      appKeyCheck: null,
    });
    f.fake.addAccount('nokeys1', DEFAULT_TEST_PASSWORD, null);
    const empty = reportOf((await login({ username: 'nokeys1' })).result);
    expect(empty).toMatchObject({ appKeys: [], appKeyCheck: { status: 'not-given' } });
    expect(keyCheckWords(empty)?.title).toMatch(/no application key/);
    const typed = reportOf((await login({ username: 'nokeys1', appKey: DEFAULT_APP_KEYS.delayed })).result);
    expect(typed).toMatchObject({ appKeys: [], appKeyCheck: { status: 'not-yours' } });
  });
});

describe('creating keys during the test', () => {
  it('creates both keys for an account without any, lists them, and lists them again on the next test', async () => {
    f.fake.addAccount('fresh1', DEFAULT_TEST_PASSWORD, null);
    const { result, rpc, sent } = await login({ username: 'fresh1', createAppKeysName: ' Fresh trading app ' });
    const report = reportOf(result);
    expect(report.appKeysCreation).toEqual({ created: true, appName: 'Fresh trading app' });
    expect(report.appKeys).toHaveLength(2);
    expect(report.appKeys?.map((k) => [k.appName, k.delayed, k.active])).toEqual([
      ['Fresh trading app', true, true],
      ['Fresh trading app', false, false],
    ]);
    expect(rpc).toEqual(['getDeveloperAppKeys:result', 'createDeveloperAppKeys:result']);
    const create = sent.find((r) => r.rpcMethod === CREATE);
    expect(create?.bodyParams).toEqual(['appName']);
    expect(create?.headers['x-application']).toBeUndefined();

    const again = reportOf((await login({ username: 'fresh1', createAppKeysName: 'Another name' })).result);
    expect(again.appKeysCreation).toBeUndefined(); // the account has keys now: nothing is created
    expect(again.appKeys?.map((k) => k.applicationKey)).toEqual(report.appKeys?.map((k) => k.applicationKey));
  });

  it('creating with a key given also checks the key on the new list', async () => {
    f.fake.addAccount('fresh2', DEFAULT_TEST_PASSWORD, null);
    const r = reportOf(
      (await login({ username: 'fresh2', appKey: DEFAULT_APP_KEYS.delayed, createAppKeysName: 'Fresh two' })).result,
    );
    expect(r).toMatchObject({ appKeysCreation: { created: true }, appKeyCheck: { status: 'not-yours' } });
  });

  it("Betfair's refusal to create (a name already taken) comes back in plain words; the login still works", async () => {
    f.fake.addAccount('fresh3', DEFAULT_TEST_PASSWORD, null);
    const r = reportOf((await login({ username: 'fresh3', createAppKeysName: 'my betting bot' })).result);
    expect(r).toMatchObject({
      success: true,
      loggedOut: true,
      appKeys: [],
      appKeysCreation: { created: false, appName: 'my betting bot', code: 'APP_KEY_CREATION_FAILED' },
    });
    const creation = r.appKeysCreation;
    expect(creation?.created === false && keysNotCreatedWords(creation).whatToDo).toMatch(/another name/);
  });

  it('a name containing the username is refused before anything is sent (no login used up)', async () => {
    const dataDir = await f.newDataDir();
    const { result, sent } = await login(
      { username: NO_KEYS_TEST_USERNAME, createAppKeysName: 'NewComer bot' },
      { dataDir },
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'APP_NAME_CONTAINS_USERNAME',
        title: expect.any(String),
        whatToDo: expect.stringMatching(/without your username/),
      },
    });
    expect(sent).toEqual([]);
    expect(existsSync(dataDir) ? filesUnder(dataDir) : []).toEqual([]); // the guard file was not even written
    expect((await login({ createAppKeysName: '   ' })).result).toMatchObject({
      ok: false,
      error: { code: 'APP_NAME_INVALID' },
    });
  });

  it('the keys are not created when the Accounts API is down, and the report says why', async () => {
    f.fake.addAccount('fresh4', DEFAULT_TEST_PASSWORD, null);
    f.fake.setAccountsMode({ kind: 'down' });
    const r = reportOf((await login({ username: 'fresh4', createAppKeysName: 'Fresh four' })).result);
    expect(r).toMatchObject({
      appKeys: null,
      appKeysCreation: { created: false, code: 'CONNECTION_RESET' },
      appKeyCheck: { status: 'not-given' },
    });
    expect(f.fake.appKeysOf('fresh4')).toEqual([]);
  });
});

describe('when the Accounts API does not answer properly, the login still counts as working', () => {
  const cases = [
    {
      name: 'down (connection closed)',
      mode: { kind: 'down' },
      code: 'CONNECTION_RESET',
      calls: ['getDeveloperAppKeys:down', 'getAccountFunds:down'],
    },
    {
      name: 'garbage (HTML)',
      mode: { kind: 'garbage' },
      code: 'UNEXPECTED_ANSWER',
      calls: ['getDeveloperAppKeys:garbage', 'getAccountFunds:garbage'],
    },
    {
      name: 'HTTP 500',
      mode: { kind: 'http-error', status: 500 },
      code: 'UNEXPECTED_ANSWER',
      calls: ['getDeveloperAppKeys:http-500', 'getAccountFunds:http-500'],
    },
    {
      name: 'SERVICE_BUSY',
      mode: { kind: 'error', errorCode: 'SERVICE_BUSY' },
      code: 'SERVICE_BUSY',
      calls: ['getDeveloperAppKeys:SERVICE_BUSY', 'getAccountFunds:SERVICE_BUSY'],
    },
    {
      name: 'a session it does not know',
      mode: { kind: 'error', errorCode: 'INVALID_SESSION_INFORMATION' },
      code: 'INVALID_SESSION_INFORMATION',
      calls: ['getDeveloperAppKeys:INVALID_SESSION_INFORMATION', 'getAccountFunds:INVALID_SESSION_INFORMATION'],
    },
  ] as const;
  for (const c of cases) {
    it(c.name, async () => {
      f.fake.setAccountsMode(c.mode);
      const { result, rpc } = await login({ appKey: DEFAULT_APP_KEYS.delayed });
      const report = reportOf(result);
      expect(report).toMatchObject({
        success: true,
        loggedOut: true,
        appKeys: null,
        appKeyCheck: { status: 'not-checked', code: c.code },
      });
      expect(keyCheckWords(report)?.whatToDo).toMatch(/login itself is fine/);
      // both calls go out at once, each on its own connection: either may reach the server first
      expect([...rpc].sort()).toEqual([...c.calls].sort());
      expect(f.fake.openSessions()).toBe(0);
    });
  }

  it('slow: each call has the same deadline as the login, and the test still ends with a logout', async () => {
    f.fake.setAccountsMode({ kind: 'slow', ms: 3000 });
    const started = Date.now();
    const { result, rpc } = await login({ appKey: DEFAULT_APP_KEYS.delayed }, { timeoutMs: 600 });
    const report = reportOf(result);
    expect(report).toMatchObject({
      success: true,
      loggedOut: true,
      appKeyCheck: { status: 'not-checked', code: 'TIMEOUT' },
    });
    expect(keyCheckWords(report)?.explanation).toMatch(/did not answer within 1 second/);
    expect(rpc).toEqual([]); // the fake had not answered yet when the deadline passed
    expect(Date.now() - started).toBeLessThan(2500); // one deadline, not one per call: nothing more is sent
  });

  it('an error only for the key list: the key is still checked', async () => {
    f.fake.setAccountsMode({ kind: 'error', errorCode: 'TOO_MANY_REQUESTS', operation: 'getDeveloperAppKeys' });
    const report = reportOf((await login({ appKey: DEFAULT_APP_KEYS.delayed })).result);
    expect(report).toMatchObject({ appKeys: null, appKeyCheck: { status: 'valid' } });
    expect(report.appKeyCheck?.delayed).toBeUndefined(); // the kind is only known from the list
  });
});

describe('what is not checked, and what never leaks', () => {
  it('a failed login makes no Accounts API call', async () => {
    f.fake.setMode({ kind: 'status', status: 'ACCOUNT_ALREADY_LOCKED' });
    const { result, rpc } = await login({ appKey: DEFAULT_APP_KEYS.delayed });
    expect(reportOf(result)).toMatchObject({ success: false, appKeys: null, appKeyCheck: null });
    expect(rpc).toEqual([]);
  });

  it('one TLS connection for identitysso (login + keepAlive + logout), two for the Accounts API (list and funds at once)', async () => {
    const before = f.fake.handshakesByKind();
    await login({ appKey: DEFAULT_APP_KEYS.delayed });
    const after = f.fake.handshakesByKind();
    expect(after.withClientCert - before.withClientCert).toBe(1);
    expect(after.withoutClientCert - before.withoutClientCert).toBe(2);
    f.fake.addAccount('fresh5', DEFAULT_TEST_PASSWORD, null);
    const b2 = f.fake.handshakesByKind();
    await login({ username: 'fresh5', appKey: 'x', createAppKeysName: 'Fresh five' }); // list + create, and funds
    expect(f.fake.handshakesByKind().withoutClientCert - b2.withoutClientCert).toBe(2);
    const b3 = f.fake.handshakesByKind();
    await login({}); // no key given: the list alone, one connection
    expect(f.fake.handshakesByKind().withoutClientCert - b3.withoutClientCert).toBe(1);
  });

  it('the session token and the password are in no report and no file', async () => {
    const tokensBefore = f.fake.issuedTokens().length;
    const outputs: string[] = [];
    const dataDir = await f.newDataDir();
    for (const over of [{}, { appKey: DEFAULT_APP_KEYS.delayed }, { appKey: 'wrong' }]) {
      outputs.push(JSON.stringify((await login(over, { dataDir })).result));
    }
    f.fake.setAccountsMode({ kind: 'garbage' });
    outputs.push(JSON.stringify((await login({ appKey: 'wrong' }, { dataDir })).result));
    const tokens = f.fake.issuedTokens().slice(tokensBefore);
    expect(tokens).toHaveLength(4);
    const files = await Promise.all(filesUnder(dataDir).map((p) => readFile(p, 'utf8')));
    for (const text of [...outputs, ...files]) {
      for (const token of tokens) expect(text).not.toContain(token);
      expect(text).not.toContain(DEFAULT_TEST_PASSWORD);
    }
    // and the fake's own request log never kept one either
    expect(JSON.stringify(f.fake.requests())).not.toContain(tokens[0]);
  });
});
