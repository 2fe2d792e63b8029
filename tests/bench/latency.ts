/**
 * Latency: "Test my login" when Betfair is far away. One relay per Betfair host (identitysso-cert, identitysso,
 * api, stream-api) on its own loopback address (127.0.0.2-5) adds a 100 ms round-trip time (latency-relay.ts) in
 * front of the fake identitysso, its Accounts API and its Exchange Stream API; BOTLOGIN_TEST_HOSTS sends each host
 * to its relay. The same test through relays that add nothing (127.0.0.6-9) is the baseline, paired run by run.
 * Round trips on the critical path = (median delayed - median baseline) / RTT, for the app's code path (testLogin
 * in process: the handler table's) and for the built CLI (`node dist/cli/cli.cjs login`, a new process each time).
 * Goal (issue 29): <= 6. Also prints the connections each test opened per host. Then the same check on Betfair's
 * real host names, independent of BOTLOGIN_TEST_HOSTS, inside `unshare -n -m` (real-names.ts); skipped, with the
 * reason, where unshare is not allowed.
 */
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { testLogin } from '../../electron/core/test-my-login/index.js';
import { STREAM_API_HOST } from '../../shared/stream-api.js';
import { DEFAULT_APP_KEYS, startLoginFixture, steppingClock } from '../support/login-fixture.js';
import { startLatencyRelay, type LatencyRelay } from '../fixtures/latency-relay.js';
import { median } from './median.js';
import { CLI, ROOT } from '../support/built-cli.js';
import { fakeLoginArgs } from '../support/cli-against-fake.js';

const execFileAsync = promisify(execFile);
const N = Number(process.env.BENCH_LATENCY_RUNS ?? 5);
const RTT_MS = 100;
const GOAL = 6;
const KEY = DEFAULT_APP_KEYS.live;
/** Betfair's hosts for betfair.com, in the order their relays take the loopback addresses. */
const HOSTS = ['identitysso-cert.betfair.com', 'identitysso.betfair.com', 'api.betfair.com', STREAM_API_HOST] as const;

interface RelaySet {
  readonly env: Readonly<Record<string, string>>;
  readonly relays: readonly LatencyRelay[];
}

export async function benchLatency(): Promise<void> {
  const addresses = Array.from({ length: 9 }, (_, i) => `127.0.0.${i + 1}`);
  const fixture = await startLoginFixture({ serverNames: { ip: addresses } });
  const { fake, cert, root, credentials } = fixture;
  fake.allowStreaming(KEY);
  const https = { host: '127.0.0.1', port: Number(new URL(fake.origin).port) };
  const stream = { host: '127.0.0.1', port: Number(fake.streamHostPort.split(':')[1]) };
  const relaySet = async (firstAddress: number, rtt: number): Promise<RelaySet> => {
    const relays = await Promise.all(
      HOSTS.map((host, i) =>
        startLatencyRelay(`127.0.0.${firstAddress + i}`, host === STREAM_API_HOST ? stream : https, rtt),
      ),
    );
    const map = HOSTS.map((host, i) => `${host}=${relays[i]?.hostPort ?? ''}`).join(',');
    return { env: { BOTLOGIN_TEST_HOSTS: map, BOTLOGIN_SSO_CA: fake.caPath }, relays };
  };
  const far = await relaySet(2, RTT_MS);
  const near = await relaySet(6, 0);

  const now = steppingClock();
  const app = async (set: RelaySet): Promise<void> => {
    const r = await testLogin(fixture.input({ appKey: KEY }), { dataDir: join(root, 'data'), env: set.env, now });
    const v = r.ok ? r.value : null;
    const works =
      v?.appKeyCheck?.status === 'valid' &&
      v.streamCheck?.status === 'allowed' &&
      v.keepAliveCheck?.status === 'kept' &&
      v.loggedOut === true;
    if (!works) throw new Error(`in-process test did not work: ${JSON.stringify(r)}`);
  };
  let dirs = 0;
  const cli = async (set: RelaySet): Promise<void> => {
    dirs += 1;
    const { stdout } = await execFileAsync(
      process.execPath,
      [CLI, 'login', ...fakeLoginArgs({ cert }, { username: credentials.username, appKey: KEY }), '--json'],
      {
        env: {
          PATH: process.env.PATH ?? '',
          LANG: 'C',
          BOTLOGIN_DATA_DIR: join(root, `cli-${dirs}`),
          BOTLOGIN_PASSWORD: credentials.password,
          ...set.env,
        },
      },
    );
    if (!stdout.includes('"ok": true') && !stdout.includes('"ok":true')) throw new Error(`CLI test failed: ${stdout}`);
  };
  const timed = async (fn: () => Promise<void>): Promise<number> => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };

  try {
    await app(near);
    await cli(near);
    const before = far.relays.map((r) => r.connections());
    await app(far);
    const perHost = far.relays.map((r, i) => `${HOSTS[i]} ${r.connections() - (before[i] ?? 0)}`);
    const t = { appFar: [] as number[], appNear: [] as number[], cliFar: [] as number[], cliNear: [] as number[] };
    for (let i = 0; i < N; i += 1) {
      const steps: Array<[number[], () => Promise<void>]> = [
        [t.appFar, () => app(far)],
        [t.appNear, () => app(near)],
        [t.cliFar, () => cli(far)],
        [t.cliNear, () => cli(near)],
      ];
      if (i % 2 === 1) steps.reverse();
      for (const [list, fn] of steps) list.push(await timed(fn));
    }
    const f = (ms: number) => `${ms.toFixed(0)} ms`;
    const trips = (far: number[], near: number[]) => (median(far) - median(near)) / RTT_MS;
    console.log(`runs: ${N} paired (order alternates); each host behind its own relay adding ${RTT_MS} ms RTT`);
    console.log(`connections one test opens, per host: ${perHost.join(', ')}`);
    for (const [name, far, near] of [
      ['app (testLogin, in process)', t.appFar, t.appNear],
      ['CLI (node dist/cli/cli.cjs login)', t.cliFar, t.cliNear],
    ] as const) {
      console.log(
        `${name}: median ${f(median(far))} at ${RTT_MS} ms RTT, ${f(median(near))} without; ` +
          `round trips on the critical path: ${trips(far, near).toFixed(1)} (goal <= ${GOAL})`,
      );
    }
  } finally {
    await Promise.all([...far.relays, ...near.relays].map((r) => r.close()));
    await fixture.close();
  }
  benchRealNames();
}

/** real-names.ts inside a private network and mount namespace, or why not. */
export function benchRealNames(): void {
  console.log("\non Betfair's real host names (relays behind /etc/hosts, inside unshare -n -m, no test variables):");
  const probe = spawnSync('unshare', ['-n', '-m', 'true'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    const why = probe.error?.message ?? probe.stderr.trim();
    console.log(`  skipped: unshare -n -m is not allowed here (${why || `exit ${String(probe.status)}`})`);
    return;
  }
  const run = spawnSync(
    'unshare',
    [
      '-n',
      '-m',
      '--',
      process.execPath,
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(ROOT, 'tests/bench/real-names.ts'),
    ],
    { encoding: 'utf8', cwd: ROOT, env: { ...process.env, BENCH_LATENCY_RUNS: String(N) }, timeout: 300_000 },
  );
  const out = `${run.stdout}${run.status === 0 ? '' : run.stderr}`.trim();
  for (const line of out.split('\n')) console.log(`  ${line}`);
  if (run.status !== 0) console.log(`  (the check did not finish: exit ${String(run.status)})`);
}
