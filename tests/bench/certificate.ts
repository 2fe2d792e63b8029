/**
 * Certificate budget figures (printed, never asserted):
 *  1. Key + CSR + certificate + .pem + .p12 on disk: `node dist/cli/cli.cjs generate --json` as a whole
 *     process vs the reference's OpenSSL commands (genrsa, req -new, x509 -req -extensions ssl_client,
 *     cat, pkcs12 -export) in one bash process; N paired runs, order alternating; median ratio (goal <= 1.0).
 *     The one-file CLI (node dist/bot-login.cjs generate) runs in the same rounds, against the same reference run.
 *  2. In-process: the worst event-loop block (perf_hooks.monitorEventLoopDelay, 5 ms resolution)
 *     while generateCertificate runs 5 times with a .p12 (goal <= 50 ms).
 * Needs a built CLI (npm run bench builds first).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import { generateCertificate } from '../../electron/core/certificates/index.js';
import { median } from './median.js';
import { CLI, ONE_FILE_CLI } from '../support/built-cli.js';
import { noteRatio } from './closing-note.js';

const run = promisify(execFile);
const generateKeyPairAsync = promisify(generateKeyPair);
/** bot-login generate / OpenSSL's commands, as a median of paired runs. */
const GENERATE_GOAL = 1.0;
const PAIRS = Number(process.env.BENCH_CERT_PAIRS ?? 15);
const IN_PROCESS_RUNS = 5;
const PASSWORD = 'bench-p12-password';

const OPENSSL_CNF = `[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = Betfair bot login
[ ssl_client ]
basicConstraints = CA:FALSE
nsCertType = client
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
`;

/** The reference's commands, as a user would run them in one shell session. */
const OPENSSL_SCRIPT = `set -e
cd "$1"
openssl genrsa -out client-2048.key 2048 2>/dev/null
openssl req -new -config "$2" -key client-2048.key -out client-2048.csr
openssl x509 -req -days 365 -in client-2048.csr -signkey client-2048.key -out client-2048.crt -extfile "$2" -extensions ssl_client 2>/dev/null
cat client-2048.crt client-2048.key > client-2048.pem
openssl pkcs12 -export -in client-2048.crt -inkey client-2048.key -out client-2048.p12 -passout env:BOTLOGIN_P12_PASSWORD
`;

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

async function pairedProcessRuns(work: string): Promise<void> {
  const cnf = join(work, 'openssl.cnf');
  const script = join(work, 'reference.sh');
  await writeFile(cnf, OPENSSL_CNF);
  await writeFile(script, OPENSSL_SCRIPT);
  const env = { ...process.env, BOTLOGIN_P12_PASSWORD: PASSWORD };
  const generate =
    (cli: string, name: string) =>
    async (i: number): Promise<number> => {
      const dir = join(work, `${name}-${i}`);
      return timed(() => run(process.execPath, [cli, 'generate', '--dir', dir, '--json'], { env }));
    };
  const ours = generate(CLI, 'ours');
  const oneFile = existsSync(ONE_FILE_CLI) ? generate(ONE_FILE_CLI, 'one-file') : null;
  const reference = async (i: number): Promise<number> => {
    const dir = join(work, `openssl-${i}`);
    await run('mkdir', ['-p', dir]);
    return timed(() => run('bash', [script, dir, cnf], { env }));
  };

  // One unmeasured warm-up of each (disk cache, first process start, Node's compile cache).
  await ours(-1);
  await oneFile?.(-1);
  await reference(-1);

  const oursMs: number[] = [];
  const oneFileMs: number[] = [];
  const refMs: number[] = [];
  const ratios: number[] = [];
  const oneFileRatios: number[] = [];
  for (let i = 0; i < PAIRS; i += 1) {
    // The order turns each round, so no side always runs first (or right after the other).
    const steps: Array<() => Promise<void>> = [
      async () => void oursMs.push(await ours(i)),
      async () => void refMs.push(await reference(i)),
      ...(oneFile ? [async () => void oneFileMs.push(await oneFile(i))] : []),
    ];
    for (let k = 0; k < steps.length; k += 1) await steps[(k + i) % steps.length]?.();
    const ref = refMs[i] ?? Number.NaN;
    ratios.push((oursMs[i] ?? Number.NaN) / ref);
    if (oneFile) oneFileRatios.push((oneFileMs[i] ?? Number.NaN) / ref);
  }
  const nodeStart: number[] = [];
  for (let i = 0; i < PAIRS; i += 1) nodeStart.push(await timed(() => run(process.execPath, ['-e', '0'])));
  const fmt = (xs: number[]): string => xs.map((x) => x.toFixed(0)).join(' ');
  const verdict = (ratio: number): string =>
    `(goal <= ${GENERATE_GOAL.toFixed(1)}: ${ratio <= GENERATE_GOAL ? 'met' : 'NOT met'})`;
  console.log(
    `key + CSR + certificate + .pem + .p12 on disk, whole process, ${PAIRS} paired runs (order turning), Node ${process.version}`,
  );
  console.log(
    `  bot-login generate (node dist/cli/cli.cjs)  median ${median(oursMs).toFixed(0)} ms   [${fmt(oursMs)}]`,
  );
  if (oneFile)
    console.log(
      `  node dist/bot-login.cjs generate (one file)  median ${median(oneFileMs).toFixed(0)} ms   [${fmt(oneFileMs)}]`,
    );
  console.log(`  openssl genrsa/req/x509/cat/pkcs12 (bash)   median ${median(refMs).toFixed(0)} ms   [${fmt(refMs)}]`);
  console.log(`  (for scale: a bare \`node -e 0\` start takes median ${median(nodeStart).toFixed(0)} ms here)`);
  const ratio = median(ratios);
  console.log(`  median ratio ours/openssl: ${ratio.toFixed(2)}  ${verdict(ratio)}`);
  noteRatio('bot-login generate / OpenSSL reference commands, paired whole processes', ratio, GENERATE_GOAL);
  if (oneFile) {
    // For scale: the goal is the installed command's (package.json bin), not the one file's.
    const r = median(oneFileRatios);
    console.log(`  median ratio one file/openssl: ${r.toFixed(2)}  (for scale; the goal is the installed command's)`);
  }
}

