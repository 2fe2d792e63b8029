/**
 * The whole wizard with the keyboard alone (Tab, Space, Enter), and the focus always visible.
 */
import type { Locator, Page } from '@playwright/test';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import { button, CERTIFICATE_READY, heading, successPanel } from './flow.js';

/** Presses Tab until `target` has the focus (at most `max` times), then checks the focus is visible. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectVisibleFocus(target);
      return;
    }
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function expectVisibleFocus(target: Locator): Promise<void> {
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      shadow: style.boxShadow !== 'none',
    };
  });
  expect(ring.focusVisible).toBe(true);
  expect(ring.outline || ring.shadow).toBe(true);
}

test('a person using only Tab, Space and Enter reaches "Your bot login works"', async ({ page }) => {
  await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();

  await tabTo(page, page.getByRole('radio', { name: 'International (UK and most countries)' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'International (UK and most countries)' })).toBeChecked();
  await tabTo(page, button(page, 'Next'));
  await page.keyboard.press('Enter');

  await expect(heading(page, 'Your certificate')).toBeVisible();
  await expect(heading(page, 'Your certificate')).toBeFocused();
  await tabTo(page, button(page, 'Create certificate'));
  await page.keyboard.press('Enter');
  await expect(heading(page, CERTIFICATE_READY)).toBeVisible({ timeout: 30_000 });
  await tabTo(page, button(page, 'Next'));
  await page.keyboard.press('Enter');

  await expect(heading(page, 'Upload your certificate')).toBeVisible();
  await tabTo(page, page.getByRole('checkbox', { name: 'I have uploaded the certificate' }));
  await page.keyboard.press('Space');
  await tabTo(page, button(page, 'Next'));
  await page.keyboard.press('Enter');

  await expect(heading(page, 'Test my login')).toBeVisible();
  await tabTo(page, page.getByLabel('Application key', { exact: true }));
  await page.keyboard.type(FAKE_ACCOUNT.appKey);
  await tabTo(page, page.getByLabel('Username', { exact: true }));
  await page.keyboard.type(FAKE_ACCOUNT.username);
  await tabTo(page, page.getByLabel('Password', { exact: true }));
  await page.keyboard.type(FAKE_ACCOUNT.password);
  await page.keyboard.press('Enter');
  await expect(successPanel(page)).toBeVisible();
});

/** Fields on the page without a label a screen reader would read out. */
async function unlabelledFields(page: Page): Promise<string[]> {
  return page.evaluate(`Array.from(document.querySelectorAll('input, select, textarea'))
    .filter((el) => el.type !== 'hidden')
    .filter((el) => !(el.labels && el.labels.length > 0) && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
    .map((el) => el.outerHTML.slice(0, 120))`);
}

test('every field on every step has a label', async ({ page }) => {
  expect(await unlabelledFields(page)).toEqual([]);
  await page.getByRole('radio', { name: 'International (UK and most countries)' }).check();
  await button(page, 'Next').click();
  await page.getByText('Advanced options').click();
  expect(await unlabelledFields(page)).toEqual([]);
  await button(page, 'Use an existing certificate').click();
  expect(await unlabelledFields(page)).toEqual([]);
  await button(page, 'Make a new certificate').click();
  await button(page, 'Create certificate').click();
  await expect(heading(page, CERTIFICATE_READY)).toBeVisible({ timeout: 30_000 });
  await button(page, 'Next').click();
  expect(await unlabelledFields(page)).toEqual([]);
  await page.getByRole('checkbox', { name: 'I have uploaded the certificate' }).check();
  await button(page, 'Next').click();
  await expect(heading(page, 'Test my login')).toBeVisible();
  expect(await unlabelledFields(page)).toEqual([]);
});
