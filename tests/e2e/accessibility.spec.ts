/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every screen of the wizard, in light and dark mode, at
 * 1000x720 and 800x600: no violation anywhere. Each screen is checked as the user sees it, with its
 * folded parts opened, and the dialogs while they are open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.js';
import {
  button,
  chooseJurisdiction,
  createCertificate,
  failurePanel,
  fillLogin,
  heading,
  next,
  runTest,
  siteRadio,
  successPanel,
  unfold,
} from './flow.js';
import { useOpensslP12 } from './p12-flow.js';
import { WCAG_21_AA, expectNoViolations } from './axe-check.js';
import { explainLoginStatus } from '../../shared/login-catalogue.js';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of [
    { width: 1000, height: 720 },
    { width: 800, height: 600 },
  ]) {
    test.describe(`${colorScheme} at ${viewport.width}x${viewport.height}`, () => {
      test.use({ colorScheme, viewport });

      test('every screen passes axe (WCAG 2.1 AA)', async ({ page, sso }) => {
        test.setTimeout(180_000);
        await expectNoViolations(page, 'step 1');
        await siteRadio(page, 'dk').check();
        await expectNoViolations(page, 'step 1, Denmark');
        await chooseJurisdiction(page);

        await unfold(page, 'Advanced options');
        await expectNoViolations(page, 'step 2, create');
        await button(page, 'Use an existing certificate').click();
        await expectNoViolations(page, 'step 2, existing files');
        await button(page, 'Make a new certificate').click();
        await createCertificate(page);
        await unfold(page, 'Details');
        await expectNoViolations(page, 'step 2, certificate ready');
        await button(page, 'Make a new certificate').click();
        await button(page, 'Create certificate').click();
        await expect(page.getByRole('alertdialog')).toBeVisible();
        await expectNoViolations(page, 'step 2, replace question');
        await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
        await next(page);

        await expect(heading(page, 'Upload your certificate')).toBeVisible();
        await expectNoViolations(page, 'step 3');
        await page.getByRole('checkbox', { name: 'I have uploaded the certificate' }).check();
        await next(page);

        await expect(heading(page, 'Test my login')).toBeVisible();
        await expectNoViolations(page, 'step 4');
        await next(page);
        await expect(page.getByRole('alertdialog')).toBeVisible();
        await expectNoViolations(page, 'step 4, not tested yet');
        await page.getByRole('alertdialog').getByRole('button', { name: 'Test my login first' }).click();

        const failure = explainLoginStatus('INVALID_USERNAME_OR_PASSWORD', 'international');
        sso.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
        await fillLogin(page);
        await runTest(page);
        await expect(failurePanel(page, failure.title)).toBeVisible();
        await expectNoViolations(page, 'step 4, a failure');
        sso.setMode({ kind: 'normal' });
        await fillLogin(page);
        await runTest(page);
        await expect(successPanel(page)).toBeVisible();
        await expectNoViolations(page, 'step 4, success');
        await next(page);

        await expect(heading(page, 'Your bot login')).toBeVisible();
        await expectNoViolations(page, 'dashboard, folded');
        await button(page, 'Add a renewal reminder to my calendar').click();
        await expect(page.getByText(/reminder two weeks before/)).toBeVisible();
        await unfold(page, 'Details');
        await unfold(page, 'Test again');
        await unfold(page, 'Code samples for your own bot');
        await expect(page.locator('pre code').first()).toBeVisible();
        await expectNoViolations(page, 'dashboard, unfolded');
        await button(page, 'Start over').click();
        await expect(page.getByRole('alertdialog')).toBeVisible();
        await expectNoViolations(page, 'dashboard, start over question');
      });
    });
  }
}

test.describe('a .p12 without .crt', () => {
  test.use({ viewport: { width: 1000, height: 720 } });

  test('the upload step with "Save the certificate as a .crt" passes axe, light and dark', async ({
    page,
    harness,
  }) => {
    await useOpensslP12(page, harness, 'pw');
    await next(page);
    await expect(button(page, 'Save the certificate as a .crt')).toBeVisible();
    await expectNoViolations(page, 'step 3, .p12 (light)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, 'step 3, .p12 (dark)');
  });
});

test('the check is live: a field without a label planted in the page is reported', async ({ page }) => {
  await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();
  await page.evaluate(() => document.querySelector('main')?.append(document.createElement('input')));
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(results.violations.map((v) => v.id)).toContain('label');
});
