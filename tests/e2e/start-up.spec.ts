/**
 * How the window starts: the bridge asks the app for its state while the page loads, and the page takes those answers
 * (one round trip each, not two); the first screen is the first thing painted, with no "Loading…" before it; and when
 * the app is slow to answer, "Loading…" shows and the screen follows.
 */
import { en } from '../../shared/i18n/en/index.js';
import { START_METHODS } from '../../shared/api.js';
import { expect, test } from './fixtures.js';

/** Notes, before any script of the page, whether "Loading…" was ever in the page before the first step heading. */
const NOTE_LOADING = `(() => {
  window.__sawLoading = false;
  const observer = new MutationObserver(() => {
    if (document.querySelector('[role="status"]')?.textContent === ${JSON.stringify(en.ui.common.loading)}) window.__sawLoading = true;
    if (document.querySelector('#step-heading')) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

test('the first screen comes straight up, from one request per start question', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    const method = /\/__wizard\/(\w+)$/.exec(new URL(request.url()).pathname)?.[1];
    if (method) asked.push(method);
  });
  await page.addInitScript({ content: NOTE_LOADING });
  await page.reload();
  await expect(page.getByRole('heading', { name: en.ui.jurisdiction.heading })).toBeVisible();
  for (const method of START_METHODS) expect(asked.filter((m) => m === method)).toHaveLength(1);
  expect(await page.evaluate(() => (window as unknown as { __sawLoading: boolean }).__sawLoading)).toBe(false);
  // Settings asked later are fresh answers, not the head start again.
  const later = await page.evaluate(() => window.wizard?.getSettings());
  expect(later).toMatchObject({ ok: true });
  expect(asked.filter((m) => m === 'getSettings')).toHaveLength(2);
});

test('when the app is slow to answer, "Loading…" shows, then the first screen', async ({ page }) => {
  await page.route('**/__wizard/getSettings', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.reload();
  await expect(page.getByRole('status')).toHaveText(en.ui.common.loading);
  await expect(page.getByRole('heading', { name: en.ui.jurisdiction.heading })).toBeVisible();
});
