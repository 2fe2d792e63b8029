/**
 * Every repository path that the docs (README.md, docs/*.md) or a code comment names exists. A path from the root
 * (`electron/core/transport/test-endpoint.ts`, `tests/support/`) must be there as written; a shorter one that starts
 * at one of our folders (`cli/login-verdict.ts`, `core/transport/limits.ts`) must end some real path; a bare file name
 * (`untrusted-input.test.ts`; in a comment only a test's or a Markdown file's) must be some file's name. Generated places (dist/, release/, test output) and
 * other projects' files are not ours to check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** Folders that are not the project's source: installed, or written by test runs. */
const NOT_SOURCE = new Set(['node_modules', '.git', 'test-results', 'playwright-report', '.artifacts']);
/** Built output at the root. */
const BUILT = new Set(['dist', 'release']);
/** Folders a path from the root may start with; anything else (dist/, a home folder) is not checked. */
const ROOTED = new Set(['electron', 'shared', 'renderer', 'tests', 'docs', '.ci', '.github']);
/**
 * A file name checked when it stands alone: in the docs, a source or Markdown file's; in a comment (where files a
 * test makes are named too), a test's or a Markdown file's.
 */
const NAME_IN_DOCS = /\.(tsx?|md)$/;
const NAME_IN_COMMENTS = /\.(test|spec)\.tsx?$|\.md$/;
/** The endings of our own files: a shorter path with another ending is some other project's. */
const OUR_ENDINGS = /\.(tsx?|js|cjs|mjs|md|json|ya?ml|sh|css|html)$/;
/** Named in the docs but not files of this repository (each with where it lives). */
const ELSEWHERE = new Set([
  // GitHub Desktop's one map of IPC signatures, the model for shared/api.ts.
  'ipc-shared.ts',
]);

interface Place {
  readonly file: string;
  readonly line: number;
  readonly path: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCE.has(entry.name) || (dir === ROOT && BUILT.has(entry.name))) continue;
    const path = join(dir, entry.name);
    out.push(relative(ROOT, path).split(sep).join('/') + (entry.isDirectory() ? '/' : ''));
    if (entry.isDirectory()) walk(path, out);
  }
  return out;
}

const ALL = walk(ROOT);
const PATHS = new Set(ALL.map((p) => p.replace(/\/$/, '')));
const NAMES = new Set(ALL.filter((p) => !p.endsWith('/')).map((p) => p.slice(p.lastIndexOf('/') + 1)));
const FOLDER_NAMES = new Set(ALL.filter((p) => p.endsWith('/')).map((p) => p.slice(0, -1).split('/').pop() ?? ''));

/** The comments of a source file, everything else blanked but its line breaks (so lines keep their numbers). */
function commentsOf(source: string): string {
  const newlines = (text: string): string => text.replace(/[^\n]/g, '');
  let out = '';
  let last = 0;
  // Strings are matched too, so that a `//` or `/*` inside one is not taken for a comment.
  for (const match of source.matchAll(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
  )) {
    const text = match[0];
    out += newlines(source.slice(last, match.index)) + (text.startsWith('/') ? text : newlines(text));
    last = match.index + text.length;
  }
  return out + newlines(source.slice(last));
}

/** The paths a text names, with their line numbers. URLs, absolute paths and placeholders are left out. */
function pathsIn(file: string, text: string): Place[] {
  const places: Place[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, ' ');
    for (const match of line.matchAll(/(?<![\w./~@$-])(?:\.{1,2}\/)*[\w.-]+(?:\/[\w.-]+)*\/?/g)) {
      const path = match[0].replace(/^(\.{1,2}\/)+/, '').replace(/[.:]+$/, '');
      const next = line[match.index + match[0].length] ?? '';
      if (path.length === 0 || /[<>*{$…]/.test(next)) continue;
      places.push({ file, line: index + 1, path });
    }
  });
  return places;
}

/** Why a named path is not there, or null when it is (or is not ours to check). */
function missing(path: string, names: RegExp = NAME_IN_DOCS): string | null {
  const segments = path.replace(/\/$/, '').split('/');
  const [first = ''] = segments;
  const name = segments[segments.length - 1] ?? '';
  if (segments.length === 1) {
    if (!names.test(name) || ELSEWHERE.has(name) || /^\.|^[\d.]+$/.test(name)) return null;
    return NAMES.has(name) ? null : 'no file has this name';
  }
  if (ROOTED.has(first)) {
    const asWritten = path.replace(/\/$/, '');
    // A module may be named without its ending (shared/jurisdictions).
    return [asWritten, `${asWritten}.ts`, `${asWritten}.tsx`].some((p) => PATHS.has(p)) ? null : 'not there';
  }
  if (!FOLDER_NAMES.has(first) || !OUR_ENDINGS.test(name)) return null;
  const tail = `/${path}`;
  return ALL.some((p) => `/${p}`.endsWith(tail)) ? null : 'no path ends like this';
}

const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => `docs/${n}`),
];
const CODE = ALL.filter(
  (p) =>
    /\.(tsx?|js|cjs|mjs)$/.test(p) &&
    (ROOTED.has(p.split('/')[0] ?? '') || !p.includes('/')) &&
    !p.startsWith('tests/fixtures/betfairlightweight/'),
);

describe('paths named in the docs and in code comments', () => {
  it('the check finds a stale path, and passes a real one', () => {
    expect(missing('electron/cli/verdict-exit.ts')).toBe('not there');
    expect(missing('cli/verdict-exit.ts')).toBe('no path ends like this');
    expect(missing('DESIGN.md')).toBe('no file has this name');
    expect(missing('electron/cli/login-verdict.ts')).toBeNull();
    expect(missing('cli/login-verdict.ts')).toBeNull();
    expect(missing('electron/core/transport/')).toBeNull();
    const named = pathsIn('x.md', 'see `electron/core/login/` and https://example.com/a/b.ts').map((p) => p.path);
    expect(named.filter((p) => p.includes('/'))).toEqual(['electron/core/login/']);
    expect(commentsOf("const a = 'not/a/comment.ts'; // docs/x.md\nf();\n/* b/c.ts */")).toBe(
      '// docs/x.md\n\n/* b/c.ts */',
    );
  });

  it.each(DOCS)('%s names only paths that exist', (doc) => {
    const stale = pathsIn(doc, readFileSync(join(ROOT, doc), 'utf8'))
      .map((place) => ({ ...place, why: missing(place.path) }))
      .filter((place) => place.why !== null);
    expect(stale).toEqual([]);
  });

  it('the comments of the code name only paths that exist', () => {
    const stale = CODE.flatMap((file) => pathsIn(file, commentsOf(readFileSync(join(ROOT, file), 'utf8'))))
      .map((place) => ({ ...place, why: missing(place.path, NAME_IN_COMMENTS) }))
      .filter((place) => place.why !== null);
    expect(stale).toEqual([]);
  });
});
