/**
 * The latency check on Betfair's real host names, run by latency.ts inside `unshare -n -m` (a private network
 * namespace where only loopback exists, and a private mount namespace): /etc/hosts is bind-mounted to name
 * identitysso-cert.betfair.com, identitysso.betfair.com, api.betfair.com and stream-api.betfair.com as 127.0.0.2-5,
 * where a relay per host (port 443) adds the round-trip time in front of the fake identitysso, whose certificate
 * carries those names. No test variable is set: the app and the CLI take their ordinary path (Betfair's URLs, a
 * name lookup, Node's roots plus the fake's CA: tls.setDefaultCACertificates in process, NODE_EXTRA_CA_CERTS for the
 * CLI). Prints one line per code path; never run outside such a namespace (it refuses when a non-loopback
 * interface exists).
 */
// Every part of the words before any code reads them (this runs in Node on its own, like run.ts).
import '../../shared/i18n/all-words.js';
import { execFile, execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { promisify } from 'node:util';
import { testLogin } from '../../electron/core/test-my-login/index.js';
import { STREAM_API_HOST } from '../../shared/stream-api.js';
import { DEFAULT_APP_KEYS, startLoginFixture, steppingClock } from '../support/login-fixture.js';
import { startLatencyRelay, type LatencyRelay } from '../fixtures/latency-relay.js';
import { median } from './median.js';
import { CLI } from '../support/built-cli.js';

const execFileAsync = promisify(execFile);
const HOSTS = ['identitysso-cert.betfair.com', 'identitysso.betfair.com', 'api.betfair.com', STREAM_API_HOST] as const;
const RTT_MS = Number(process.env.BENCH_RTT_MS ?? 100);
const N = Number(process.env.BENCH_LATENCY_RUNS ?? 5);
const KEY = DEFAULT_APP_KEYS.live;

const outside = Object.entries(networkInterfaces()).some(([name, list]) => name !== 'lo' && (list ?? []).length > 0);
if (outside) throw new Error('real-names.ts runs only inside `unshare -n -m` (found a network interface besides lo)');

execFileSync('ip', ['link', 'set', 'lo', 'up']);
const fixture = await startLoginFixture({ serverNames: { dns: [...HOSTS], ip: ['127.0.0.1'] } });
const { fake, cert, root, credentials } = fixture;
const hostsFile = join(root, 'hosts');
await writeFile(hostsFile, HOSTS.map((h, i) => `127.0.0.${i + 2} ${h}\n`).join(''));
execFileSync('mount', ['--bind', hostsFile, '/etc/hosts']);
fake.allowStreaming(KEY);
setDefaultCACertificates([...getCACertificates('default'), fake.caPem]);
const https = { host: '127.0.0.1', port: Number(new URL(fake.origin).port) };
const stream = { host: '127.0.0.1', port: Number(fake.streamHostPort.split(':')[1]) };

async function relays(rtt: number): Promise<LatencyRelay[]> {
  return Promise.all(
    HOSTS.map((h, i) => startLatencyRelay(`127.0.0.${i + 2}`, h === STREAM_API_HOST ? stream : https, rtt, 443)),
  );
}

const now = steppingClock();
let dirs = 0;
async function app(): Promise<void> {
  const r = await testLogin(fixture.input({ appKey: KEY }), { dataDir: join(root, 'data'), env: {}, now });
  const v = r.ok ? r.value : null;
  if (!(v?.appKeyCheck?.status === 'valid' && v.streamCheck?.status === 'allowed' && v.loggedOut === true))
    throw new Error(`in-process test on the real names did not work: ${JSON.stringify(r)}`);
  if (v.testEndpoint) throw new Error('the in-process test used a test endpoint');
}
async function cli(): Promise<void> {
  dirs += 1;
  const { stdout } = await execFileAsync(
    process.execPath,
    [CLI, 'login', '--jurisdiction', 'international', '--cert', cert.certPath, '--key', cert.keyPath].concat([
      '--username',
      credentials.username,
      '--app-key',
      KEY,
      '--json',
    ]),
    {
      env: {
        PATH: process.env.PATH ?? '',
        LANG: 'C',
        BOTLOGIN_DATA_DIR: join(root, `cli-${dirs}`),
        BOTLOGIN_PASSWORD: credentials.password,
        NODE_EXTRA_CA_CERTS: fake.caPath,
      },
    },
  );
  const out = JSON.parse(stdout) as { ok?: boolean; testEndpoint?: boolean };
  if (out.ok !== true || out.testEndpoint === true) throw new Error(`CLI test on the real names failed: ${stdout}`);
}
async function timed(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
async function phase(rtt: number): Promise<{ app: number; cli: number; connections: string }> {
  const set = await relays(rtt);
  try {
    await app();
    await cli();
    const before = set.map((r) => r.connections());
    const a: number[] = [];
    const c: number[] = [];
    for (let i = 0; i < N; i += 1) {
      a.push(await timed(app));
      c.push(await timed(cli));
    }
    const per = set.map((r, i) => `${HOSTS[i]} ${(r.connections() - (before[i] ?? 0)) / (2 * N)}`).join(', ');
    return { app: median(a), cli: median(c), connections: per };
  } finally {
    await Promise.all(set.map((r) => r.close()));
  }
}

try {
  const near = await phase(0);
  const far = await phase(RTT_MS);
  const trips = (f: number, n: number) => ((f - n) / RTT_MS).toFixed(1);
  console.log(`connections per test, per host: ${far.connections}`);
  console.log(
    `app (testLogin, in process): median ${far.app.toFixed(0)} ms at ${RTT_MS} ms RTT, ${near.app.toFixed(0)} ms ` +
      `without; round trips on the critical path: ${trips(far.app, near.app)}`,
  );
  console.log(
    `CLI (node dist/cli/cli.cjs login): median ${far.cli.toFixed(0)} ms at ${RTT_MS} ms RTT, ${near.cli.toFixed(0)} ` +
      `ms without; round trips on the critical path: ${trips(far.cli, near.cli)}`,
  );
} finally {
  await fixture.close();
}
