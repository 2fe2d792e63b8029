/**
 * "Test my login" with the key, keepAlive and stream checks (the product's testLogin, in process) against the fake
 * identitysso and its fake Exchange Stream API, paired with the same calls made by hand: curl for certlogin,
 * getDeveloperAppKeys, getAccountFunds, keepAlive and logout, and `openssl s_client` for the stream (greeting,
 * authentication, status). Verification on everywhere (--cacert / -CAfile, -verify_return_error). Prints medians,
 * the ratio (budget: <= 1.0), and the time the two checks add to login + key check alone (in process, paired).
 */
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testLogin } from '../../electron/core/test-my-login/index.js';
import { DEFAULT_APP_KEYS, startLoginFixture, steppingClock } from '../support/login-fixture.js';
import { median } from './median.js';
import { curlAccountsArgs, curlCertloginArgs, curlMutualTls } from '../support/curl.js';

const execFileAsync = promisify(execFile);
const N = Number(process.env.BENCH_LOGIN_RUNS ?? 15);
const KEY = DEFAULT_APP_KEYS.delayed;

async function timed(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** The stream by hand: openssl s_client, the greeting, our authentication line, the status; then closed. */
function opensslStream(hostPort: string, caPath: string, token: string): Promise<string> {
  return new Promise((resolveStatus, reject) => {
    const child = spawn(
      'openssl',
      ['s_client', '-quiet', '-verify_return_error', '-CAfile', caPath, '-connect', hostPort],
      { stdio: ['pipe', 'pipe', 'ignore'] },
    );
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('openssl stream: no status'));
    }, 10_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('"op":"connection"') && !out.includes('"op":"status"') && child.stdin.writable) {
        child.stdin.write(`${JSON.stringify({ op: 'authentication', id: 1, appKey: KEY, session: token })}\r\n`);
      }
      if (out.includes('"op":"status"')) {
        clearTimeout(timer);
        child.stdin.end();
        child.kill();
        resolveStatus(out);
      }
    });
    child.on('error', reject);
  });
}

export async function benchBotChecks(): Promise<void> {
  const fixture = await startLoginFixture();
  const { fake, cert, credentials } = fixture;
  const deps = { dataDir: join(fixture.root, 'data'), env: fixture.env, now: steppingClock() };
  const input = (checks: boolean) => fixture.input({ appKey: KEY, checkKeepAlive: checks, checkStream: checks });
  const app = async (checks: boolean): Promise<void> => {
    const r = await testLogin(input(checks), deps);
    if (!r.ok || r.value.appKeyCheck?.status !== 'valid') throw new Error('in-process test failed');
    if (checks && (r.value.streamCheck?.status !== 'allowed' || r.value.keepAliveCheck?.status !== 'kept'))
      throw new Error(`in-process checks failed: ${JSON.stringify([r.value.streamCheck, r.value.keepAliveCheck])}`);
  };
  const mtls = curlMutualTls(fake, cert);
  const rpc = (method: string, headers: readonly string[]) =>
    execFileAsync('curl', curlAccountsArgs(fake, method, headers));
  const byHand = async (): Promise<void> => {
    const login = await execFileAsync('curl', curlCertloginArgs(fake, cert, credentials, KEY));
    const token = (JSON.parse(login.stdout) as { sessionToken: string }).sessionToken;
    const auth = `X-Authentication: ${token}`;
    if (!(await rpc('getDeveloperAppKeys', [auth])).stdout.includes(KEY)) throw new Error('curl key list failed');
    if (!(await rpc('getAccountFunds', [auth, `X-Application: ${KEY}`])).stdout.includes('availableToBetBalance'))
      throw new Error('curl funds failed');
    const session = ['-H', auth, '-H', `X-Application: ${KEY}`, '-H', 'Accept: application/json', '-X', 'POST'];
    const ka = await execFileAsync('curl', [...mtls, `${fake.origin}/api/keepAlive`, ...session]);
    if (!ka.stdout.includes('"SUCCESS"')) throw new Error('curl keepAlive failed');
    if (!(await opensslStream(fake.streamHostPort, fake.caPath, token)).includes('"SUCCESS"'))
      throw new Error('openssl stream failed');
    const out = await execFileAsync('curl', [...mtls, `${fake.origin}/api/logout`, ...session]);
    if (!out.stdout.includes('"SUCCESS"')) throw new Error('curl logout failed');
  };

  try {
    for (let i = 0; i < 2; i += 1) {
      await app(true);
      await app(false);
      await byHand();
    }
    const t = { full: [] as number[], base: [] as number[], hand: [] as number[] };
    for (let i = 0; i < N; i += 1) {
      const steps: Array<[number[], () => Promise<void>]> = [
        [t.full, () => app(true)],
        [t.base, () => app(false)],
        [t.hand, byHand],
      ];
      if (i % 2 === 1) steps.reverse();
      for (const [list, fn] of steps) list.push(await timed(fn));
    }
    const full = median(t.full);
    const base = median(t.base);
    const hand = median(t.hand);
    const added = t.full.map((ms, i) => ms - (t.base[i] ?? 0));
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(`runs: ${N} paired (order alternates)`);
    console.log(`Test my login, key + keepAlive + stream (app, in process): median ${f(full)}`);
    console.log(`the same calls by hand (curl x5 + openssl s_client):      median ${f(hand)}`);
    console.log(`ratio app / by hand: ${(full / hand).toFixed(2)} (budget <= 1.0)`);
    console.log(`login + key check alone (app, in process):                median ${f(base)}`);
    console.log(`added by keepAlive + stream: median ${f(median(added))} per test (paired differences)`);
  } finally {
    await fixture.close();
  }
}
