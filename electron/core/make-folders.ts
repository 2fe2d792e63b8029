/**
 * Makes a folder and its missing parents one level at a time. Node's `mkdir(dir, { recursive: true })` never returns
 * for a path like /proc/botlogin-not-here/x (the folder answers "not found", its parent "already exists", and Node
 * loops); a plain mkdir per level answers ENOENT there, so this always ends, within one call per level.
 * Returns the outermost folder it made (undefined when `dir` was there already), as Node's recursive mkdir does.
 * Throws Node's own errors (code ENOENT, EACCES, ENOTDIR…) for the caller to word.
 */
import { mkdirSync, statSync, type Stats } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * The error's `code`. Not error-code.ts: the CLI's entry makes its data folder through this file, and a shared
 * import would become a chunk `bot-login --version` has to load (tests/unit/electron/cli/lazy-commands.test.ts).
 */
function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

function notAFolder(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`not a folder: ${path}`), { code: 'ENOTDIR' });
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
}

/** The levels to make, outermost first; [] when `dir` is a folder already. */
function missingLevels(dir: string): string[] {
  const missing: string[] = [];
  for (let path = resolve(dir); ; path = dirname(path)) {
    const info = statOrNull(path);
    if (info) {
      if (!info.isDirectory()) throw notAFolder(path);
      return missing.reverse();
    }
    missing.push(path);
    if (dirname(path) === path) return missing.reverse();
  }
}

/** A level someone else made meanwhile is fine when it is a folder. */
function madeMeanwhile(error: unknown, path: string): boolean {
  return codeOf(error) === 'EEXIST' && statOrNull(path)?.isDirectory() === true;
}

/** The few stat calls (one per level) are synchronous; the folders are made without blocking. */
export async function makeFolders(dir: string, mode: number): Promise<string | undefined> {
  const levels = missingLevels(dir);
  for (const level of levels) {
    try {
      await mkdir(level, { mode });
    } catch (error) {
      if (!madeMeanwhile(error, level)) throw error;
    }
  }
  return levels[0];
}

export function makeFoldersSync(dir: string, mode: number): string | undefined {
  const levels = missingLevels(dir);
  for (const level of levels) {
    try {
      mkdirSync(level, { mode });
    } catch (error) {
      if (!madeMeanwhile(error, level)) throw error;
    }
  }
  return levels[0];
}
