/**
 * Data-driven: every loginStatus in the catalogue, answered by the fake identitysso, shows its own
 * title and "What to do" in the result panel. One page, one loop.
 * The login guard allows only a few test logins a minute; between tries this test deletes the guard's
 * file in its own temp data folder (test-only access to the file system; the app never does that).
 * TEMPORARY_BAN_TOO_MANY_REQUESTS is left out here: it starts the 20-minute pause (ban-countdown.spec.ts).
 */
import { explainLoginStatus, LOGIN_STATUS_CODES } from '../../shared/login-catalogue.js';
import { expect, test } from './fixtures.js';
import { failurePanel, fillLogin, forgetLoginGuard, runTest, testButton, walkToTestStep } from './flow.js';

const BAN = 'TEMPORARY_BAN_TOO_MANY_REQUESTS';

test('every Betfair login status shows its title and what to do', async ({ page, harness, sso }) => {
  test.setTimeout(180_000);
  expect(LOGIN_STATUS_CODES).toHaveLength(43);
  await walkToTestStep(page);

  const codes = LOGIN_STATUS_CODES.filter((c) => c !== BAN);
  for (const code of codes) {
    const explanation = explainLoginStatus(code, 'international');
    sso.setMode({ kind: 'status', status: code });
    await forgetLoginGuard(harness.dataDir);
    await fillLogin(page);
    await expect(testButton(page), code).toBeEnabled();
    await runTest(page);
    const panel = failurePanel(page, explanation.title);
    await expect(panel, code).toBeVisible();
    await expect(panel, code).toContainText('What to do');
    await expect(panel, code).toContainText(explanation.whatToDo);
    if (explanation.action) {
      await expect(panel.getByRole('button', { name: explanation.action.label }), code).toBeVisible();
    }
  }
  // One login per code reached the server, each answered with its code.
  const answered = sso
    .requests()
    .filter((r) => r.path.includes('certlogin'))
    .map((r) => r.answered);
  expect(answered).toEqual(codes);
});

test("the action of a failure opens the page on the user's own Betfair site (Sweden)", async ({
  page,
  harness,
  sso,
}) => {
  const explanation = explainLoginStatus('CERT_AUTH_REQUIRED', 'se');
  expect(explanation.action).toBeDefined();
  const action = explanation.action ?? { label: '', url: '' };
  await walkToTestStep(page, 'se');
  sso.setMode({ kind: 'status', status: 'CERT_AUTH_REQUIRED' });
  await fillLogin(page);
  await runTest(page);
  await failurePanel(page, explanation.title).getByRole('button', { name: action.label }).click();
  expect(action.url).toContain('betfair.se');
  await expect.poll(() => harness.opened().flatMap((r) => (r.kind === 'url' ? [r.url] : []))).toContain(action.url);
});
