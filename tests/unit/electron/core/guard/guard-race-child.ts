/**
 * A child process for the cross-process guard race: reads lines "ban DIR" or "reserve DIR" on stdin, runs that
 * guard call on DIR at the real clock, and answers "done" on stdout. Run with `node --import tsx`.
 */
// A Node entry point: every part of the words in `text` (a held-back login explains itself in words).
import '../../../../../shared/i18n/all-words.js';
import { createInterface } from 'node:readline';
import { recordBan, reserveLoginAttempt } from '../../../../../electron/core/guard/index.js';

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const [op, dir] = line.split(' ');
  if (dir === undefined) continue;
  if (op === 'ban') await recordBan(dir, new Date());
  else await reserveLoginAttempt(dir, new Date());
  process.stdout.write('done\n');
}
