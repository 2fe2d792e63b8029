/**
 * Issue 31, tried as people who zoom, use the keyboard alone, a screen reader or forced colours would: Denmark's
 * notice is said (a status) while the focus stays on the radio buttons; the account's keys have buttons with names of
 * their own ("Use this key – Delayed key …1234"); at 400% zoom (320x256) a dialog opens at its title with the safe answer focused,
 * Enter in the password field brings the answer's heading into view with the focus, and with WCAG text spacing the
 * footer's box does not cover Back; in forced colours the current step and the primary button keep a cue.
 * Screenshots at 320x256 in the test's output folder.
 */
import type { Locator, Page } from '@playwright/test';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import {
  button,
  chooseJurisdiction,
  confirmUpload,
  createCertificate,
  fillLogin,
  heading,
  next,
  runTest,
  siteRadio,
  walkToTestStep,
} from './flow.js';

/** WCAG 1.4.12's text spacing, as the bookmarklets people use apply it. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(target: Locator) {
  const found = await target.boundingBox();
  if (!found) throw new Error('not drawn');
  return found;
}

test('choosing Denmark is said, and the focus stays on the radio buttons', async ({ page }) => {
  await siteRadio(page, 'dk').check();
  await expect(siteRadio(page, 'dk')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Bot login is not available on betfair.dk' })).toHaveCount(1);
  await siteRadio(page, 'it').check();
  await expect(page.getByRole('status').filter({ hasText: 'betfair.dk' })).toHaveCount(0);
});

test('each key in the list has buttons of its own name, its kind and the last four characters of the key', async ({
  page,
}) => {
  await walkToTestStep(page);
  await fillLogin(page, { ...FAKE_ACCOUNT, appKey: '' });
  await runTest(page);
  for (const [kind, key] of [
    ['Delayed key', FAKE_ACCOUNT.delayedAppKey],
    ['Live key', FAKE_ACCOUNT.appKey],
  ] as const) {
    const which = `${kind} \u2026${key.slice(-4)}`;
    await expect(page.getByRole('button', { name: `Use this key \u2013 ${which}`, exact: true })).toHaveCount(1);
    await expect(page.getByRole('button', { name: `Copy key \u2013 ${which}`, exact: true })).toHaveCount(1);
  }
});

test.describe('at 320x256 (400% zoom)', () => {
  test.use({ viewport: { width: 320, height: 256 } });

  test('a dialog opens at its title, with the safe answer focused', async ({ page }, testInfo) => {
    await walkToTestStep(page);
    await next(page);
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading')).toBeInViewport({ ratio: 1 });
    await expect(dialog.getByRole('button', { name: 'Test my login first' })).toBeFocused();
    await page.screenshot({ path: testInfo.outputPath('dialog-320x256.png') });
  });

  test('by keyboard: Enter in the password field, and the heading of the answer is in view with the focus', async ({
    page,
  }) => {
    await walkToTestStep(page);
    await fillLogin(page, { ...FAKE_ACCOUNT, appKey: FAKE_ACCOUNT.delayedAppKey });
    const answered = page.waitForResponse((r) => r.url().endsWith('/__wizard/testLogin'));
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await answered;
    const title = heading(page, 'Your login works, but your bot cannot bet with the delayed key');
    await expect(title).toBeFocused();
    await expect(title).toBeInViewport({ ratio: 1 });
  });

  test.describe('with the spacing applied as a user style sheet', () => {
    // The window's CSP refuses inline styles; a user's own style sheet is not the page's, so the test may add one.
    test.use({ bypassCSP: true });
    test('with WCAG text spacing the box of the upload step does not cover Back', async ({ page }, testInfo) => {
      await chooseJurisdiction(page);
      await createCertificate(page);
      await next(page);
      await expect(heading(page, 'Upload your certificate')).toBeVisible();
      await page.addStyleTag({ content: TEXT_SPACING });
      const gate = page.getByRole('checkbox', { name: 'I have uploaded the certificate' });
      const gateLabel = page.locator('label').filter({ has: gate });
      expect(overlaps(await box(gateLabel), await box(button(page, 'Back')))).toBe(false);
      expect(overlaps(await box(gateLabel), await box(button(page, 'Next')))).toBe(false);
      await page.screenshot({ path: testInfo.outputPath('upload-text-spacing-320x256.png') });
      await confirmUpload(page);
    });
  });
});

/** The computed style of the first element matching `selector`. */
async function styleOf(page: Page, selector: string, property: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}

test('in forced colours the current step and the primary button keep a cue of their own', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await chooseJurisdiction(page);
  const current = await styleOf(page, '.steps li.current .step-number', 'background-color');
  const other = await styleOf(page, '.steps li:not(.current) .step-number', 'background-color');
  expect(current).not.toBe(other);
  expect(await styleOf(page, '.steps li.current .step-name', 'text-decoration-line')).toBe('underline');
  const primary = button(page, 'Create certificate');
  const plain = button(page, 'Use an existing certificate');
  const width = (b: Locator) => b.evaluate((el) => getComputedStyle(el).borderTopWidth);
  expect(await width(primary)).toBe('3px');
  expect(await width(plain)).not.toBe('3px');
});

test('the dashboard: its folded sections are real headings, each with its fold button inside', async ({ page }) => {
  await walkToTestStep(page);
  await fillLogin(page);
  await runTest(page);
  await next(page);
  await expect(heading(page, 'Your bot login')).toBeVisible();
  for (const name of ['Test again', 'Code samples for your own bot']) {
    const title = page.getByRole('heading', { name, exact: true, level: 2 });
    const toggle = title.getByRole('button', { name, exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(page.getByLabel('Username', { exact: true })).toBeVisible();
  await expect(page.locator('pre code').first()).toBeVisible();
});
