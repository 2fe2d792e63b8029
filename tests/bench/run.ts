/**
 * npm run bench: the project's performance figures (paired runs, medians, ratios), on a supported Node (npm run bench
 * goes through .ci/with-supported-node: the machine's Node when it is >= 22.12, else the cached Node 24; `npm run
 * bench:here` uses whatever Node runs it).
 * Not a test: nothing here passes or fails; it prints what it measured against each budget.
 *   BENCH_ONLY=certificate|cli|login|bot-checks|latency|renderer  runs one part.
 */
// Every part of the words in `text` before any code reads them (this runs in Node; the window loads parts on demand).
import '../../shared/i18n/all-words.js';
import { benchBotChecks } from './bot-checks.js';
import { benchCertificate } from './certificate.js';
import { closingNote } from './closing-note.js';
import { benchCliStart } from './cli-start.js';
import { benchLatency } from './latency.js';
import { benchLogin } from './login.js';
import { benchRenderer } from './renderer.js';
import { LOWEST_SUPPORTED_NODE, runsOnSupportedNode } from '../node-support.js';

const parts: ReadonlyArray<readonly [string, () => Promise<void>]> = [
  ['certificate', benchCertificate],
  ['cli', benchCliStart],
  ['login', benchLogin],
  ['bot-checks', benchBotChecks],
  ['latency', benchLatency],
  ['renderer', benchRenderer],
];

console.log(
  `Node ${process.version} (${process.execPath})` +
    (runsOnSupportedNode()
      ? ''
      : `: older than the project supports (>= ${LOWEST_SUPPORTED_NODE}); its figures say little about the app`),
);

const only = process.env.BENCH_ONLY;
for (const [name, run] of parts) {
  if (only && only !== name) continue;
  console.log(`\n== ${name} ==`);
  await run();
}

if (closingNote().length > 0) {
  console.log('\n== closing note: the ratios and their goals (medians of paired runs) ==');
  for (const line of closingNote()) console.log(`  ${line}`);
}
