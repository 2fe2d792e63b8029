/**
 * A single executable of the one-file CLI (Node's single-executable applications): a copy of the running Node
 * binary with dist/bot-login.cjs injected by postject, so a server without Node runs `./bot-login generate …`.
 * Built for the platform it runs on (the release workflow runs it on Linux x64, Windows x64 and macOS arm64).
 *   tsx electron/launch/single-executable.ts [--out FILE]   (after npm run build; default release-cli/bot-login-<os>-<arch>)
 * Node 20, 22 and 24 make the blob with `--experimental-sea-config` (Node 24.22 has no `--build-sea`).
 */
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { ONE_FILE_CLI_ASSET } from '../core/kit/one-file-cli.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
export const ONE_FILE_CLI = join(ROOT, 'dist', 'bot-login.cjs');
/** The marker Node's binary carries for an injected blob (Node's single-executable documentation). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

type Inject = (
  file: string,
  resourceName: string,
  data: Buffer,
  options: { readonly sentinelFuse: string; readonly machoSegmentName?: string },
) => Promise<void>;

export interface SingleExecutableOptions {
  /** The one-file CLI to wrap (default dist/bot-login.cjs). */
  readonly script?: string;
  /** Where the executable goes (".exe" is added on Windows when missing). */
  readonly out: string;
  /** The Node binary to copy (default: the one running this). */
  readonly node?: string;
}

/** The default file name for this platform, e.g. bot-login-linux-x64, bot-login-win-x64.exe, bot-login-macos-arm64. */
export function defaultExecutableName(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string {
  const os = platform === 'win32' ? 'win' : platform === 'darwin' ? 'macos' : platform;
  return `bot-login-${os}-${arch}${platform === 'win32' ? '.exe' : ''}`;
}

/** Whether `node` can be made into a single executable (it carries the fuse; some distributions' builds do not). */
export async function canBuildFrom(node: string = process.execPath): Promise<boolean> {
  return (await readFile(node)).includes(SEA_FUSE);
}

/** Builds the executable; returns its path. Throws with the failing step's output when a step fails. */
export async function buildSingleExecutable(options: SingleExecutableOptions): Promise<string> {
  const node = options.node ?? process.execPath;
  const script = resolve(options.script ?? ONE_FILE_CLI);
  const out = resolve(
    process.platform === 'win32' && !options.out.endsWith('.exe') ? `${options.out}.exe` : options.out,
  );
  const work = await mkdtemp(join(tmpdir(), 'botlogin-sea-'));
  try {
    const blob = join(work, 'bot-login.blob');
    // useCodeCache: V8's compiled code goes into the blob (made by the same Node that is copied), so the 1 MB
    // script is not compiled again at each start: --version took 130 ms of CPU against 170 ms without (Node 20, here).
    // assets: the one-file CLI rides inside the executable, so a kit made by it carries exactly this file
    // (electron/core/kit/one-file-cli.ts) and never one found beside the executable.
    const config = {
      main: script,
      output: blob,
      disableExperimentalSEAWarning: true,
      useCodeCache: true,
      assets: { [ONE_FILE_CLI_ASSET]: script },
    };
    await writeFile(join(work, 'sea-config.json'), JSON.stringify(config));
    await run(node, ['--experimental-sea-config', 'sea-config.json'], { cwd: work });
    const blobBytes = await readFile(blob);
    await mkdir(dirname(out), { recursive: true });
    await copyFile(node, out);
    await chmod(out, 0o755);
    // macOS refuses to run a binary whose signature no longer matches: drop it, inject, sign again (ad hoc).
    if (process.platform === 'darwin') await run('codesign', ['--remove-signature', out]);
    const inject = (createRequire(import.meta.url)('postject') as { inject: Inject }).inject;
    await withoutHarmlessLiefWarnings(() =>
      inject(out, 'NODE_SEA_BLOB', blobBytes, {
        sentinelFuse: SEA_FUSE,
        ...(process.platform === 'darwin' ? { machoSegmentName: 'NODE_SEA' } : {}),
      }),
    );
    if (process.platform === 'darwin') await run('codesign', ['--sign', '-', out]);
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * LIEF (inside postject, via console.warn) says "Can't find string offset for section name '.note.100'" about the
 * Node binary's unnamed note sections on Linux, nine times per injection. It is harmless: the result runs (the test
 * runs it), and postject's maintainers say so (nodejs/postject#83). Only that line is dropped; any other warning
 * still shows.
 */
async function withoutHarmlessLiefWarnings<T>(work: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (
      args.length === 1 &&
      typeof args[0] === 'string' &&
      /^warning: Can't find string offset for section name '\.note(\.\d+)?'$/.test(args[0])
    )
      return;
    warn(...args);
  };
  try {
    return await work();
  } finally {
    console.warn = warn;
  }
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isEntry) {
  const at = process.argv.indexOf('--out');
  const out = at === -1 ? join(ROOT, 'release-cli', defaultExecutableName()) : (process.argv[at + 1] ?? '');
  buildSingleExecutable({ out }).then(
    (file) => process.stdout.write(`${file}\n`),
    (error: unknown) => {
      process.stderr.write(
        `Could not build the single executable: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
