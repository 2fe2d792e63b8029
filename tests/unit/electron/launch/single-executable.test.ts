/**
 * The single executable for this machine (electron/launch/single-executable.ts: Node's single-executable
 * applications + postject), built from a fresh one-file CLI and run as a server without Node would run it:
 * alone in an empty folder, with no node on PATH. The release workflow builds the same for Linux x64, Windows x64
 * and macOS arm64; here it is the platform the tests run on (about 5 s of CPU on Linux).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSingleExecutable,
  canBuildFrom,
  defaultExecutableName,
} from '../../../../electron/launch/single-executable.js';
import { it as italian } from '../../../../shared/i18n/it/index.js';
import { buildOneFileCli } from '../cli/one-file-build.js';

const run = promisify(execFile);

/** Node builds that lack the single-executable fuse (some Linux distributions' own packages) cannot be used. */
const buildable = await canBuildFrom();
if (!buildable) console.warn(`SKIPPED single executable: ${process.execPath} carries no NODE_SEA fuse`);

let folder = '';
let executable = '';

beforeAll(async () => {
  if (!buildable) return;
  folder = await mkdtemp(join(tmpdir(), 'botlogin-sea-'));
  executable = await buildSingleExecutable({
    script: await buildOneFileCli(),
    out: join(folder, defaultExecutableName()),
  });
}, 180_000);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Runs the executable in its folder with an environment that has no Node anywhere (PATH holds only /nonexistent). */
async function exe(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<string> {
  const { stdout } = await run(executable, [...args], { cwd: folder, env: { PATH: '/nonexistent', ...env } });
  return stdout;
}

describe.skipIf(!buildable)('the single executable of bot-login', () => {
  it('is named for the platform and is the only file in its folder', async () => {
    expect(defaultExecutableName('linux', 'x64')).toBe('bot-login-linux-x64');
    expect(defaultExecutableName('win32', 'x64')).toBe('bot-login-win-x64.exe');
    expect(defaultExecutableName('darwin', 'arm64')).toBe('bot-login-macos-arm64');
    expect(await readdir(folder)).toEqual([defaultExecutableName()]);
  });

  it('runs --version and generate without Node installed, in Italian with LANG', async () => {
    expect(await exe(['--version'])).toMatch(/^\d+\.\d+\.\d+\n$/);
    const made = await exe(['generate', '--dir', 'certs'], { LANG: 'it_IT.UTF-8' });
    expect(made.split('\n')[0]).toBe(italian.CLI_TEXT.generate.made(join(folder, 'certs')));
    const { stdout } = await run('openssl', [
      'x509',
      '-in',
      join(folder, 'certs', 'client-2048.crt'),
      '-noout',
      '-subject',
    ]);
    expect(stdout).toContain('Betfair bot login');
  });
});
