/**
 * After TEMPORARY_BAN_TOO_MANY_REQUESTS the wizard waits 20 minutes: the button says so and counts
 * down, it is disabled, and no further login reaches the server (also after a reload). After a few tests in a
 * minute it waits, and after two wrong passwords in a row the next test needs a short wait and the user's
 * "I have checked it, test again"; the reason stands beside the button, in view at 800x600.
 */
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { en } from '../../shared/i18n/en/index.js';
import { explainLoginStatus } from '../../shared/login-catalogue.js';
import { expect, test } from './fixtures.js';
import { failurePanel, fillLogin, runTest, successPanel, testButton, walkToTestStep } from './flow.js';

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

test.describe('at 800x600', () => {
  test.use({ viewport: { width: 800, height: 600 } });

  test('after a few tests in a minute the wizard waits before the next one, and says why beside the button', async ({
    page,
    sso,
  }) => {
    await walkToTestStep(page);
    sso.setMode({ kind: 'status', status: 'CERT_AUTH_REQUIRED' });
    const title = explainLoginStatus('CERT_AUTH_REQUIRED', 'international').title;
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
    await expect(waiting).toBeInViewport();
    await expect(page.getByText(en.ui.test.waitReason['rate-limited'])).toBeInViewport();
    await page.screenshot({ path: test.info().outputPath('rate-limited-800x600.png') });
    await expect(page.getByText(/per minute/i)).toBeVisible();
    await fillLogin(page);
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await page.waitForTimeout(500);
    expect(logins()).toBe(LIMIT);
  });

  test('two wrong passwords in a row: the third is not sent by one click; after a short wait "I have checked it, test again" sends it', async ({
    page,
    sso,
  }) => {
    test.slow(); // the guard's wait is 30 real seconds: the harness keeps real time
    await walkToTestStep(page);
    sso.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
    const logins = (): number => sso.requests().filter((r) => r.path.includes('certlogin')).length;
    const wrong = { ...FAKE_ACCOUNT, password: 'not my password' };
    for (let i = 1; i <= 2; i += 1) {
      await fillLogin(page, wrong);
      await runTest(page);
      expect(logins()).toBe(i);
    }
    // Held: the button waits, the reason stands beside it in view, and neither a click nor Enter sends anything.
    const held = page.getByRole('button', { name: /^Test again \(wait 0:[0-3]\d\)$/ });
    await expect(held).toBeDisabled();
    await expect(held).toBeInViewport();
    await expect(page.getByText(en.ui.test.waitReason['password-check'])).toBeInViewport();
    await page.screenshot({ path: test.info().outputPath('password-check-800x600.png') });
    await expect(page.getByRole('button', { name: 'Reset my password' }).first()).toBeVisible();
    await fillLogin(page, wrong);
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await held.click({ force: true });
    await page.waitForTimeout(500);
    expect(logins()).toBe(2);

    // After the wait, one deliberate press sends the test; a success clears the hold.
    sso.setMode({ kind: 'normal' });
    const checked = page.getByRole('button', { name: 'I have checked it, test again' });
    await expect(checked).toBeEnabled({ timeout: 40_000 });
    await fillLogin(page);
    await checked.click();
    await expect(successPanel(page)).toBeVisible();
    expect(logins()).toBe(3);
    await expect(testButton(page)).toHaveText('Test my login');
    await expect(page.getByText(en.ui.test.waitReason['password-check'])).toHaveCount(0);
  });
});
