/**
 * Login bench: one in-process test login (testLogin, the product's engine) against the fake identitysso, paired
 * with the reference's curl command against the same server (curl verifies the server with --cacert; never -k).
 * Prints medians, the ratio (budget: <= 1.0), and the TLS handshakes each login costs (budget: 1).
 * curl pays a process start each time; `node -e` one-shot logins are printed too for a fair same-runtime view.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testLogin } from '../../electron/core/login/index.js';
import { makeClientCertificate } from '../fixtures/fake-sso/client-cert.js';
import { DEFAULT_TEST_PASSWORD, DEFAULT_TEST_USERNAME, startFakeSso } from '../fixtures/fake-sso/server.js';
import { median } from './median.js';

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
  const root = await mkdtemp(join(tmpdir(), 'bench-login-'));
  const [fake, cert] = await Promise.all([startFakeSso(), makeClientCertificate(root)]);
  fake.registerCertificate(cert.certPem);
  const env = { BOTLOGIN_SSO_ORIGIN: fake.origin, BOTLOGIN_SSO_CA: fake.caPath };
  const url = `${fake.origin}/api/certlogin`;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  // The guard allows 5 logins a minute: the bench moves its clock on (the guard file is still read and written).
  const deps = { dataDir: join(root, 'data'), env, now: () => new Date((clock += 61_000)) };
  const input = (keepSession: boolean) => ({
    jurisdiction: 'international' as const,
    source: { kind: 'pair' as const, certificatePath: cert.certPath, keyPath: cert.keyPath },
    appKey: 'bench',
    username: DEFAULT_TEST_USERNAME,
    password: DEFAULT_TEST_PASSWORD,
    keepSession,
  });
  const inProcess = async (keepSession: boolean): Promise<number> => {
    const before = fake.handshakes();
    const r = await testLogin(input(keepSession), deps);
    if (!r.ok || !r.value.success) throw new Error(`in-process login failed: ${r.ok ? r.value.loginStatus : r.error.code}`);
    return fake.handshakes() - before;
  };
  const curl = async (): Promise<number> => {
    const before = fake.handshakes();
    const { stdout } = await execFileAsync('curl', [
      '-q', '-sS', '--cert', cert.certPath, '--key', cert.keyPath, '--cacert', fake.caPath, url,
      '-H', 'X-Application: bench', '--data-urlencode', `username=${DEFAULT_TEST_USERNAME}`, '--data-urlencode', `password=${DEFAULT_TEST_PASSWORD}`,
    ]);
    if (!stdout.includes('"SUCCESS"')) throw new Error('curl login failed');
    return fake.handshakes() - before;
  };
  const nodeOneShot = async (): Promise<void> => {
    const { stdout } = await execFileAsync(process.execPath, ['-e', NODE_ONE_SHOT, url, cert.certPath, cert.keyPath, fake.caPath, DEFAULT_TEST_USERNAME, DEFAULT_TEST_PASSWORD]);
    if (!stdout.includes('"SUCCESS"')) throw new Error('node one-shot login failed');
  };

  try {
    // The first login in a process also builds the TLS context (roots + test CA); shown apart, then warm-up.
    const [coldMs] = await timed(() => inProcess(true));
    for (let i = 0; i < 2; i += 1) {
      await inProcess(true);
      await curl();
      await nodeOneShot();
    }
    const t = { login: [] as number[], loginLogout: [] as number[], curl: [] as number[], node: [] as number[] };
    const hs = { login: [] as number[], loginLogout: [] as number[], curl: [] as number[] };
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
    const uniq = (a: number[]): string => [...new Set(a)].join(',');
    console.log(`TLS handshakes per login: in-process ${uniq(hs.login)}; with logout ${uniq(hs.loginLogout)}; curl ${uniq(hs.curl)}  (budget 1)`);
  } finally {
    await fake.close();
    await rm(root, { recursive: true, force: true });
  }
}
