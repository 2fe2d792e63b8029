/**
 * The README is a newcomer's first screen: under 10 KB, saying what the app is, with a picture, how to try it
 * (also offline) and test it, and the CLI; the developer detail lives in docs/. Every relative link in the
 * README and in docs/*.md leads to a file that exists (and an #anchor to a heading of that file).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const README = join(ROOT, 'README.md');
const DOCS = join(ROOT, 'docs');

const MARKDOWN = [
  README,
  ...readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(DOCS, f)),
];

/** The text without fenced code blocks and code spans (a `[x](y)` in code is not a link). */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Link targets of [text](target) and ![alt](target). */
function links(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchors(markdown: string): Set<string> {
  return new Set(
    prose(markdown)
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => anchorOf(line.replace(/^#+ /, ''))),
  );
}

describe('README.md', () => {
  const readme = readFileSync(README, 'utf8');

  it('is under 10 KB', () => {
    expect(statSync(README).size).toBeLessThan(10_000);
  });

  it('starts with what it is, a picture from docs/, Try it (also offline), Test it and the CLI', () => {
    const headings = readme.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.slice(0, 3)).toEqual(['## Try it', '## Test it', '## The command line']);
    const beforeTry = readme.slice(0, readme.indexOf('## Try it'));
    expect(beforeTry).toMatch(/Betfair Exchange/);
    expect(beforeTry).toMatch(/!\[[^\]]+\]\(docs\/[\w-]+\.png\)/);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm run harness -- --fake-sso');
    expect(readme).toContain('npm test');
    for (const need of ['/usr/bin/chromium', 'CHROMIUM_PATH', 'openssl', 'curl', 'requests', 'keytool'])
      expect(readme).toContain(need);
  });

  it('links the developer detail in docs/', () => {
    for (const doc of ['architecture', 'testing', 'releasing', 'security'])
      expect(links(readme)).toContain(`docs/${doc}.md`);
  });

  it('the offline command it gives is a script of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const script of ['start', 'harness', 'test']) expect(pkg.scripts[script]).toBeTruthy();
  });
});

describe.each(MARKDOWN.map((file) => [relative(ROOT, file), file]))('the links of %s', (_name, file) => {
  const markdown = readFileSync(file, 'utf8');
  const relativeLinks = links(markdown).filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l));

  it('every relative link leads to a file that exists, and every #anchor to a heading', () => {
    const broken: string[] = [];
    for (const link of relativeLinks) {
      const [path = '', anchor] = link.split('#');
      const target = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
      if (!existsSync(target)) broken.push(`${link} (no such file)`);
      else if (anchor !== undefined && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(anchor))
        broken.push(`${link} (no such heading)`);
    }
    expect(broken).toEqual([]);
  });
});

describe('the link check', () => {
  it('finds links, and a missing file or heading counts as broken', () => {
    const sample = '![a](docs/x.png) [b](docs/y.md#two) `[c](z.md)`\n```\n[d](w.md)\n```\n## Two';
    expect(links(sample)).toEqual(['docs/x.png', 'docs/y.md#two']);
    expect(anchors(sample)).toEqual(new Set(['two']));
    expect(existsSync(join(ROOT, 'docs/x.png'))).toBe(false);
  });
});
