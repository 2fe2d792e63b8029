import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { getGuardStatus, testLogin } from '../../../../../electron/core/test-my-login/index.js';
import { runTestLogin } from '../../../../../electron/core/test-my-login/test-login.js';
import type { TestLoginDeps, TestLoginInput } from '../../../../../electron/core/login/types.js';
import { LOGIN_STATUS_CODES, explainLoginStatus } from '../../../../../shared/login-catalogue.js';
import { statusWords } from '../../../../../renderer/logic/report-words.js';
import { startFakeSso } from '../../../../fixtures/fake-sso/server.js';
import { DEFAULT_TEST_PASSWORD, steppingClock } from '../../../../support/login-fixture.js';
import { loginFixtureForSuite } from '../../../../support/login-fixture-for-suite.js';
import { loadPemCredential } from '../../../../support/pem-credential.js';
import { curlCertloginArgs } from '../../../../support/curl.js';
import { filesUnder } from '../../../../support/files-under.js';

const execFileAsync = promisify(execFile);

const f = loginFixtureForSuite();

async function login(over: Partial<TestLoginInput> = {}, deps: Partial<TestLoginDeps> = {}) {
  const dataDir = deps.dataDir ?? (await f.newDataDir());
  return runTestLogin(f.input(over), { dataDir, env: f.env, now: steppingClock(), ...deps }, loadPemCredential);
}

