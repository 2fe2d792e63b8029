/**
 * After "Test my login" the answer is in view without scrolling and focus is on its heading, at the two window sizes
 * people use most (issue 10: at 1000x720 only the top 38 px of the result showed, at 800x600 none of it); and while
 * the test runs the button says so and the form is busy.
 */
import { explainLoginStatus } from '../../shared/login-catalogue.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import { failurePanel, fillLogin, heading, runTest, successPanel, testButton, walkToTestStep } from './flow.js';

for (const viewport of [
  { width: 1000, height: 720 },
  { width: 800, height: 600 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('a login that works: the result is in view and its heading has focus', async ({ page }) => {
      await walkToTestStep(page);
      await fillLogin(page);
      await runTest(page);
      await expect(successPanel(page)).toBeInViewport();
      await expect(heading(page, 'Your bot login works')).toBeInViewport({ ratio: 1 });
      await expect(heading(page, 'Your bot login works')).toBeFocused();
    });

    test('a refused login: the explanation is in view and its heading has focus', async ({ page, sso }) => {
      const refused = explainLoginStatus('CERT_AUTH_REQUIRED', 'international');
      await walkToTestStep(page);
      sso.setMode({ kind: 'status', status: 'CERT_AUTH_REQUIRED' });
      await fillLogin(page);
      await runTest(page);
      await expect(failurePanel(page, refused.title)).toBeInViewport();
      await expect(heading(page, refused.title)).toBeInViewport({ ratio: 1 });
      await expect(heading(page, refused.title)).toBeFocused();
      await expect(failurePanel(page, refused.title).getByText(refused.whatToDo)).toBeInViewport({ ratio: 1 });
    });

    test('an empty key: the headline is in view with focus, and the list of keys starts in view', async ({ page }) => {
      const headline = 'Your login works \u2013 choose your application key';
      await walkToTestStep(page);
      await fillLogin(page, { ...FAKE_ACCOUNT, appKey: '' });
      await runTest(page);
      await expect(heading(page, headline)).toBeInViewport({ ratio: 1 });
      await expect(heading(page, headline)).toBeFocused();
      await expect(page.getByRole('region', { name: 'Your application keys', exact: true })).toBeInViewport();
    });
  });
}

test('while the test runs the button says "Testing…" and the form is busy', async ({ page, sso }) => {
  await walkToTestStep(page);
  sso.setMode({ kind: 'slow', ms: 1500 });
  await fillLogin(page);
  await testButton(page).click();
  await expect(page.getByRole('button', { name: 'Testing…' })).toBeVisible();
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(1);
  await expect(successPanel(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Test my login' })).toBeVisible();
  await expect(page.locator('form[aria-busy="true"]')).toHaveCount(0);
});

test('while the test runs the window says which checks are still running, then the answer replaces it', async ({
  page,
  sso,
}) => {
  await walkToTestStep(page);
  sso.setMode({ kind: 'slow', ms: 1500 });
  sso.setAccountsMode({ kind: 'slow', ms: 1500 });
  try {
    await fillLogin(page);
    await testButton(page).click();
    const status = page.getByRole('status').filter({ hasText: 'Still checking' });
    await expect(status).toHaveText('Still checking: login');
    // keepAlive and the stream answer at once; the slow Accounts API is what is left
    await expect(status).toHaveText('Still checking: application key');
    // beside the button in the footer, so in view at any window size
    await expect(status).toBeInViewport();
    await expect(successPanel(page)).toBeVisible();
    await expect(page.getByText('Still checking')).toHaveCount(0);
  } finally {
    sso.setMode({ kind: 'normal' });
    sso.setAccountsMode({ kind: 'normal' });
  }
});
