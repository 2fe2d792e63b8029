/** After "Create certificate" the step says how the key files are kept private on this OS (no 0600 promise on Windows). */
import { hasOwnerOnlyFileModes } from '../../shared/file-modes.js';
import { ui } from '../../shared/i18n/en/ui.js';
import { expect, test } from './fixtures.js';
import { chooseJurisdiction, createCertificate } from './flow.js';

test('the new certificate comes with a word on who can read the key files', async ({ page }) => {
  await chooseJurisdiction(page);
  await createCertificate(page);
  const note = hasOwnerOnlyFileModes(process.platform)
    ? ui.certificate.keyFilesOwnerOnly
    : ui.certificate.keyFilesNoModes;
  const other = hasOwnerOnlyFileModes(process.platform)
    ? ui.certificate.keyFilesNoModes
    : ui.certificate.keyFilesOwnerOnly;
  await expect(page.getByRole('region', { name: ui.certificate.readyHeading }).getByText(note)).toBeVisible();
  await expect(page.getByText(other)).toHaveCount(0);
});
