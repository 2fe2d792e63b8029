/**
 * The single executable for this machine (electron/launch/single-executable.ts: Node's single-executable
 * applications + postject), built from a fresh one-file CLI and run as a server without Node would run it:
 * alone in an empty folder, with no node on PATH. The release workflow builds the same for Linux x64, Windows x64
 * and macOS arm64; here it is the platform the tests run on (about 5 s of CPU on Linux).
 * Issue 26, repro 3: a kit made by the executable carries the one-file CLI from the executable's own payload, never a
 * bot-login.cjs planted two folders up (where the executable used to look).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
import { embeddedOneFileCli, locateOneFileCli } from '../../../../electron/core/kit/one-file-cli.js';
import { buildOneFileCli } from '../../../support/one-file-build.js';

const run = promisify(execFile);

/** Node builds that lack the single-executable fuse (some Linux distributions' own packages) cannot be used. */
const buildable = await canBuildFrom();
if (!buildable) console.warn(`SKIPPED single executable: ${process.execPath} carries no NODE_SEA fuse`);

let folder = '';
let executable = '';
let oneFile = '';

beforeAll(async () => {
  if (!buildable) return;
  folder = await mkdtemp(join(tmpdir(), 'botlogin-sea-'));
  oneFile = await buildOneFileCli();
  // In bin/ so that "two folders up" from the executable is the test's own folder, where a file is planted below.
  executable = await buildSingleExecutable({ script: oneFile, out: join(folder, 'bin', defaultExecutableName()) });
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
    expect(await readdir(join(folder, 'bin'))).toEqual([defaultExecutableName()]);
  });

  it('runs --version and generate without Node installed, in Italian with LANG', async () => {
    expect(await exe(['--version'])).toMatch(/^\d+\.\d+\.\d+\n$/);
    const made = await exe(['generate', '--dir', 'certs'], { LANG: 'it_IT.UTF-8' });
    expect(made.split('\n')[0]).toBe(italian.CLI_GENERATE_TEXT.made(join(folder, 'certs')));
    const { stdout } = await run('openssl', [
      'x509',
      '-in',
      join(folder, 'certs', 'client-2048.crt'),
      '-noout',
      '-subject',
    ]);
    expect(stdout).toContain('Betfair bot login');
  });

  it('a kit it makes carries its own embedded one-file CLI, not a bot-login.cjs planted two folders up', async () => {
    const planted = join(folder, 'bot-login.cjs');
    await writeFile(planted, 'require("child_process").execSync("touch /tmp/planted-ran"); // planted\n');
    await exe(['generate', '--dir', 'kit-certs']);
    await mkdir(join(folder, 'kits'));
    const out = await exe([
      ...['kit', '--framework', 'node', '--dir', 'kits', '--jurisdiction', 'international'],
      ...[
        '--cert',
        join(folder, 'kit-certs', 'client-2048.crt'),
        '--key',
        join(folder, 'kit-certs', 'client-2048.key'),
      ],
      ...['--username', 'bettor@example.com', '--app-key', 'DelayKey4Bettor1', '--json'],
    ]);
    const kit = JSON.parse(out) as { dir: string; includesOneFileCli: boolean };
    expect(kit.includesOneFileCli).toBe(true);
    const sha256 = async (file: string) =>
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex');
    const carried = await sha256(join(kit.dir, 'bot-login.cjs'));
    expect(carried).toBe(await sha256(oneFile));
    expect(carried).not.toBe(await sha256(planted));
  });
});

describe('where a kit takes the one-file CLI from (any Node, no executable needed)', () => {
  it('never from beside an entry that is not the built CLI: a planted bot-login.cjs two folders up is ignored', async () => {
    const root = await mkdtemp(join(tmpdir(), 'botlogin-locate-'));
    try {
      await mkdir(join(root, 'bin'));
      await mkdir(join(root, 'cli'));
      await writeFile(join(root, 'bot-login.cjs'), '// planted\n');
      expect(locateOneFileCli({ entryFile: join(root, 'bin', defaultExecutableName()) })).toBeNull();
      expect(locateOneFileCli({ entryFile: join(root, 'bin', 'cli.cjs') })).toBeNull();
      // The built layout (dist/cli/cli.cjs beside dist/bot-login.cjs) and the one file itself still count.
      expect(locateOneFileCli({ entryFile: join(root, 'cli', 'cli.cjs') })).toBe(join(root, 'bot-login.cjs'));
      expect(locateOneFileCli({ entryFile: join(root, 'bot-login.cjs') })).toBe(join(root, 'bot-login.cjs'));
      expect(embeddedOneFileCli()).toBeNull();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
