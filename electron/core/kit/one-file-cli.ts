/**
 * Where the CLI as one file (dist/bot-login.cjs, made by `npm run build`) is, so a kit can carry it. The app gives
 * its built dist folder; the CLI gives its own entry file: the one file itself when it runs as bot-login.cjs, else
 * dist/cli/cli.cjs, whose dist folder holds bot-login.cjs. null when the file is not there (a unit test, a build
 * without it): the kit's README then says where to download it.
 */
import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ONE_FILE_CLI_NAME } from '../../../shared/bot-kit.js';

export type OneFileCliPlace = { readonly distDir: string } | { readonly entryFile: string };

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function locateOneFileCli(place: OneFileCliPlace): string | null {
  let candidate: string;
  if ('distDir' in place) candidate = join(place.distDir, ONE_FILE_CLI_NAME);
  else if (basename(place.entryFile) === ONE_FILE_CLI_NAME) candidate = place.entryFile;
  else candidate = join(dirname(dirname(place.entryFile)), ONE_FILE_CLI_NAME);
  return isFile(candidate) ? candidate : null;
}
