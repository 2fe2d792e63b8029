/**
 * Bundle budget (issues 13, 21): the words come in parts (shared/i18n/messages.ts); each language's parts are their own
 * chunks, loaded only when that language (and that part) is used; the first screen (the index JS and CSS the page
 * links) carries English's window part only, none of the results or Node-only words, and stays under 85 KB gzipped.
 * Reads the build `npm test` makes before the browser tests; prints the figures.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as nodeWords from '../../shared/i18n/en/node.js';
import * as resultsWords from '../../shared/i18n/en/results.js';
import * as windowWords from '../../shared/i18n/en/window.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { DEFAULT_RENDERER_DIR } from '../harness/paths.js';
import { expect, test } from './fixtures.js';
import { BUNDLES, headingIn } from './language-flow.js';

const FIRST_SCREEN_BUDGET_BYTES = 85 * 1024;
const TRANSLATED = LANGUAGES.filter((lang) => lang !== 'en');
const ASSETS = join(DEFAULT_RENDERER_DIR, 'assets');

/** The chunk file of a language's part (vite.config.ts names them it-window-<hash>.js; the pseudo-locale pseudo-<hash>.js). */
function chunkOf(files: readonly string[], lang: string, part = 'window'): string | undefined {
  const prefix = lang === 'pseudo' ? 'pseudo' : `${lang}-${part}`;
  return files.find((name) => new RegExp(`^${prefix}-[\\w-]+\\.js$`).test(name));
}

/** Every string in a text tree (functions' words are checked through the strings around them). */
function strings(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (tree !== null && typeof tree === 'object') return Object.values(tree).flatMap(strings);
  return [];
}

test('each language part is its own chunk, and the first screen stays under 85 KB gzipped', async () => {
  const files = await readdir(ASSETS);
  const html = await readFile(join(DEFAULT_RENDERER_DIR, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(linked.filter((name) => name.endsWith('.js'))).toHaveLength(1);
  expect(linked.filter((name) => name.endsWith('.css'))).toHaveLength(1);

  for (const lang of [...TRANSLATED, 'pseudo']) {
    for (const part of lang === 'pseudo' ? ['window'] : ['window', 'results', 'node']) {
      const chunk = chunkOf(files, lang, part);
      expect(chunk, `a chunk for ${lang}'s ${part} words in ${files.join(', ')}`).toBeDefined();
      expect(linked, `${lang} is not loaded by the first screen`).not.toContain(chunk);
    }
  }
  // English's results and Node-only words are not in the first screen either (they load with the test step, or never).
  const firstJs = (await Promise.all(linked.map((name) => readFile(join(ASSETS, name), 'utf8')))).join('\n');
  const inWindowPart = new Set(strings(windowWords)); // a sentence the window part also has may be there
  const later = [...strings(resultsWords), ...strings(nodeWords)].filter((s) => s.length >= 30 && !inWindowPart.has(s));
  expect(later.length).toBeGreaterThan(50);
  expect(later.filter((s) => firstJs.includes(s))).toEqual([]);
  expect(firstJs).toContain(BUNDLES.en.ui.jurisdiction.heading);

  let firstScreen = 0;
  for (const name of linked) firstScreen += gzipSync(await readFile(join(ASSETS, name))).length;
  const chunks = await Promise.all(
    TRANSLATED.map(
      async (lang) =>
        `${lang} ${(gzipSync(await readFile(join(ASSETS, chunkOf(files, lang) ?? ''))).length / 1024).toFixed(1)} KB`,
    ),
  );
  console.log(
    `first screen (index JS + CSS): ${(firstScreen / 1024).toFixed(1)} KB gzipped; window words per language: ${chunks.join(', ')}`,
  );
  expect(firstScreen).toBeLessThan(FIRST_SCREEN_BUDGET_BYTES);
});

test.describe('loaded on demand', () => {
  test.use({ locale: 'sv-SE' });

  test('a Swedish browser loads the Swedish chunk and no other language', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url().split('/').pop() ?? ''));
    await page.reload();
    await expect(headingIn(page, BUNDLES.sv.ui.jurisdiction.heading)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    const languageChunks = requested.filter((name) => /^(it|es|ro|sv|pseudo)-[\w-]+\.js$/.test(name));
    expect([...new Set(languageChunks.map((name) => name.split('-')[0]))]).toEqual(['sv']);
  });
});