async function monitored(task: () => Promise<unknown>): Promise<{ max: number; p99: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const ms = await timed(task);
  histogram.disable();
  return { max: histogram.max / 1e6, p99: histogram.percentile(99) / 1e6, ms };
}

async function eventLoopBlock(work: string): Promise<void> {
  // One histogram per certificate, so a single stall of the (shared) machine shows as one outlier.
  const perRun: Array<{ max: number; p99: number; ms: number }> = [];
  for (let i = 0; i < IN_PROCESS_RUNS; i += 1) {
    perRun.push(
      await monitored(async () => {
        const result = await generateCertificate({ dir: join(work, `in-process-${i}`), p12Password: PASSWORD });
        if (!result.ok) throw new Error(result.error.message);
      }),
    );
  }
  const ours = {
    max: Math.max(...perRun.map((r) => r.max)),
    p99: Math.max(...perRun.map((r) => r.p99)),
    ms: perRun.reduce((a, r) => a + r.ms, 0),
  };
  // Baselines on the same machine, same monitor: what the machine's own scheduling noise looks like.
  const nativeOnly = await monitored(async () => {
    for (let i = 0; i < IN_PROCESS_RUNS; i += 1) await generateKeyPairAsync('rsa', { modulusLength: 2048 });
  });
  const idle = await monitored(() => new Promise((r) => setTimeout(r, Math.max(500, ours.ms))));
  const line = (label: string, m: { max: number; p99: number; ms: number }): string =>
    `  ${label.padEnd(44)} worst ${m.max.toFixed(1).padStart(6)} ms   p99 ${m.p99.toFixed(1).padStart(5)} ms   (${m.ms.toFixed(0)} ms)`;
  console.log(
    `in-process event loop (monitorEventLoopDelay, 5 ms resolution), ${IN_PROCESS_RUNS} certificates with .p12`,
  );
  console.log(line(`generateCertificate x${IN_PROCESS_RUNS}`, ours));
  console.log(`    worst block per certificate: ${perRun.map((r) => r.max.toFixed(1)).join(' / ')} ms`);
  console.log(
    `    time per certificate in-process (no process start): median ${median(perRun.map((r) => r.ms)).toFixed(0)} ms`,
  );
  console.log(line(`baseline: native RSA key generation only x${IN_PROCESS_RUNS}`, nativeOnly));
  console.log(line('baseline: idle timer, same length', idle));
  console.log(
    `  worst block while making certificates: ${ours.max.toFixed(1)} ms  (goal <= 50: ${ours.max <= 50 ? 'met' : 'NOT met'})`,
  );
}

export async function benchCertificate(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'botlogin-bench-cert-'));
  try {
    if (existsSync(CLI)) await pairedProcessRuns(work);
    else console.log(`  skipped the process comparison: ${CLI} is missing (run npm run build first)`);
    await eventLoopBlock(work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
