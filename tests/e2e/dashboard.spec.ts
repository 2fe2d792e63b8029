/**
 * The dashboard's promises: a certificate that runs out soon is flagged and "Renew certificate" opens the renewal
 * (tests/e2e/renewal.spec.ts follows it to the end), and remembering the app key and username only.
 */
import { readFile } from 'node:fs/promises';
import { settingsFilePath } from '../../electron/core/settings/index.js';
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
  successPanel,
  testButton,
  unfold,
  walkToTestStep,
} from './flow.js';

test('a certificate that runs out within 30 days is flagged, and "Renew certificate" says what will happen first', async ({
  page,
}) => {
  await chooseJurisdiction(page);
  await page.getByText('Advanced options').click();
  await page.getByLabel('Valid for (days)', { exact: true }).fill('20');
  await createCertificate(page);
  await next(page);
  await confirmUpload(page);
  await fillLogin(page);
  await testButton(page).click();
  await expect(successPanel(page)).toBeVisible();
  await next(page);

  await expect(heading(page, 'Your bot login')).toBeVisible();
  await expect(page.getByText(/Expires on .+ \(20 days\)/).first()).toBeVisible();
  const warning = page
    .getByRole('status')
    .or(page.getByRole('alert'))
    .filter({ hasText: /20 days/ });
  await expect(warning.first()).toBeVisible();
  await expect(warning.first()).toContainText('Press “Renew certificate”');
  await button(page, 'Renew certificate').click();
  // The renewal stays on the dashboard: the plan in order, nothing made before "Make the new certificate".
  await expect(heading(page, 'Renew your certificate')).toBeFocused();
  await expect(button(page, 'Make the new certificate')).toBeVisible();
  await button(page, 'Not now').click();
  await expect(button(page, 'Renew certificate')).toBeVisible();
});

const REMEMBER = 'Remember my username and application key on this computer';

test('"Remember" keeps the application key and username across a reload, and never the password', async ({
  page,
  harness,
}) => {
  await walkToTestStep(page);
  await fillLogin(page);
  await page.getByRole('checkbox', { name: REMEMBER }).check();
  await testButton(page).click();
  await expect(successPanel(page)).toBeVisible();

  await page.reload();
  await expect(heading(page, 'Your bot login')).toBeVisible();
  await unfold(page, 'Test again');
  await expect(page.getByLabel('Application key', { exact: true })).toHaveValue(FAKE_ACCOUNT.appKey);
  await expect(page.getByLabel('Username', { exact: true })).toHaveValue(FAKE_ACCOUNT.username);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: REMEMBER })).toBeChecked();

  const stored = await readFile(settingsFilePath(harness.dataDir), 'utf8');
  expect(stored).toContain(FAKE_ACCOUNT.appKey);
  expect(stored).not.toContain(FAKE_ACCOUNT.password.slice(0, 9)); // "p@ss w0rd", before any JSON escaping
  expect(stored).not.toContain('PRIVATE KEY');

  // Unticked: both are forgotten at once.
  await page.getByRole('checkbox', { name: REMEMBER }).uncheck();
  await page.reload();
  await unfold(page, 'Test again');
  await expect(page.getByLabel('Username', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Application key', { exact: true })).toHaveValue('');
});
