/**
 * Bundle budget (issue 13): each language is its own chunk, loaded only when that language is used, and the first
 * screen (the index JS and CSS the page links, no language chunk) stays under 100 KB gzipped. Reads the build
 * `npm test` makes before the browser tests; prints the figures.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { DEFAULT_RENDERER_DIR } from '../harness/paths.js';
import { expect, test } from './fixtures.js';
import { BUNDLES, headingIn } from './language-flow.js';

const FIRST_SCREEN_BUDGET_BYTES = 100 * 1024;
const TRANSLATED = LANGUAGES.filter((lang) => lang !== 'en');
const ASSETS = join(DEFAULT_RENDERER_DIR, 'assets');

/** The chunk file of a language (Vite names a dynamic import's chunk after its folder's index: it-<hash>.js). */
function chunkOf(files: readonly string[], lang: string): string | undefined {
  return files.find((name) => new RegExp(`^${lang}-[\\w-]+\\.js$`).test(name));
}

test('each language is its own chunk, and the first screen stays under 100 KB gzipped', async () => {
  const files = await readdir(ASSETS);
  const html = await readFile(join(DEFAULT_RENDERER_DIR, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+)"/g)].map((m) => m[1] ?? '');
  expect(linked.filter((name) => name.endsWith('.js'))).toHaveLength(1);
  expect(linked.filter((name) => name.endsWith('.css'))).toHaveLength(1);

  for (const lang of [...TRANSLATED, 'pseudo']) {
    const chunk = chunkOf(files, lang);
    expect(chunk, `a chunk for ${lang} in ${files.join(', ')}`).toBeDefined();
    expect(linked, `${lang} is not loaded by the first screen`).not.toContain(chunk);
  }

  let firstScreen = 0;
  for (const name of linked) firstScreen += gzipSync(await readFile(join(ASSETS, name))).length;
  const chunks = await Promise.all(
    TRANSLATED.map(
      async (lang) =>
        `${lang} ${(gzipSync(await readFile(join(ASSETS, chunkOf(files, lang) ?? ''))).length / 1024).toFixed(1)} KB`,
    ),
  );
  console.log(
    `first screen (index JS + CSS): ${(firstScreen / 1024).toFixed(1)} KB gzipped; language chunks: ${chunks.join(', ')}`,
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
