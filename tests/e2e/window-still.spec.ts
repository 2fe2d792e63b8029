/**
 * Issue 27: only the content area scrolls. After every answer (Denmark, certificate ready, upload, each kind of test
 * answer, the dashboard) the window itself has not scrolled and has nothing to scroll: the title and the steps stay
 * where they were and no strip shows under the button bar. Checked at 1000x720 and 800x600.
 */
import type { Page } from '@playwright/test';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import {
  CERTIFICATE_READY,
  confirmUpload,
  createCertificate,
  fillLogin,
  heading,
  next,
  runTest,
  siteRadio,
} from './flow.js';

const SIZES = [
  { width: 1000, height: 720 },
  { width: 800, height: 600 },
] as const;

interface WindowScroll {
  readonly scrollY: number;
  readonly overflow: number;
  /** Elements other than the scroll areas (the step body, the sidebar) that have been scrolled. */
  readonly scrolledElsewhere: readonly string[];
}

async function windowScroll(page: Page): Promise<WindowScroll> {
  // Give a smooth or late scrollIntoView its frames.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    const root = document.documentElement;
    const scrolledElsewhere: string[] = [];
    for (const el of [root, document.body, ...Array.from(document.body.querySelectorAll('*'))]) {
      if (el.scrollTop === 0 && el.scrollLeft === 0) continue;
      if (el.matches('[data-scroll-area], .sidebar, textarea, pre, pre *')) continue;
      scrolledElsewhere.push(`${el.tagName.toLowerCase()}.${el.className} (${el.scrollTop})`);
    }
    return {
      scrollY: window.scrollY,
      overflow: Math.max(root.scrollHeight - root.clientHeight, document.body.scrollHeight - window.innerHeight),
      scrolledElsewhere,
    };
  });
}

async function expectWindowStill(page: Page, after: string): Promise<void> {
  expect(await windowScroll(page), `after ${after}`).toEqual({ scrollY: 0, overflow: 0, scrolledElsewhere: [] });
  await expect(page.getByText('Bot Login Wizard', { exact: true }).first()).toBeInViewport({ ratio: 1 });
}

for (const viewport of SIZES) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the window never scrolls: only the content area does, after every answer', async ({ page }) => {
      await expectWindowStill(page, 'the first screen');
      await siteRadio(page, 'dk').check();
      await expectWindowStill(page, 'choosing Denmark');
      await siteRadio(page, 'international').check();
      await next(page);
      await createCertificate(page);
      await expect(heading(page, CERTIFICATE_READY)).toBeFocused();
      await expectWindowStill(page, 'the certificate is ready');
      await next(page);
      await confirmUpload(page);
      await expectWindowStill(page, 'the upload');

      const answers: readonly { readonly name: string; readonly fill: () => Promise<void> }[] = [
        { name: 'a login that works', fill: () => fillLogin(page) },
        { name: 'a delayed key', fill: () => fillLogin(page, { ...FAKE_ACCOUNT, appKey: FAKE_ACCOUNT.delayedAppKey }) },
        {
          name: '"create your application keys"',
          fill: () => fillLogin(page, { ...FAKE_ACCOUNT, appKey: '', username: FAKE_ACCOUNT.noKeysUsername }),
        },
        {
          name: 'a live key not active yet',
          fill: () =>
            fillLogin(page, {
              ...FAKE_ACCOUNT,
              appKey: FAKE_ACCOUNT.applicantLiveKey,
              username: FAKE_ACCOUNT.applicantUsername,
            }),
        },
        { name: 'a wrong password', fill: () => fillLogin(page, { ...FAKE_ACCOUNT, password: 'not it' }) },
      ];
      for (const answer of answers) {
        await answer.fill();
        await runTest(page);
        await expect(page.locator('.result h2').first()).toBeFocused();
        await expectWindowStill(page, answer.name);
        const name = answer.name.replace(/\W+/g, '-').replace(/^-|-$/g, '');
        await page.screenshot({ path: test.info().outputPath(`${name}-${viewport.width}x${viewport.height}.png`) });
      }
    });
  });
}
