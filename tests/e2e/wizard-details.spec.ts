/** The smaller promises of the wizard: Denmark, replacing a certificate, a small window, the returning user. */
import { readdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import {
  button,
  CERTIFICATE_READY,
  chooseJurisdiction,
  createCertificate,
  fillLogin,
  heading,
  next,
  PLACE_NAMES,
  siteRadio,
  stepInList,
  successPanel,
  testButton,
  unfold,
  walkToTestStep,
} from './flow.js';

test('every site is offered by name, with its domain beside it', async ({ page }) => {
  const group = page.getByRole('group', { name: 'Which Betfair site do you use?' });
  for (const place of Object.keys(PLACE_NAMES) as (keyof typeof PLACE_NAMES)[]) {
    await expect(group.locator(siteRadio(page, place))).toBeVisible();
  }
});

test('creating a second certificate asks first; Cancel keeps the old one, Replace makes a new one', async ({
  page,
  harness,
}) => {
  await chooseJurisdiction(page);
  await button(page, 'Change folder…').click();
  await expect(page.getByText(`${harness.certDir}/picked`).first()).toBeVisible();
  await page.getByText('Advanced options').click();
  await page.getByLabel('Name shown on Betfair', { exact: true }).fill('My betting bot');
  await page.getByLabel('Valid for (days)', { exact: true }).fill('400');
  await createCertificate(page);
  await expect(page.getByText(/\(400 days\)|\(399 days\)/).first()).toBeVisible();
  const fingerprint = page.getByText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/).first();
  const first = await fingerprint.textContent();

  // The main button is now Next; making another one is a deliberate, second choice.
  await button(page, 'Make a new certificate').click();
  await expect(heading(page, 'Create a new certificate')).toBeFocused();
  await button(page, 'Create certificate').click();
  const dialog = page.getByRole('alertdialog', { name: /Replace the existing certificate/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Escape answers "Cancel" too, and focus goes back to the button that asked.
  await button(page, 'Create certificate').click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button(page, 'Create certificate')).toBeFocused();
  // Cancelled twice: the old certificate is still the one in use.
  await button(page, 'Back').click();
  await next(page);
  await expect(heading(page, CERTIFICATE_READY)).toBeVisible();
  await expect(fingerprint).toHaveText(first ?? '');

  await button(page, 'Make a new certificate').click();
  await button(page, 'Create certificate').click();
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(dialog).toBeHidden();
  await expect(heading(page, CERTIFICATE_READY)).toBeFocused({ timeout: 30_000 });
  await expect(page.getByText(/previous files were moved to/)).toBeVisible();
  await expect(fingerprint).not.toHaveText(first ?? '', { timeout: 30_000 });
});

async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, where).toBeLessThanOrEqual(clientWidth);
}

test('at 800x600 every step fits without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await expectNoHorizontalScroll(page, 'step 1');
  await chooseJurisdiction(page);
  await expectNoHorizontalScroll(page, 'step 2');
  await createCertificate(page);
  await expectNoHorizontalScroll(page, 'step 2 with certificate');
  await next(page);
  await expectNoHorizontalScroll(page, 'step 3');
  await page.getByRole('checkbox', { name: 'I have uploaded the certificate' }).check();
  await next(page);
  await fillLogin(page);
  await testButton(page).click();
  await expect(successPanel(page)).toBeVisible();
  await expectNoHorizontalScroll(page, 'step 4');
  await next(page);
  await expect(heading(page, 'Your bot login')).toBeVisible();
  await expectNoHorizontalScroll(page, 'dashboard');
});

