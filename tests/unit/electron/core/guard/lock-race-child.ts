/**
 * A child process for the stale-lock race: reads lines "hold DIR MS" on stdin, takes the guard lock of DIR (waiting
 * up to 10 s), and while holding it puts a marker file of its own in DIR/holders, looks how many markers are there
 * (at once and again after holding MS milliseconds), removes its marker and answers "<most holders seen> <locked>".
 * Two holders at the same time always show: the later one finds the earlier one's marker. Run with `node --import tsx`.
 */
import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { withGuardLock } from '../../../../../electron/core/guard/guard-lock.js';

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const [op, dir, ms] = line.split(' ');
  if (op !== 'hold' || dir === undefined) continue;
  const holders = join(dir, 'holders');
  await mkdir(holders, { recursive: true });
  const marker = join(holders, String(process.pid));
  const result = await withGuardLock(dir, 10_000, async () => {
    await writeFile(marker, '');
    const first = (await readdir(holders)).length;
    await sleep(Number(ms));
    const second = (await readdir(holders)).length;
    await unlink(marker);
    return Math.max(first, second);
  });
  process.stdout.write(`${result.locked ? result.value : 0} ${result.locked}\n`);
}
