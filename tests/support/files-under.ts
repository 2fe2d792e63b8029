/** Test helper: the files in a folder and all its sub-folders (a missing folder is an error, never "no files"). */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir`, as full paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every file below `dir`, as sorted paths from `dir` with forward slashes ("sub/file.txt"). */
export function relativeFilesUnder(dir: string): string[] {
  return filesUnder(dir)
    .map((path) => relative(dir, path).split(sep).join('/'))
    .sort();
}
