/**
 * Login bench: one in-process test login (testLogin, the product's engine) against the fake identitysso, paired
 * with the reference's curl command against the same server (curl verifies the server with --cacert; never -k).
 * Prints medians, the ratio (budget: <= 1.0), and the TLS handshakes each login costs (budget: 1 per host).
 * curl pays a process start each time; `node -e` one-shot logins are printed too for a fair same-runtime view.
 * The whole "Test my login" (login + application-key check: getDeveloperAppKeys + getAccountFunds + logout) is
 * timed next to the login alone, and paired with the same four calls made by hand with curl.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testLogin } from '../../electron/core/test-my-login/index.js';
import { DEFAULT_APP_KEYS, startLoginFixture, steppingClock } from '../support/login-fixture.js';
import { median } from './median.js';
import { curlAccountsArgs, curlCertloginArgs, curlMutualTls } from '../support/curl.js';

const execFileAsync = promisify(execFile);
const N = Number(process.env.BENCH_LOGIN_RUNS ?? 15);

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

const NODE_ONE_SHOT = `
const https = require('node:https'); const fs = require('node:fs');
const [url, cert, key, ca, user, pass] = process.argv.slice(1);
const body = new URLSearchParams({ username: user, password: pass }).toString();
const u = new URL(url);
const req = https.request({ hostname: u.hostname, port: u.port, path: u.pathname, method: 'POST', cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(ca),
  headers: { 'X-Application': 'bench', 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', 'Content-Length': Buffer.byteLength(body) } },
  (res) => { let t = ''; res.on('data', (c) => (t += c)); res.on('end', () => process.stdout.write(t)); });
req.end(body);`;

export async function benchLogin(): Promise<void> {
  const fixture = await startLoginFixture();
  const { fake, cert, credentials } = fixture;
  const url = `${fake.origin}/api/certlogin`;
  // The guard allows 5 logins a minute: the bench moves its clock on (the guard file is still read and written).
  const deps = { dataDir: join(fixture.root, 'data'), env: fixture.env, now: steppingClock() };
  const input = (keepSession: boolean, checkAppKeys = false) =>
    fixture.input({
      appKey: DEFAULT_APP_KEYS.delayed,
      keepSession,
      checkAppKeys,
      // The login + key check figures stay what they were: keepAlive and the stream are timed in bot-checks.ts.
      checkKeepAlive: false,
      checkStream: false,
    });
  const inProcess = async (keepSession: boolean): Promise<number> => {
    const before = fake.handshakes();
    const r = await testLogin(input(keepSession), deps);
    if (!r.ok || !r.value.success)
      throw new Error(`in-process login failed: ${r.ok ? r.value.loginStatus : r.error.code}`);
    return fake.handshakes() - before;
  };
  /** The whole "Test my login": login, key list, key check, logout. Returns the handshakes with / without a client certificate. */
  const withKeyCheck = async (): Promise<string> => {
    const before = fake.handshakesByKind();
    const r = await testLogin(input(false, true), deps);
    if (!r.ok || r.value.appKeyCheck?.status !== 'valid') throw new Error('in-process login + key check failed');
    const after = fake.handshakesByKind();
    return `${after.withClientCert - before.withClientCert}+${after.withoutClientCert - before.withoutClientCert}`;
  };
  const mtls = curlMutualTls(fake, cert);
  const curlRpc = async (method: string, headers: readonly string[]): Promise<string> =>
    (await execFileAsync('curl', curlAccountsArgs(fake, method, headers))).stdout;
  /** The same four calls by hand, one curl each (what a user of Betfair's demo tools does). */
  const curlWithKeyCheck = async (): Promise<void> => {
    const login = await execFileAsync('curl', curlCertloginArgs(fake, cert, credentials, DEFAULT_APP_KEYS.delayed));
    const token = (JSON.parse(login.stdout) as { sessionToken: string }).sessionToken;
    if (!(await curlRpc('getDeveloperAppKeys', [`X-Authentication: ${token}`])).includes(DEFAULT_APP_KEYS.delayed))
      throw new Error('curl key list failed');
    if (
      !(
        await curlRpc('getAccountFunds', [`X-Authentication: ${token}`, `X-Application: ${DEFAULT_APP_KEYS.delayed}`])
      ).includes('availableToBetBalance')
    ) {
      throw new Error('curl funds failed');
    }
    const out = await execFileAsync('curl', [
      ...mtls,
      `${fake.origin}/api/logout`,
      '-H',
      `X-Authentication: ${token}`,
      '-H',
      `X-Application: ${DEFAULT_APP_KEYS.delayed}`,
      '-H',
      'Accept: application/json',
      '-X',
      'POST',
    ]);
    if (!out.stdout.includes('"SUCCESS"')) throw new Error('curl logout failed');
  };
  const curl = async (): Promise<number> => {
    const before = fake.handshakes();
    const { stdout } = await execFileAsync('curl', curlCertloginArgs(fake, cert, credentials, 'bench'));
    if (!stdout.includes('"SUCCESS"')) throw new Error('curl login failed');
    return fake.handshakes() - before;
  };
  const nodeOneShot = async (): Promise<void> => {
    const { stdout } = await execFileAsync(process.execPath, [
      '-e',
      NODE_ONE_SHOT,
      url,
      cert.certPath,
      cert.keyPath,
      fake.caPath,
      credentials.username,
      credentials.password,
    ]);
    if (!stdout.includes('"SUCCESS"')) throw new Error('node one-shot login failed');
  };

  try {
    // The first login in a process also builds the TLS context (roots + test CA); shown apart, then warm-up.
    const [coldMs] = await timed(() => inProcess(true));
    for (let i = 0; i < 2; i += 1) {
      await inProcess(true);
      await curl();
      await nodeOneShot();
      await withKeyCheck();
      await curlWithKeyCheck();
    }
    const t = {
      login: [] as number[],
      loginLogout: [] as number[],
      curl: [] as number[],
      node: [] as number[],
      keyCheck: [] as number[],
      curlKeyCheck: [] as number[],
    };
    const hs = { login: [] as number[], loginLogout: [] as number[], curl: [] as number[], keyCheck: [] as string[] };
    for (let i = 0; i < N; i += 1) {
      const order = i % 2 === 0;
      const runIn = async () => {
        const [ms, h] = await timed(() => inProcess(true));
        t.login.push(ms);
        hs.login.push(h);
      };
      const runCurl = async () => {
        const [ms, h] = await timed(curl);
        t.curl.push(ms);
        hs.curl.push(h);
      };
      if (order) {
        await runIn();
        await runCurl();
      } else {
        await runCurl();
        await runIn();
      }
      const [ms2, h2] = await timed(() => inProcess(false));
      t.loginLogout.push(ms2);
      hs.loginLogout.push(h2);
      t.node.push((await timed(nodeOneShot))[0]);
      const runKeyCheck = async () => {
        const [ms, h] = await timed(withKeyCheck);
        t.keyCheck.push(ms);
        hs.keyCheck.push(h);
      };
      const runCurlKeyCheck = async () => {
        t.curlKeyCheck.push((await timed(curlWithKeyCheck))[0]);
      };
      if (order) {
        await runKeyCheck();
        await runCurlKeyCheck();
      } else {
        await runCurlKeyCheck();
        await runKeyCheck();
      }
    }
    const f = (ms: number): string => `${ms.toFixed(1)} ms`;
    const mLogin = median(t.login);
    const mCurl = median(t.curl);
    console.log(`paired runs: ${N} (fake identitysso at ${fake.origin}, RSA 2048 client certificate)`);
    console.log(`in-process testLogin, first in the process (cold):  ${f(coldMs)}`);
    console.log(`in-process testLogin, session kept (login only):  median ${f(mLogin)}`);
    console.log(`in-process testLogin + logout (same connection):   median ${f(median(t.loginLogout))}`);
    console.log(`reference curl command (process):                  median ${f(mCurl)}`);
    console.log(`node -e one-shot login (process):                  median ${f(median(t.node))}`);
    console.log(`ratio in-process / curl (login only): ${(mLogin / mCurl).toFixed(2)}  (budget <= 1.0)`);
    console.log(`ratio in-process / curl (login + logout): ${(median(t.loginLogout) / mCurl).toFixed(2)}`);
    const mKey = median(t.keyCheck);
    console.log(
      `in-process Test my login: login + key list + key check + logout: median ${f(mKey)}  (${(mKey / median(t.loginLogout)).toFixed(2)} x login + logout)`,
    );
    console.log(`the same four calls with curl (4 processes):         median ${f(median(t.curlKeyCheck))}`);
    console.log(
      `ratio in-process / curl (login + key check + logout): ${(mKey / median(t.curlKeyCheck)).toFixed(2)}  (budget <= 1.0)`,
    );
    const uniq = (a: ReadonlyArray<number | string>): string => [...new Set(a)].join(',');
    console.log(
      `TLS handshakes per login: in-process ${uniq(hs.login)}; with logout ${uniq(hs.loginLogout)}; curl ${uniq(hs.curl)}  (budget 1)`,
    );
    console.log(
      `TLS handshakes per Test my login with the key check, identitysso + Accounts API: ${uniq(hs.keyCheck)}  (budget 1 + 2: the Accounts API's two calls go out at once)`,
    );
  } finally {
    await fixture.close();
  }
}
