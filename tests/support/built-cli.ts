/** The built CLI (dist/cli/cli.cjs) for tests that run it as a real process; rebuilt when older than its sources. */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli/cli.cjs');
/** The one-file CLI where `npm run build` leaves it (the benches time it; tests build their own: one-file-build.ts). */
export const ONE_FILE_CLI = join(ROOT, 'dist/bot-login.cjs');

/** The sources of every `login` run: the entry and the command. */
export const LOGIN_CLI_SOURCES = ['electron/cli.ts', 'electron/cli/login.ts'] as const;

/** Rebuilds the CLI bundle when any of `sources` (paths from the project root) is newer; returns its path. */
export async function builtCli(sources: readonly string[]): Promise<string> {
  const newest = sources.map((p) => statSync(join(ROOT, p)).mtimeMs).reduce((a, b) => Math.max(a, b), 0);
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < newest) {
    await run('npx', ['vite', 'build', '--mode', 'cli', '--logLevel', 'warn'], { cwd: ROOT });
  }
  return CLI;
}
