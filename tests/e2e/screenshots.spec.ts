/**
 * The README's pictures: one screenshot per screen at 1000x720 (the window the layout is designed
 * for), written to docs/ on every run.
 * The certificate folder has a fixed, readable path; fingerprints and dates differ from run to run.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { explainLoginStatus } from '../../shared/login-catalogue.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import {
  button,
  confirmUpload,
  createCertificate,
  failurePanel,
  fillLogin,
  heading,
  next,
  successPanel,
  runTest,
  siteRadio,
} from './flow.js';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const CERT_DIR = join(tmpdir(), 'bot-login-wizard', 'betfair-certs');

/** A picture of a screen that is still loading says nothing: refuse to take one while "Loading…" is on screen. */
async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await expect(page.getByText('Loading…', { exact: true }), `${name}: the screen has loaded`).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: `${DOCS}${name}`, animations: 'disabled', caret: 'hide', fullPage });
}

test.use({
  viewport: { width: 1000, height: 720 },
  colorScheme: 'light',
  harnessSetup: { fakeSso: true, trustFakeSsoCa: true, env: { BOTLOGIN_CERT_DIR: CERT_DIR } },
});

test.afterAll(async () => rm(join(tmpdir(), 'bot-login-wizard'), { recursive: true, force: true }));

test('screenshots of every step for the README', async ({ page, sso }) => {
  await rm(CERT_DIR, { recursive: true, force: true });
  await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();
  await siteRadio(page, 'dk').check();
  await shoot(page, 'step-1-denmark.png');
  await siteRadio(page, 'international').check();
  await shoot(page, 'step-1-where.png');
  await next(page);

  await expect(heading(page, 'Your certificate')).toBeVisible();
  await createCertificate(page);
  await shoot(page, 'step-2-certificate.png');
  await next(page);

  await expect(heading(page, 'Upload your certificate')).toBeVisible();
  await shoot(page, 'step-3-upload.png');
  await confirmUpload(page);

  const failure = explainLoginStatus('CERT_AUTH_REQUIRED', 'international');
  sso.setMode({ kind: 'status', status: 'CERT_AUTH_REQUIRED' });
  await fillLogin(page);
  await runTest(page);
  await expect(failurePanel(page, failure.title)).toBeVisible();
  await expect(heading(page, failure.title)).toBeFocused();
  await shoot(page, 'step-4-failure.png');

  sso.setMode({ kind: 'normal' });
  await fillLogin(page, { ...FAKE_ACCOUNT, appKey: '' });
  await runTest(page);
  await expect(heading(page, 'Your login works \u2013 choose your application key')).toBeFocused();
  await shoot(page, 'step-4-keys.png');

  await fillLogin(page, { appKey: '', username: FAKE_ACCOUNT.noKeysUsername, password: FAKE_ACCOUNT.password });
  await runTest(page);
  await expect(heading(page, 'Your login works \u2013 create your application keys')).toBeFocused();
  await page.getByRole('region', { name: 'Create your application keys' }).scrollIntoViewIfNeeded();
  await shoot(page, 'step-4-create-keys.png');

  await fillLogin(page);
  await runTest(page);
  await expect(successPanel(page)).toBeVisible();
  await expect(heading(page, 'Your bot login works')).toBeFocused();
  await shoot(page, 'step-4-success.png');

  await button(page, 'Go to my dashboard').click();
  // The loaded dashboard: its heading and the last test's verdict, not the "Loading…" of its on-demand code.
  await expect(heading(page, 'Your bot login')).toBeVisible();
  await expect(page.locator('summary, .fold-toggle').filter({ hasText: 'Test again' })).toBeVisible();
  await shoot(page, 'dashboard.png');
});

/** Its own temporary certificate folder, so it can run beside the main walk. */
const OWN_CERT_DIR = { fakeSso: true, trustFakeSsoCa: true, env: {} };

test.describe('dark', () => {
  test.use({ colorScheme: 'dark', harnessSetup: OWN_CERT_DIR });

  test('screenshots of the first step and the certificate step in dark mode', async ({ page }) => {
    await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();
    await shoot(page, 'step-1-where-dark.png');
    await siteRadio(page, 'international').check();
    await next(page);
    await createCertificate(page);
    await shoot(page, 'step-2-certificate-dark.png');
  });
});

test.describe('narrow', () => {
  test.use({ viewport: { width: 360, height: 720 }, harnessSetup: OWN_CERT_DIR });

  test('screenshot of the compact header at 360 px wide', async ({ page }) => {
    await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();
    await siteRadio(page, 'international').check();
    await next(page);
    await createCertificate(page);
    await shoot(page, 'step-2-certificate-narrow.png');
  });
});
