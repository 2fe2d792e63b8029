/**
 * Where the CLI as one file (dist/bot-login.cjs, made by `npm run build`) comes from, so a kit can carry it. Only
 * from inside what is running, never from a folder around it: the app gives its built dist folder; the CLI gives
 * its own entry file: the one file itself when it runs as bot-login.cjs, or dist/cli/cli.cjs, whose dist folder
 * holds bot-login.cjs. A single executable (electron/launch/single-executable.ts) carries the one file as an asset
 * of its own payload and hands over those bytes; its entry "file" is the executable, beside which nothing is taken
 * (a bot-login.cjs planted there would go into the kit, with the README telling the bettor to run it with the
 * password). null when there is none: the kit's README then says where to download it.
 */
import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as sea from 'node:sea';
import { ONE_FILE_CLI_NAME } from '../../../shared/bot-kit.js';

export type OneFileCliPlace = { readonly distDir: string } | { readonly entryFile: string };

/** The asset name of the one-file CLI inside a single executable. */
export const ONE_FILE_CLI_ASSET = ONE_FILE_CLI_NAME;

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The built CLI's own layout: dist/cli/cli.cjs beside dist/bot-login.cjs. */
const BUILT_ENTRY = { file: 'cli.cjs', folder: 'cli' } as const;

export function locateOneFileCli(place: OneFileCliPlace): string | null {
  let candidate: string;
  if ('distDir' in place) candidate = join(place.distDir, ONE_FILE_CLI_NAME);
  else if (basename(place.entryFile) === ONE_FILE_CLI_NAME) candidate = place.entryFile;
  else if (basename(place.entryFile) === BUILT_ENTRY.file && basename(dirname(place.entryFile)) === BUILT_ENTRY.folder)
    candidate = join(dirname(dirname(place.entryFile)), ONE_FILE_CLI_NAME);
  else return null;
  return isFile(candidate) ? candidate : null;
}

/** Whether this process is a single executable (Node 20.12+ can tell; older Node has none). */
export function isSingleExecutable(): boolean {
  return typeof sea.isSea === 'function' && sea.isSea();
}

/** The one-file CLI a single executable carries in its payload, or null (not one, or built without the asset). */
export function embeddedOneFileCli(): Buffer | null {
  if (!isSingleExecutable()) return null;
  try {
    return Buffer.from(sea.getAsset(ONE_FILE_CLI_ASSET));
  } catch {
    return null;
  }
}
