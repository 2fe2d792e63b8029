/**
 * Issue 31: at 200% and 400% zoom (1280x800 CSS px seen as 640x400 and 320x256) the answer of the test step is in
 * view with its heading: after a delayed-key, a wrong-password and a "works" test the focused heading lies inside
 * the visible part of its scroll area (the window never scrolls), not scrolled past to the action below it.
 * Screenshots of each in the test's output folder.
 */
import type { Locator, Page } from '@playwright/test';
import { explainLoginStatus } from '../../shared/login-catalogue.js';
import { en } from '../../shared/i18n/en/index.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import { fillLogin, heading, runTest, walkToTestStep } from './flow.js';

/** The heading's box lies wholly inside its scroll area's visible box (and inside the window). */
async function headingInView(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport({ ratio: 1 });
  const inside = await target.evaluate((el) => {
    const area = el.closest('[data-scroll-area]');
    if (!area) return 'no scroll area';
    const a = area.getBoundingClientRect();
    const h = el.getBoundingClientRect();
    return h.top >= a.top - 0.5 && h.bottom <= a.bottom + 0.5
      ? 'inside'
      : `heading ${h.top}-${h.bottom}, area ${a.top}-${a.bottom}`;
  });
  expect(inside).toBe('inside');
}

const wrongPassword = explainLoginStatus('INVALID_USERNAME_OR_PASSWORD', 'international').title;

for (const viewport of [
  { width: 640, height: 400 },
  { width: 320, height: 256 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('a delayed key: the heading of the answer is in view with focus', async ({ page }, testInfo) => {
      await walkToTestStep(page);
      await fillLogin(page, { ...FAKE_ACCOUNT, appKey: FAKE_ACCOUNT.delayedAppKey });
      await runTest(page);
      await headingInView(page, heading(page, en.VERDICT_TEXT['delayed-key'].title));
      await page.screenshot({ path: testInfo.outputPath(`delayed-${viewport.width}x${viewport.height}.png`) });
    });

    test('a wrong password: the heading of the answer is in view with focus', async ({ page, sso }, testInfo) => {
      await walkToTestStep(page);
      sso.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
      try {
        await fillLogin(page);
        await runTest(page);
        await headingInView(page, heading(page, wrongPassword));
        await page.screenshot({ path: testInfo.outputPath(`wrong-${viewport.width}x${viewport.height}.png`) });
      } finally {
        sso.setMode({ kind: 'normal' });
      }
    });

    test('a login that works: the heading of the answer is in view with focus', async ({ page }, testInfo) => {
      await walkToTestStep(page);
      await fillLogin(page);
      await runTest(page);
      await headingInView(page, heading(page, 'Your bot login works'));
      await page.screenshot({ path: testInfo.outputPath(`works-${viewport.width}x${viewport.height}.png`) });
    });
  });
}