describe('test login against the fake identitysso', () => {
  it('succeeds with a password full of special characters, sends what Betfair expects, and logs out', async () => {
    f.fake.setMode({ kind: 'normal' });
    const before = f.fake.requests().length;
    const handshakesBefore = f.fake.handshakes();
    const dataDir = await f.newDataDir();
    const r = await login({}, { dataDir });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ loginStatus: 'SUCCESS', success: true, loggedOut: true, testEndpoint: true });
    expect(statusWords(r.value).title).toBe(explainLoginStatus('SUCCESS', 'international').title);
    expect(r.value.sessionToken).toBeUndefined();
    expect(r.value.sessionTokenMasked).toMatch(/^.{4}….{4}$/);

    // the login first and the logout last; between them the key list, the key check and keepAlive at once
    const sent = f.fake.requests().slice(before);
    const [certlogin, logout] = [sent[0], sent.at(-1)];
    const listKeys = sent.find((q) => q.rpcMethod === 'AccountAPING/v1.0/getDeveloperAppKeys');
    const funds = sent.find((q) => q.rpcMethod === 'AccountAPING/v1.0/getAccountFunds');
    const keepAlive = sent.find((q) => q.path === '/api/keepAlive');
    expect(certlogin).toMatchObject({
      method: 'POST',
      path: '/api/certlogin',
      bodyParams: ['username', 'password'],
      username: 'bettor',
      passwordMatched: true,
      answered: 'SUCCESS',
    });
    expect(certlogin?.headers['x-application']).toBe('test-app-key');
    expect(certlogin?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(certlogin?.headers.accept).toBe('application/json');
    const { stdout } = await execFileAsync('openssl', [
      'x509',
      '-in',
      f.cert.certPath,
      '-noout',
      '-fingerprint',
      '-sha256',
    ]);
    expect(certlogin?.clientCertFingerprint).toBe(stdout.trim().split('=')[1]);
    // the key check on the same session, before the logout (X-Application only where Betfair needs it)
    expect(listKeys).toMatchObject({
      path: '/exchange/account/json-rpc/v1',
      rpcMethod: 'AccountAPING/v1.0/getDeveloperAppKeys',
      answered: 'result',
    });
    expect(listKeys?.headers['x-application']).toBeUndefined();
    expect(listKeys?.headers['x-authentication']).toBe('(hidden)');
    expect(funds).toMatchObject({ rpcMethod: 'AccountAPING/v1.0/getAccountFunds', answered: 'INVALID_APP_KEY' });
    expect(funds?.headers['x-application']).toBe('test-app-key');
    expect(r.value.appKeyCheck).toMatchObject({ status: 'refused', code: 'INVALID_APP_KEY' });
    // one keepAlive on the session, before the logout (the stream's answer does not count for a refused key)
    expect(keepAlive).toMatchObject({ path: '/api/keepAlive', answered: 'SUCCESS', sessionMatched: true });
    expect(keepAlive?.headers['x-application']).toBe('test-app-key');
    expect(keepAlive?.headers.accept).toBe('application/json');
    expect(r.value.keepAliveCheck).toEqual({ status: 'kept' });
    expect(r.value.streamCheck).toEqual({ status: 'not-checked', host: f.fake.streamHostPort });
    expect(logout).toMatchObject({ path: '/api/logout', answered: 'SUCCESS' });
    expect(logout?.headers['x-application']).toBe('test-app-key');
    expect(logout?.headers['x-authentication']).toBe('(hidden)');
    expect(f.fake.openSessions()).toBe(0);
    // login + keepAlive + logout on one connection (one host here), the two Accounts API calls on two more that
    // go out at once
    expect(f.fake.handshakes() - handshakesBefore).toBe(3);

    // the password is in no file the engine wrote
    for (const file of filesUnder(dataDir)) expect(await readFile(file, 'utf8')).not.toContain(DEFAULT_TEST_PASSWORD);
    expect(JSON.stringify(r)).not.toContain(DEFAULT_TEST_PASSWORD);
  });

  it('works through the public testLogin with the certificate engine, for a combined .pem', async () => {
    f.fake.setMode({ kind: 'normal' });
    const dataDir = await f.newDataDir();
    const r = await testLogin(f.input({ source: { kind: 'pem', pemPath: f.cert.pemPath }, jurisdiction: 'au' }), {
      dataDir,
      env: f.env,
    });
    expect(r.ok && r.value).toMatchObject({ success: true, loggedOut: true, jurisdiction: 'au', testEndpoint: true });
    expect(await getGuardStatus(dataDir)).toMatchObject({ state: 'ready', attemptsLastMinute: 1, limitPerMinute: 5 });
  });

  it('keeps the session and hands the token back only when asked', async () => {
    f.fake.setMode({ kind: 'normal' });
    const open = f.fake.openSessions();
    const r = await login({ keepSession: true });
    expect(r.ok && r.value.loggedOut).toBe(null);
    expect(r.ok && typeof r.value.sessionToken).toBe('string');
    expect(f.fake.openSessions()).toBe(open + 1);
  });

  it('reports a wrong password and an unregistered certificate as Betfair answers', async () => {
    f.fake.setMode({ kind: 'normal' });
    const wrong = await login({ password: 'not it' });
    expect(wrong.ok && wrong.value).toMatchObject({
      success: false,
      loginStatus: 'INVALID_USERNAME_OR_PASSWORD',
      loggedOut: null,
    });
    const other = await startFakeSso();
    try {
      const r = await login({}, { env: { BOTLOGIN_SSO_ORIGIN: other.origin, BOTLOGIN_SSO_CA: other.caPath } });
      expect(r.ok && r.value.loginStatus).toBe('CERT_AUTH_REQUIRED');
      expect(r.ok && statusWords(r.value).action?.url).toBe(
        'https://myaccount.betfair.com/accountdetails/mysecurity?showAPI=1',
      );
    } finally {
      await other.close();
    }
  });

  it('turns every one of the 43 failure codes into its plain-words entry', async () => {
    const dataDir = await f.newDataDir();
    const now = steppingClock();
    for (const code of LOGIN_STATUS_CODES) {
      if (code === 'TEMPORARY_BAN_TOO_MANY_REQUESTS') continue; // would pause the guard; tested below
      f.fake.setMode({ kind: 'status', status: code });
      const r = await runTestLogin(f.input({ jurisdiction: 'it' }), { dataDir, env: f.env, now }, loadPemCredential);
      expect(r.ok, code).toBe(true);
      if (!r.ok) continue;
      expect(r.value.success).toBe(false);
      expect(r.value.loginStatus).toBe(code);
      expect(r.value.jurisdiction).toBe('it');
      expect(statusWords(r.value)).toEqual(explainLoginStatus(code, 'it'));
    }
    f.fake.setMode({ kind: 'status', status: 'SOMETHING_NEW' });
    const unknown = await runTestLogin(f.input(), { dataDir, env: f.env, now }, loadPemCredential);
    expect(unknown.ok && statusWords(unknown.value).unknown).toBe(true);
    expect(unknown.ok && statusWords(unknown.value).meaning).toContain('SOMETHING_NEW');
  });

  it('after TEMPORARY_BAN_TOO_MANY_REQUESTS, sends nothing for 20 minutes', async () => {
    const dataDir = await f.newDataDir();
    const t0 = Date.parse('2026-05-01T08:00:00Z');
    f.fake.setMode({ kind: 'status', status: 'TEMPORARY_BAN_TOO_MANY_REQUESTS' });
    const first = await login({}, { dataDir, now: () => new Date(t0) });
    expect(first.ok && first.value.loginStatus).toBe('TEMPORARY_BAN_TOO_MANY_REQUESTS');
    f.fake.setMode({ kind: 'normal' });
    const count = f.fake.requests().length;
    const handshakes = f.fake.handshakes();
    const held = await login({}, { dataDir, now: () => new Date(t0 + 12 * 60_000) });
    expect(held.ok).toBe(false);
    if (held.ok) return;
    expect(held.error.code).toBe('GUARD_BANNED');
    expect(held.error.whatToDo).toMatch(/8 more minutes/);
    expect(held.error.retryAt).toBe(new Date(t0 + 20 * 60_000).toISOString());
    expect(f.fake.requests().length).toBe(count);
    expect(f.fake.handshakes()).toBe(handshakes);
    const after = await login({}, { dataDir, now: () => new Date(t0 + 20 * 60_000 + 1) });
    expect(after.ok && after.value.success).toBe(true);
  });

  it('holds the 6th test login within a minute without sending anything', async () => {
    f.fake.setMode({ kind: 'normal' });
    const dataDir = await f.newDataDir();
    const t0 = Date.parse('2026-05-01T09:00:00Z');
    for (let i = 0; i < 5; i += 1) {
      const r = await login({}, { dataDir, now: () => new Date(t0 + i * 1000) });
      expect(r.ok).toBe(true);
    }
    const count = f.fake.requests().length;
    const sixth = await login({}, { dataDir, now: () => new Date(t0 + 10_000) });
    expect(!sixth.ok && sixth.error.code).toBe('GUARD_RATE_LIMITED');
    expect(!sixth.ok && sixth.error.retryAt).toBe(new Date(t0 + 60_000).toISOString());
    expect(f.fake.requests().length).toBe(count);
  });

  it('refuses Denmark with no request sent', async () => {
    const count = f.fake.requests().length;
    const r = await login({ jurisdiction: 'dk' });
    expect(!r.ok && r.error.code).toBe('BOT_LOGIN_NOT_AVAILABLE');
    expect(!r.ok && r.error.message).toMatch(/Danish/);
    expect(!r.ok && r.error.title).toBeTruthy();
    expect(f.fake.requests().length).toBe(count);
  });

  it('refuses empty inputs and passes certificate-file errors on with a title', async () => {
    expect(await login({ username: ' ' })).toMatchObject({ ok: false, error: { code: 'INPUT_MISSING' } });
    const missing = await login({ source: { kind: 'pair', certificatePath: '/nope.crt', keyPath: '/nope.key' } });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND', title: 'A certificate file is missing' },
    });
    const odd = await runTestLogin(f.input(), { dataDir: await f.newDataDir(), env: f.env }, async () => ({
      ok: false,
      error: { code: 'CHECK_FAILED', message: 'The files are odd.' },
    }));
    expect(odd).toMatchObject({
      ok: false,
      error: { code: 'CHECK_FAILED', message: 'The files are odd.', title: 'Your certificate files could not be used' },
    });
  });
});

