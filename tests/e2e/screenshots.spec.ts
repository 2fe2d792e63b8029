/**
 * The README's pictures: one screenshot per step at 900x700, written to docs/ on every run.
 * The certificate folder has a fixed, readable path; fingerprints and dates differ from run to run.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { explainLoginStatus } from '../../shared/login-catalogue.js';
import { expect, test } from './fixtures.js';
import {
  confirmUpload,
  createCertificate,
  failurePanel,
  fillLogin,
  heading,
  next,
  successPanel,
  runTest,
} from './flow.js';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const CERT_DIR = join(tmpdir(), 'bot-login-wizard', 'betfair-certs');

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: `${DOCS}${name}`, animations: 'disabled', caret: 'hide', fullPage });
}

test.use({
  viewport: { width: 900, height: 700 },
  colorScheme: 'light',
  harnessSetup: { fakeSso: true, trustFakeSsoCa: true, env: { BOTLOGIN_CERT_DIR: CERT_DIR } },
});

test.afterAll(async () => rm(join(tmpdir(), 'bot-login-wizard'), { recursive: true, force: true }));

test('screenshots of every step for the README', async ({ page, sso }) => {
  await rm(CERT_DIR, { recursive: true, force: true });
  await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();
  await page.getByRole('radio', { name: 'International (UK and most countries)' }).check();
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
  await failurePanel(page, failure.title).scrollIntoViewIfNeeded();
  await shoot(page, 'step-4-failure.png');

  sso.setMode({ kind: 'normal' });
  await fillLogin(page);
  await runTest(page);
  await expect(successPanel(page)).toBeVisible();
  await successPanel(page).scrollIntoViewIfNeeded();
  await shoot(page, 'step-4-success.png');

  await next(page);
  await expect(heading(page, 'Your bot login')).toBeVisible();
  await shoot(page, 'dashboard.png', true);
});

test.describe('dark', () => {
  test.use({ colorScheme: 'dark' });

  test('screenshot of the first step in dark mode', async ({ page }) => {
    await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();
    await shoot(page, 'step-1-where-dark.png');
  });
});

