/**
 * When no proper answer comes, the fault is shown in the same result panel, in plain words:
 * an answer that is not JSON, an HTTP error page, a refused connection, a server whose certificate
 * is not trusted, a server that never answers (the engine's 30-second timeout, waited out once).
 */
import { explainFault } from '../../shared/login-catalogue.js';
import { expect, test } from './fixtures.js';
import { failurePanel, fillLogin, forgetLoginGuard, runTest, testButton, walkToTestStep } from './flow.js';

test('an answer that is not JSON, then an HTTP 500, then a refused connection', async ({ page, harness, sso }) => {
  await walkToTestStep(page);
  const unexpected = explainFault('UNEXPECTED_ANSWER');

  sso.setMode({ kind: 'not-json' });
  await fillLogin(page);
  await runTest(page);
  await expect(failurePanel(page, unexpected.title)).toBeVisible();
  await expect(failurePanel(page, unexpected.title)).toContainText('What to do');

  sso.setMode({ kind: 'http-error', status: 500 });
  await forgetLoginGuard(harness.dataDir);
  await fillLogin(page);
  await runTest(page);
  await expect(failurePanel(page, unexpected.title)).toContainText('500');

  await sso.close();
  await forgetLoginGuard(harness.dataDir);
  await fillLogin(page);
  await runTest(page);
  const refused = explainFault('CONNECTION_REFUSED');
  await expect(failurePanel(page, refused.title)).toBeVisible();
  await expect(failurePanel(page, refused.title)).toContainText('What to do');
  await expect(page.getByText(/at .*\(.*\.(ts|js):\d+/)).toHaveCount(0);
});

test.describe('a login server the app does not trust', () => {
  test.use({ harnessSetup: { fakeSso: true, trustFakeSsoCa: false, env: {} } });

  test('is refused and explained, and nothing is sent to it', async ({ page, sso }) => {
    await walkToTestStep(page);
    await fillLogin(page);
    await runTest(page);
    const untrusted = explainFault('SERVER_CERT_UNTRUSTED');
    await expect(failurePanel(page, untrusted.title)).toBeVisible();
    await expect(failurePanel(page, untrusted.title)).toContainText('What to do');
    expect(sso.requests()).toHaveLength(0);
  });
});

test('a server that never answers: the button stays busy, no second login is sent, then the timeout is explained', async ({
  page,
  sso,
}) => {
  test.setTimeout(120_000);
  await walkToTestStep(page);
  sso.setMode({ kind: 'hang' });
  await fillLogin(page);
  await testButton(page).click();
  const busy = page.getByRole('button', { name: 'Testing…' });
  await expect(busy).toBeVisible();
  await busy.click({ force: true });
  await page.getByLabel('Password', { exact: true }).press('Enter');
  const timeout = explainFault('TIMEOUT');
  await expect(failurePanel(page, timeout.title)).toBeVisible({ timeout: 60_000 });
  await expect(failurePanel(page, timeout.title)).toContainText('What to do');
  expect(sso.requests().filter((r) => r.path.includes('certlogin')).length).toBeLessThanOrEqual(1);
});
