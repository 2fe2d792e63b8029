/**
 * Issue 31: one announcement per answer. The answer of a test is one live region (role=status, or alert for a
 * failure), not nested in another live region; its heading takes the focus. While the test runs, a status region says
 * "Testing…" before it says which checks are still running.
 */
import type { Locator } from '@playwright/test';
import { explainLoginStatus } from '../../shared/login-catalogue.js';
import { expect, test } from './fixtures.js';
import { fillLogin, heading, runTest, testButton, walkToTestStep } from './flow.js';

/** The live regions around the element, itself included, innermost first. */
async function liveRegionsAround(target: Locator): Promise<string[]> {
  return target.evaluate((el) => {
    const found: string[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const role = node.getAttribute('role');
      const live = node.getAttribute('aria-live');
      if (role === 'alert' || role === 'status' || role === 'log' || (live !== null && live !== 'off'))
        found.push(role ?? `aria-live=${live}`);
    }
    return found;
  });
}

test('a login that works: one live region (a status), and the focus on its heading', async ({ page }) => {
  await walkToTestStep(page);
  await fillLogin(page);
  await runTest(page);
  const title = heading(page, 'Your bot login works');
  await expect(title).toBeFocused();
  expect(await liveRegionsAround(title)).toEqual(['status']);
});

test('a refused login: one live region (an alert), and the focus on its heading', async ({ page, sso }) => {
  const refused = explainLoginStatus('INVALID_USERNAME_OR_PASSWORD', 'international').title;
  await walkToTestStep(page);
  sso.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
  try {
    await fillLogin(page);
    await runTest(page);
    await expect(heading(page, refused)).toBeFocused();
    expect(await liveRegionsAround(heading(page, refused))).toEqual(['alert']);
  } finally {
    sso.setMode({ kind: 'normal' });
  }
});

test('while the test runs a status region says "Testing…"', async ({ page, sso }) => {
  await walkToTestStep(page);
  sso.setMode({ kind: 'slow', ms: 1500 });
  try {
    await fillLogin(page);
    await testButton(page).click();
    await expect(page.getByRole('status').filter({ hasText: /^(Testing…|Still checking: login)$/ })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Testing…' })).toHaveCount(0, { timeout: 10_000 });
  } finally {
    sso.setMode({ kind: 'normal' });
  }
});
