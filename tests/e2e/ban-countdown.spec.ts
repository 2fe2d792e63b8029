/**
 * After TEMPORARY_BAN_TOO_MANY_REQUESTS the wizard waits 20 minutes: the button says so and counts
 * down, it is disabled, and no further login reaches the server (also after a reload).
 */
import { explainLoginStatus } from '../../shared/login-catalogue.js';
import { expect, test } from './fixtures.js';
import { failurePanel, fillLogin, testButton, walkToTestStep } from './flow.js';

test('a temporary ban disables "Test my login" with a countdown, and sends nothing more', async ({ page, sso }) => {
  await walkToTestStep(page);
  sso.setMode({ kind: 'status', status: 'TEMPORARY_BAN_TOO_MANY_REQUESTS' });
  await fillLogin(page);
  await testButton(page).click();
  const explanation = explainLoginStatus('TEMPORARY_BAN_TOO_MANY_REQUESTS', 'international');
  await expect(failurePanel(page, explanation.title)).toBeVisible();

  const waiting = page.getByRole('button', { name: /^Test my login \(wait 19:5\d\)$/ });
  await expect(waiting).toBeVisible();
  await expect(waiting).toBeDisabled();
  const first = await waiting.textContent();
  await expect.poll(async () => testButton(page).textContent(), { timeout: 5_000 }).not.toBe(first);

  const loginsBefore = sso.requests().length;
  sso.setMode({ kind: 'normal' });
  await fillLogin(page);
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await page.waitForTimeout(500);
  expect(sso.requests()).toHaveLength(loginsBefore);

  await page.reload();
  await expect(page.getByRole('button', { name: /^Test my login \(wait 19:\d\d\)$/ }).first()).toBeDisabled();
  expect(sso.requests()).toHaveLength(loginsBefore);
});

test('after a few tests in a minute the wizard waits before the next one, and says why', async ({ page, sso }) => {
  await walkToTestStep(page);
  sso.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
  const title = explainLoginStatus('INVALID_USERNAME_OR_PASSWORD', 'international').title;
  const logins = (): number => sso.requests().filter((r) => r.path.includes('certlogin')).length;
  const LIMIT = 5;
  for (let i = 1; i <= LIMIT; i += 1) {
    await fillLogin(page);
    await testButton(page).click();
    await expect.poll(logins).toBe(i);
    await expect(page.getByRole('button', { name: 'Testing…' })).toHaveCount(0);
    await expect(failurePanel(page, title)).toBeVisible();
  }
  const waiting = page.getByRole('button', { name: /^Test my login \(wait 0:\d\d\)$/ });
  await expect(waiting).toBeVisible();
  await expect(waiting).toBeDisabled();
  await expect(page.getByText(/per minute/i)).toBeVisible();
  await fillLogin(page);
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await page.waitForTimeout(500);
  expect(logins()).toBe(LIMIT);
});
