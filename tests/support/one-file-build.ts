/**
 * The one-file CLI (vite --mode cli-onefile, as npm run build makes dist/bot-login.cjs), built fresh into a temp
 * folder for the tests that run it as a bettor would: the file alone, plain `node`, no node_modules.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..', '..');

export const ONE_FILE_NAME = 'bot-login.cjs';

/** Builds the file; returns its path (in a temp folder of its own). */
export async function buildOneFileCli(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'botlogin-onefile-build-'));
  await build({
    configFile: join(root, 'vite.config.ts'),
    root,
    mode: 'cli-onefile',
    logLevel: 'silent',
    build: { outDir },
  });
  return join(outDir, ONE_FILE_NAME);
}
