/**
 * CLI start-up figure (printed, never asserted): `node dist/cli/cli.cjs --version` vs a bare
 * `node -e 0`, both as whole processes; N paired runs, order alternating; median ratio (goal <= 1.1).
 * Also, for where the time goes, `bot-login --help` (loads every command's chunk), one command's chunk
 * loaded with no work (`generate --help`), and the one-file CLI (dist/bot-login.cjs, all of it parsed at start).
 * On Node >= 22.1 the CLI keeps its compiled chunks in Node's compile cache; the warm-up run fills it.
 * Needs a built CLI (npm run bench builds first). The Node is the one running the bench (process.execPath).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { median } from './median.js';
import { CLI, ONE_FILE_CLI } from '../support/built-cli.js';
import { noteRatio } from './closing-note.js';

const run = promisify(execFile);
/** `bot-login --version` / `node -e 0`, as a median of paired runs (issue 21). */
const VERSION_GOAL = 1.1;
const PAIRS = Number(process.env.BENCH_CLI_PAIRS ?? 21);

async function processMs(args: readonly string[]): Promise<number> {
  const start = performance.now();
  await run(process.execPath, [...args]);
  return performance.now() - start;
}

/** Paired runs of `args` against `node -e 0`, the order alternating; returns the medians and the median ratio. */
async function pairedWithBareNode(args: readonly string[]): Promise<{ ours: number; node: number; ratio: number }> {
  const ours: number[] = [];
  const bare: number[] = [];
  const ratios: number[] = [];
  await processMs(args); // warm-up (disk cache)
  for (let i = 0; i < PAIRS; i += 1) {
    let a: number;
    let b: number;
    if (i % 2 === 0) {
      a = await processMs(args);
      b = await processMs(['-e', '0']);
    } else {
      b = await processMs(['-e', '0']);
      a = await processMs(args);
    }
    ours.push(a);
    bare.push(b);
    ratios.push(a / b);
  }
  return { ours: median(ours), node: median(bare), ratio: median(ratios) };
}

export async function benchCliStart(): Promise<void> {
  if (!existsSync(CLI)) {
    console.log(`  skipped: ${CLI} is missing (run npm run build first)`);
    return;
  }
  console.log(
    `CLI start-up, whole process, ${PAIRS} paired runs each against a bare \`node -e 0\` (order alternating), Node ${process.version}`,
  );
  const rows: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['bot-login --version', [CLI, '--version']],
    ['bot-login generate --help (one command loaded)', [CLI, 'generate', '--help']],
    ['bot-login --help (every command loaded)', [CLI, '--help']],
    ...(existsSync(ONE_FILE_CLI)
      ? ([['node bot-login.cjs --version (the one file)', [ONE_FILE_CLI, '--version']]] as const)
      : []),
  ];
  let versionRatio = Number.NaN;
  for (const [label, args] of rows) {
    const m = await pairedWithBareNode(args);
    // The goal is the installed command's (package.json bin: dist/cli/cli.cjs); the one file's row is for scale.
    if (args[0] === CLI && args[1] === '--version') versionRatio = m.ratio;
    console.log(
      `  ${label.padEnd(48)} median ${m.ours.toFixed(0).padStart(4)} ms vs node -e 0 ${m.node.toFixed(0).padStart(4)} ms   ratio ${m.ratio.toFixed(2)}`,
    );
  }
  noteRatio('bot-login --version / node -e 0, paired whole processes', versionRatio, VERSION_GOAL);
  console.log(
    `  bot-login --version median ratio: ${versionRatio.toFixed(2)}  (goal <= ${VERSION_GOAL}: ${versionRatio <= VERSION_GOAL ? 'met' : 'NOT met'})`,
  );
}
