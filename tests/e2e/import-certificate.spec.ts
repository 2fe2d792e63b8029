/**
 * "Use an existing certificate": a pair made by the openssl CLI is accepted (same fingerprint as
 * openssl prints) and logs in; a certificate with someone else's key is refused with a plain finding, worded again
 * in a language chosen after it.
 * The fake file picker's answer is set through POST /__harness/pick (token-protected).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import {
  button,
  CERTIFICATE_READY,
  chooseJurisdiction,
  confirmUpload,
  fillLogin,
  heading,
  next,
  pick,
  successPanel,
  testButton,
  unfold,
} from './flow.js';
import { opensslKey, opensslPair } from './openssl.js';
import { en } from '../../shared/i18n/en/index.js';
import { it as italian } from '../../shared/i18n/it/index.js';
import { useOpensslP12 } from './p12-flow.js';

async function checkFiles(page: Page): Promise<void> {
  await button(page, 'Use an existing certificate').click();
  await button(page, 'Choose certificate files…').click();
  await button(page, 'Check these files').click();
}

test('a good pair made with openssl is accepted, shows its fingerprint, and logs in', async ({ page, harness }) => {
  const dir = join(harness.certDir, 'mine');
  await mkdir(dir, { recursive: true });
  const pair = await opensslPair(dir, 'my-bot');
  await pick(page, harness, [pair.certificatePath, pair.keyPath]);

  await chooseJurisdiction(page);
  await checkFiles(page);
  await expect(heading(page, CERTIFICATE_READY)).toBeFocused();
  await unfold(page, 'Details');
  await expect(page.getByText(pair.fingerprintSha256).first()).toBeVisible();
  await expect(page.getByText(pair.certificatePath).first()).toBeVisible();
  await expect(button(page, 'Next')).toBeEnabled();
  await next(page);
  await confirmUpload(page);
  await fillLogin(page);
  await testButton(page).click();
  await expect(successPanel(page)).toBeVisible();
});

test('a certificate with a key that does not belong to it is refused in plain words', async ({ page, harness }) => {
  const dir = join(harness.certDir, 'mixed');
  await mkdir(dir, { recursive: true });
  const pair = await opensslPair(dir, 'one');
  const otherKey = await opensslKey(dir, 'other');
  await pick(page, harness, [pair.certificatePath, otherKey]);

  await chooseJurisdiction(page);
  await checkFiles(page);
  const finding = page.getByRole('alert').filter({ hasText: /key/i });
  await expect(finding.first()).toBeVisible();
  await expect(finding.first()).toContainText(en.FINDING_TEXT.KEY_MISMATCH());
  await expect(finding.first()).not.toContainText(/Error:|at .*\.(ts|js):\d+/);
  await expect(button(page, 'Next')).toBeDisabled();
  // The finding crossed as a code: a language switch words it again, without checking the files again.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('it');
  await expect(page.getByRole('alert').first()).toContainText(italian.FINDING_TEXT.KEY_MISMATCH());
});

test('the file-picker endpoint refuses a caller without the token', async ({ page, harness }) => {
  const response = await page.request.post(`${harness.origin}/__harness/pick`, {
    headers: { 'Content-Type': 'application/json' },
    data: { paths: ['/etc/passwd'] },
  });
  expect(response.status()).toBe(403);
});

test('a .p12 made with openssl asks for its password, shows its fingerprint, and logs in with it', async ({
  page,
  harness,
}) => {
  const { pair } = await useOpensslP12(page, harness, 'p12 secret');
  await expect(page.getByRole('code').filter({ hasText: /^bundle\.p12$/ })).toBeVisible();
  await expect(page.getByText('for .NET/Java programs; keep it secret')).toBeVisible();
  await unfold(page, 'Details');
  await expect(page.getByText(pair.fingerprintSha256).first()).toBeVisible();
  await next(page);
  await page.getByRole('checkbox', { name: 'I have uploaded the certificate' }).check();
  await next(page);
  await fillLogin(page);
  await page.getByLabel('.p12 password', { exact: true }).fill('p12 secret');
  await testButton(page).click();
  await expect(successPanel(page)).toBeVisible();
});