test('a returning user lands on the dashboard after a reload, and can test again in one click', async ({
  page,
  context,
  harness,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.origin });
  await walkToTestStep(page, 'it');
  await fillLogin(page);
  await testButton(page).click();
  await expect(successPanel(page)).toBeVisible();

  await page.reload();
  await expect(heading(page, 'Your bot login')).toBeVisible();
  // The last test showed the bot can log in and bet: the step list ticks Test.
  await expect(stepInList(page, 'Test')).toContainText('(done)');
  await expect(page.getByText(PLACE_NAMES.it).first()).toBeVisible();
  await expect(page.getByText(/Expires on .+ \(\d+ days\)/).first()).toBeVisible();
  await unfold(page, 'Details');
  await expect(page.getByText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/).first()).toBeVisible();
  await unfold(page, 'Code samples for your own bot');
  await expect(page.getByText(/never share/i).first()).toBeVisible();

  const curl = page.locator('pre code').filter({ hasText: 'curl' }).first();
  await expect(curl).toContainText(harness.certDir);
  await expect(curl).not.toContainText(/(^|\s)(-k|--insecure)(\s|$)/);
  const python = page.locator('pre code').filter({ hasText: 'betfairlightweight' }).first();
  await expect(python).toContainText(`certs=`);
  await expect(python).toContainText(harness.certDir);
  await expect(
    page
      .locator('pre code')
      .filter({ hasText: 'https' })
      .filter({ hasText: 'require' })
      .or(page.locator('pre code').filter({ hasText: "from 'node:https'" }))
      .first(),
  ).toBeVisible();
  const copy = page.getByRole('button', { name: /^Copy .*curl.* snippet$/i });
  await copy.click();
  await expect(page.getByText('Copied').first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('curl');

  // One click away: the test form is on the dashboard itself, folded under "Test again".
  await unfold(page, 'Test again');
  await fillLogin(page);
  await testButton(page).click();
  await expect(successPanel(page)).toBeVisible();

  await button(page, 'Start over').click();
  const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog'));
  await confirm.getByRole('button', { name: /start over/i }).click();
  await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system colour scheme', async ({ page }) => {
    await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r + g + b) / 3, background).toBeLessThan(100);
  });
});

test.describe('a damaged settings file', () => {
  test.use({ harnessSetup: { fakeSso: true, trustFakeSsoCa: true, env: {}, settingsFile: '{ this is not json' } });

  test('is set aside with a notice, and the wizard starts afresh', async ({ page, harness }) => {
    await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expect(page.getByText(/at .*\.(ts|js):\d+/)).toHaveCount(0);
    const names = await readdir(harness.dataDir);
    expect(names.filter((n) => n.includes('corrupt'))).toHaveLength(1);
  });
});

test('while a test login is under way the button says "Testing…"', async ({ page, sso }) => {
  await walkToTestStep(page);
  sso.setMode({ kind: 'slow', ms: 1500 });
  await fillLogin(page);
  await testButton(page).click();
  await expect(page.getByRole('button', { name: 'Testing…' })).toBeVisible();
  await expect(successPanel(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Test my login', exact: true })).toBeEnabled();
});

test('"Show password" shows and hides the password', async ({ page }) => {
  await walkToTestStep(page);
  const password = page.getByLabel('Password', { exact: true });
  const toggle = page.getByRole('button', { name: 'Show password' });
  await password.fill('secret words');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(password).toHaveAttribute('type', 'text');
  await toggle.click();
  await expect(password).toHaveAttribute('type', 'password');
});

test('"Back" returns step by step and keeps what was chosen', async ({ page }) => {
  await walkToTestStep(page, 'ro');
  await button(page, 'Back').click();
  await expect(heading(page, 'Upload your certificate')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'I have uploaded the certificate' })).toBeChecked();
  await button(page, 'Back').click();
  await expect(heading(page, 'Your certificate')).toBeVisible();
  await expect(heading(page, CERTIFICATE_READY)).toBeVisible();
  await button(page, 'Back').click();
  await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();
  await expect(page.getByRole('radio', { name: PLACE_NAMES.ro })).toBeChecked();
  await expect(button(page, 'Back')).toHaveCount(0);
});

test('when the app stops answering, the page says so in plain words', async ({ page, harness }) => {
  await chooseJurisdiction(page);
  await harness.close();
  await button(page, 'Create certificate').click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(page.getByRole('alert').first()).not.toContainText(/TypeError|Failed to fetch|at .*\.(ts|js):\d+/);
  await expect(page.getByRole('alert').first()).toContainText('lost contact with the app');
});
