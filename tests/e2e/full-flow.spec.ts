import { securityPageUrl } from '../../shared/jurisdictions.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import {
  button,
  chooseJurisdiction,
  createCertificate,
  fillLogin,
  heading,
  next,
  successPanel,
  testButton,
  unfold,
} from './flow.js';

test('a new user goes from "Which Betfair site do you use?" to "Your bot login works"', async ({
  page,
  harness,
  sso,
}) => {
  await expect(
    page
      .getByRole('status')
      .or(page.getByRole('note'))
      .filter({ hasText: `Test endpoint: ${sso.origin}` }),
  ).toBeVisible();
  await expect(button(page, 'Back')).toHaveCount(0);

  const currentStep = page.getByRole('navigation', { name: 'Steps' }).locator('[aria-current="step"]');
  await expect(currentStep).toHaveCount(1);
  await expect(currentStep).toContainText('Betfair site');
  await chooseJurisdiction(page, 'au');
  await expect(currentStep).toContainText('Certificate');
  await expect(button(page, 'Back')).toBeVisible();
  await expect(button(page, 'Next')).toBeDisabled();
  await expect(page.getByText(harness.certDir).first()).toBeVisible();
  await createCertificate(page);
  await expect(page.getByText(/Expires on .+ \(\d+ days\)/).first()).toBeVisible();
  await unfold(page, 'Details');
  await button(page, 'Show in folder').first().click();
  await expect.poll(() => harness.opened().filter((r) => r.kind === 'reveal').length).toBe(1);
  await next(page);

  await expect(heading(page, 'Upload your certificate')).toBeVisible();
  await button(page, 'Open Betfair security page').click();
  await expect
    .poll(async () =>
      (
        await page.request.get(`${harness.origin}/__harness/opened`, {
          headers: { 'X-Harness-Token': harness.token },
        })
      ).json(),
    )
    .toEqual([securityPageUrl('au')]);
  await button(page, 'Show the .crt file').click();
  await expect
    .poll(() =>
      harness
        .opened()
        .filter((r) => r.kind === 'reveal')
        .map((r) => (r.kind === 'reveal' ? r.path : '')),
    )
    .toEqual([expect.stringContaining(harness.certDir), expect.stringMatching(/\.crt$/)]);
  await expect(
    page
      .getByRole('list')
      .filter({ has: page.getByRole('listitem') })
      .first(),
  ).toBeVisible();
  await expect(button(page, 'Next')).toBeDisabled();
  await page.getByRole('checkbox', { name: 'I have uploaded the certificate' }).check();
  await next(page);

  await expect(heading(page, 'Test my login')).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('type', 'password');
  await fillLogin(page);
  await testButton(page).click();
  const result = successPanel(page);
  await expect(result).toBeVisible();
  await expect(result).toContainText(/logged out/i);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');

  const logins = sso.requests().filter((r) => r.path.includes('certlogin'));
  expect(logins).toHaveLength(1);
  // What was typed reached the server intact (spaces, &, =, +, %, £ and a quote in the password).
  expect(logins[0]?.username).toBe(FAKE_ACCOUNT.username);
  expect(logins[0]?.passwordMatched).toBe(true);
  expect(logins[0]?.headers['x-application']).toBe(FAKE_ACCOUNT.appKey);
  expect(sso.requests().some((r) => r.path.includes('logout'))).toBe(true);

  await next(page);
  await expect(heading(page, 'Your bot login')).toBeVisible();
  await expect(page.getByText('Australia / New Zealand').first()).toBeVisible();
});