describe('faults in plain words', () => {
  async function faultOf(
    over: Partial<TestLoginDeps> = {},
  ): Promise<{ code: string; message: string; whatToDo?: string }> {
    const r = await login({}, over);
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error('expected a fault');
    expect(r.error.title).toBeTruthy();
    expect(r.error.message).not.toMatch(/Error:|at .*\.ts|ECONN|EPROTO/);
    return r.error;
  }

  it('TIMEOUT when the server never answers', async () => {
    f.fake.setMode({ kind: 'hang' });
    const started = Date.now();
    const e = await faultOf({ timeoutMs: 600 });
    expect(e.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('TIMEOUT when the TLS handshake never completes, with nothing sent', async () => {
    f.fake.setMode({ kind: 'hang-handshake' });
    const count = f.fake.requests().length;
    expect((await faultOf({ timeoutMs: 500 })).code).toBe('TIMEOUT');
    expect(f.fake.requests().length).toBe(count);
  });

  it('TIMEOUT also counts a slow answer past the limit; a slow answer within it is fine', async () => {
    f.fake.setMode({ kind: 'slow', ms: 1_500 });
    expect((await faultOf({ timeoutMs: 500 })).code).toBe('TIMEOUT');
    f.fake.setMode({ kind: 'slow', ms: 100 });
    const r = await login({}, { timeoutMs: 5_000 });
    expect(r.ok && r.value.success).toBe(true);
  });

  it('UNEXPECTED_ANSWER names the HTTP status for HTML, 5xx, empty and oversized answers', async () => {
    f.fake.setMode({ kind: 'not-json' });
    const html = await faultOf();
    expect(html.code).toBe('UNEXPECTED_ANSWER');
    expect(html.message).toContain('HTTP status 200');
    f.fake.setMode({ kind: 'http-error', status: 503 });
    const down = await faultOf();
    expect(down.code).toBe('UNEXPECTED_ANSWER');
    expect(down.message).toContain('HTTP status 503');
    f.fake.setMode({ kind: 'empty' });
    expect((await faultOf()).message).toMatch(/empty/);
    f.fake.setMode({ kind: 'huge' });
    expect((await faultOf()).message).toMatch(/larger/);
  });

  it('CLIENT_CERT_REJECTED when the handshake is refused with a TLS alert', async () => {
    f.fake.setMode({ kind: 'reject-handshake', alert: 'certificate-required' });
    const e = await faultOf();
    expect(e.code).toBe('CLIENT_CERT_REJECTED');
    expect(e.message).toContain('certificate required');
    f.fake.setMode({ kind: 'reject-handshake' });
    expect((await faultOf()).code).toBe('CLIENT_CERT_REJECTED');
  });

  it('SERVER_CERT_UNTRUSTED without the test CA (verification stays on)', async () => {
    f.fake.setMode({ kind: 'normal' });
    const count = f.fake.requests().length;
    const e = await faultOf({ env: { BOTLOGIN_SSO_ORIGIN: f.fake.origin } });
    expect(e.code).toBe('SERVER_CERT_UNTRUSTED');
    expect(e.message).toMatch(/proxy|antivirus/);
    expect(f.fake.requests().length).toBe(count);
  });

  it('SERVER_CERT_WRONG_HOST when the certificate is for another name', async () => {
    const other = await startFakeSso({ serverNames: { dns: ['identitysso.example'], ip: [] } });
    try {
      const e = await faultOf({ env: { BOTLOGIN_SSO_ORIGIN: other.origin, BOTLOGIN_SSO_CA: other.caPath } });
      expect(e.code).toBe('SERVER_CERT_WRONG_HOST');
      expect(other.requests()).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('CONNECTION_REFUSED on a closed port, and PROXY when a proxy is configured', async () => {
    const other = await startFakeSso();
    const origin = other.origin;
    await other.close();
    const env = { BOTLOGIN_SSO_ORIGIN: origin, BOTLOGIN_SSO_CA: f.fake.caPath };
    expect((await faultOf({ env })).code).toBe('CONNECTION_REFUSED');
    const proxied = await faultOf({ env: { ...env, HTTPS_PROXY: 'http://user:secret@proxy.corp:3128' } });
    expect(proxied.code).toBe('PROXY');
    expect(proxied.message).toContain('proxy.corp:3128');
    expect(proxied.message).not.toContain('secret');
    expect(proxied.message).toMatch(/refused/);
  });

  it('TEST_ENDPOINT_NOT_LOCAL for any test origin not on this computer, before anything is sent', async () => {
    f.fake.setMode({ kind: 'normal' });
    const count = f.fake.requests().length;
    for (const origin of [
      'https://identitysso-cert.invalid',
      'https://10.0.0.1',
      'https://127.0.0.1.evil.example',
      'https://[::2]:8443',
      'https://user:pw@127.0.0.1',
      'https://localhost.evil.example',
      'https://[::ffff:7f00:1]',
      'https://192.168.1.10:8443',
    ]) {
      const e = await faultOf({ env: { BOTLOGIN_SSO_ORIGIN: origin, BOTLOGIN_SSO_CA: f.fake.caPath } });
      expect(e.code, origin).toBe('TEST_ENDPOINT_NOT_LOCAL');
      expect(e.message).toMatch(/before your password was read or anything was sent/);
    }
    expect(f.fake.requests().length).toBe(count);
    // localhost and the rest of 127.0.0.0/8 are this computer: the login goes there (the fake is on 127.0.0.1 only).
    const port = new URL(f.fake.origin).port;
    expect(
      (await login({}, { env: { BOTLOGIN_SSO_ORIGIN: `https://localhost:${port}`, BOTLOGIN_SSO_CA: f.fake.caPath } }))
        .ok,
    ).toBe(true);
    expect(
      (await faultOf({ env: { BOTLOGIN_SSO_ORIGIN: `https://127.0.0.2:${port}`, BOTLOGIN_SSO_CA: f.fake.caPath } }))
        .code,
    ).not.toMatch(/TEST_ENDPOINT/);
    expect(
      (await faultOf({ env: { BOTLOGIN_SSO_ORIGIN: `https://[::1]:${port}`, BOTLOGIN_SSO_CA: f.fake.caPath } })).code,
    ).not.toMatch(/TEST_ENDPOINT/);
  });

  it('CONNECTION_RESET when the server drops the connection', async () => {
    const { createServer } = await import('node:net');
    const dropper = createServer((s) => s.destroy());
    await new Promise<void>((r) => dropper.listen(0, '127.0.0.1', () => r()));
    const port = (dropper.address() as { port: number }).port;
    try {
      const e = await faultOf({
        env: { BOTLOGIN_SSO_ORIGIN: `https://127.0.0.1:${port}`, BOTLOGIN_SSO_CA: f.fake.caPath },
      });
      expect(e.code).toBe('CONNECTION_RESET');
    } finally {
      dropper.close();
    }
  });

  it('TEST_ENDPOINT_INVALID for a plain-http origin, an unreadable CA file, or a CA without an origin', async () => {
    expect((await faultOf({ env: { BOTLOGIN_SSO_CA: f.fake.caPath } })).code).toBe('TEST_ENDPOINT_INVALID');
    expect((await faultOf({ env: { BOTLOGIN_SSO_ORIGIN: 'http://127.0.0.1:1' } })).code).toBe('TEST_ENDPOINT_INVALID');
    expect((await faultOf({ env: { BOTLOGIN_SSO_ORIGIN: f.fake.origin, BOTLOGIN_SSO_CA: '/nope.pem' } })).code).toBe(
      'TEST_ENDPOINT_INVALID',
    );
  });
});

describe('the fake identitysso, checked with curl and python3 requests', () => {
  it('answers python3 requests the way the reference sample expects (form-encoded by requests)', async () => {
    f.fake.setMode({ kind: 'normal' });
    const script = [
      'import json, sys, requests',
      'origin, crt, key, ca, pw = sys.argv[1:6]',
      "r = requests.post(origin + '/api/certlogin', data={'username': 'bettor', 'password': pw}, cert=(crt, key), verify=ca,",
      "                  headers={'X-Application': 'py-check', 'Accept': 'application/json'})",
      "t = r.json()['sessionToken']",
      "o = requests.post(origin + '/api/logout', headers={'X-Authentication': t, 'X-Application': 'py-check', 'Accept': 'application/json'}, verify=ca)",
      "print(json.dumps({'status': r.status_code, 'login': r.json()['loginStatus'], 'logout': o.json()['status']}))",
    ].join('\n');
    const { stdout } = await execFileAsync('python3', [
      '-c',
      script,
      f.fake.origin,
      f.cert.certPath,
      f.cert.keyPath,
      f.fake.caPath,
      DEFAULT_TEST_PASSWORD,
    ]);
    expect(JSON.parse(stdout)).toEqual({ status: 200, login: 'SUCCESS', logout: 'SUCCESS' });
  });

  it("answers the reference's curl command (verified against its CA, never -k)", async () => {
    f.fake.setMode({ kind: 'normal' });
    const { stdout } = await execFileAsync(
      'curl',
      curlCertloginArgs(f.fake, f.cert, { username: 'bettor', password: DEFAULT_TEST_PASSWORD }),
    );
    const answer = JSON.parse(stdout) as { loginStatus: string; sessionToken: string };
    expect(answer.loginStatus).toBe('SUCCESS');
    expect(answer.sessionToken.length).toBeGreaterThan(20);
    // curl without the CA refuses the server: the fake does not need anyone to turn verification off
    await expect(
      execFileAsync('curl', ['-sS', '-q', `${f.fake.origin}/api/certlogin`, '-d', 'x=1']),
    ).rejects.toMatchObject({ code: 60 });
    // the classic mistake: an unencoded password fails
    const raw = await execFileAsync(
      'curl',
      curlCertloginArgs(f.fake, f.cert, { body: `username=bettor&password=${DEFAULT_TEST_PASSWORD}` }),
    );
    expect((JSON.parse(raw.stdout) as { loginStatus: string }).loginStatus).toBe('INVALID_USERNAME_OR_PASSWORD');
  });
});
