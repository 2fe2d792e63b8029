/**
 * Issue 26, repro 4: Node's compile cache only in the private data folder, or off. A `node-compile-cache` folder
 * planted (0777) in the temp folder, as another user could make it, is never written or read; the cache goes into
 * <data folder>/compile-cache (0700); with a data folder others may write to, there is no cache at all. Run on the
 * real built CLI in its own process (the cache is written when the process ends).
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../support/bundle-build.js';

const run = promisify(execFile);
const hasCache = typeof (await import('node:module')).enableCompileCache === 'function';
const posixModes = process.platform !== 'win32';

let cli = '';
let root = '';
beforeAll(async () => {
  cli = (await buildBundle('cli')).file;
  root = mkdtempSync(join(tmpdir(), 'compile-cache-'));
}, 120_000);

/** A temp folder with a planted, world-writable node-compile-cache holding one planted file. */
function plantedTemp(name: string): { temp: string; planted: string } {
  const temp = join(root, name);
  const planted = join(temp, 'node-compile-cache');
  mkdirSync(planted, { recursive: true });
  writeFileSync(join(planted, 'planted'), 'x');
  chmodSync(planted, 0o777);
  return { temp, planted };
}

const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' });

async function runCli(env: Record<string, string>, args: readonly string[]): Promise<void> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NODE_COMPILE_CACHE')));
  await run(process.execPath, [cli, ...args], { env: { ...clean, ...env } }).catch(() => undefined);
}

describe.skipIf(!hasCache || !posixModes)('the compile cache (Node >= 22.1, POSIX modes)', () => {
  it('goes into the private data folder (0700), never into a planted 0777 node-compile-cache in the temp folder', async () => {
    const { temp, planted } = plantedTemp('private');
    const data = join(root, 'private-data');
    for (const args of [['--help'], ['inspect', '--help']])
      await runCli({ TMPDIR: temp, BOTLOGIN_DATA_DIR: data }, args);
    expect(filesUnder(planted)).toEqual(['planted']);
    const cache = join(data, 'compile-cache');
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(filesUnder(cache).length).toBeGreaterThan(0);
  });

  it('is off when the data folder is one others may write to: nothing in it, nothing in the temp folder', async () => {
    const { temp, planted } = plantedTemp('shared');
    const data = join(root, 'shared-data');
    mkdirSync(data);
    chmodSync(data, 0o1777);
    await runCli({ TMPDIR: temp, BOTLOGIN_DATA_DIR: data }, ['--help']);
    expect(filesUnder(planted)).toEqual(['planted']);
    expect(readdirSync(data)).toEqual([]);
    expect(statSync(data).mode & 0o7777).toBe(0o1777);
  });
});
