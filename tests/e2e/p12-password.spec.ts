/**
 * The .p12 password of a new certificate (step 2, Advanced options): typed twice, with a show toggle; two different
 * entries or a character outside printable ASCII stop "Create certificate" with the reason beside the field; the same
 * ASCII password twice makes a .p12 that OpenSSL opens with it (an independent reader).
 */
import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures.js';
import { button, CERTIFICATE_READY, chooseJurisdiction, heading, unfold } from './flow.js';

const run = promisify(execFile);
const PASSWORD = 'Bot p12 pass-7!';
const MISMATCH = 'The two .p12 passwords are not the same. Type the same password in both fields.';
const NOT_ASCII = /Use only unaccented letters/;

test('typed twice, shown on request; a mismatch or an accented letter blocks creation and says why; the same ASCII password twice makes a .p12 OpenSSL opens', async ({
  page,
  harness,
}) => {
  await chooseJurisdiction(page);
  await unfold(page, 'Advanced options');
  const first = page.getByLabel('Password for a .p12 file (optional)', { exact: true });
  await first.fill(PASSWORD);
  const again = page.getByLabel('The .p12 password again', { exact: true });
  await expect(again).toBeVisible();
  await expect(first).toHaveAttribute('type', 'password');
  await button(page, 'Show the .p12 password').click();
  await expect(first).toHaveAttribute('type', 'text');
  await expect(again).toHaveAttribute('type', 'text');
  await button(page, 'Show the .p12 password').click();
  await expect(first).toHaveAttribute('type', 'password');

  // Mismatch: nothing is made; the second field says why and takes the focus; the button stays in view.
  await again.fill(`${PASSWORD}x`);
  await button(page, 'Create certificate').click();
  await expect(again).toHaveAccessibleDescription(MISMATCH);
  await expect(again).toHaveAttribute('aria-invalid', 'true');
  await expect(again).toBeFocused();
  await expect(button(page, 'Create certificate')).toBeInViewport();
  await expect(heading(page, CERTIFICATE_READY)).toHaveCount(0);

  // Not ASCII (even typed the same twice): refused with the reason.
  await first.fill('pässwörd');
  await again.fill('pässwörd');
  await button(page, 'Create certificate').click();
  await expect(first).toHaveAccessibleDescription(NOT_ASCII);
  await expect(first).toBeFocused();
  await expect(heading(page, CERTIFICATE_READY)).toHaveCount(0);
  await expect(access(join(harness.certDir, 'client-2048.p12'))).rejects.toThrow();

  await first.fill(PASSWORD);
  await again.fill(PASSWORD);
  await button(page, 'Create certificate').click();
  await expect(heading(page, CERTIFICATE_READY)).toBeVisible({ timeout: 30_000 });
  const p12 = join(harness.certDir, 'client-2048.p12');
  const { stdout } = await run('openssl', ['pkcs12', '-in', p12, '-passin', `pass:${PASSWORD}`, '-nokeys', '-clcerts']);
  expect(stdout).toContain('BEGIN CERTIFICATE');
});
