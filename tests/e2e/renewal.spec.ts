/**
 * Renewing the certificate after a working setup with a bot kit (issue 33), through the harness in Chromium, with the
 * fake keeping one certificate per account: the working files stay byte-for-byte the same until the new test passes;
 * a reload in the middle resumes the renewal; after the upload the old kit's files are refused (curl) while the new
 * ones log in; after the test the bot's next steps are named and the old kit is marked out of date; the archive can
 * be deleted; cancel returns to the working set. In English at 1000x720 and Italian at 800x600, screenshots kept,
 * axe-core on each stage.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { WizardApi } from '../../shared/api.js';
import { ARCHIVE_DIR, shortFingerprint } from '../../shared/renewal.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import type { Harness } from '../harness/server.js';
import { curlLogin, folderSnapshot } from '../fixtures/renewal-checks.js';
import { expectNoViolations } from './axe-check.js';
import { expect, test } from './fixtures.js';
import { BUNDLES, buttonIn, headingIn, languageSelect, testLoginIn, walkToTestStepIn } from './language-flow.js';

test.use({ harnessSetup: { fakeSso: true, trustFakeSsoCa: true, env: {}, oneCertificate: true } });

const snapshot = folderSnapshot;

/** A login by curl from a bot's certs folder, against the harness's fake. */
function curlFrom(harness: Harness, certsDir: string): Promise<string> {
  if (!harness.sso) throw new Error('needs the fake');
  return curlLogin(harness.sso, certsDir, FAKE_ACCOUNT);
}

/** A working setup in language `m`: certificate, upload, a passing test, the dashboard and a betfairlightweight kit. */
async function workingSetupWithKit(page: Page, language: 'en' | 'it'): Promise<string> {
  const m = BUNDLES[language];
  if (language !== 'en') await languageSelect(page, BUNDLES.en).selectOption(language);
  await walkToTestStepIn(page, m, 'international');
  await testLoginIn(page, m);
  await buttonIn(page, m.ui.common.next).click();
  await expect(headingIn(page, m.ui.dashboard.heading)).toBeVisible();
  // The same bridge call "Set up my bot" makes (its form is the kit spec's subject).
  const kit = await page.evaluate(
    ([username, appKey]) =>
      (window as unknown as { wizard: WizardApi }).wizard.writeBotKit({
        framework: 'betfairlightweight',
        username: username ?? '',
        appKey: appKey ?? '',
      }),
    [FAKE_ACCOUNT.username, FAKE_ACCOUNT.appKey],
  );
  if (!kit.ok) throw new Error(kit.error.message);
  // The language stays across the reloads below (the choice made on the first screen was not kept in this flow).
  await page.evaluate(
    (lang) => (window as unknown as { wizard: WizardApi }).wizard.updateSettings({ language: lang }),
    language,
  );
  await page.reload();
  await expect(headingIn(page, m.ui.dashboard.heading)).toBeVisible();
  return kit.value.dir;
}

for (const [language, width, height] of [
  ['en', 1000, 720],
  ['it', 800, 600],
] as const) {
  test(`renewal after a working setup with a kit (${language}, ${width}x${height})`, async ({
    page,
    harness,
  }, testInfo) => {
    test.setTimeout(180_000);
    const m = BUNDLES[language];
    const t = m.RENEWAL_TEXT;
    const shot = (name: string) =>
      page.screenshot({ path: testInfo.outputPath(`renewal-${name}-${language}-${width}x${height}.png`) });
    await page.setViewportSize({ width, height });
    const kitDir = await workingSetupWithKit(page, language);
    const working = snapshot(harness.certDir);
    expect(await curlFrom(harness, join(kitDir, 'certs'))).toBe('SUCCESS');

    // What will happen, in order, before anything is made.
    await buttonIn(page, m.ui.expiry.renew).click();
    const plan = headingIn(page, t.heading);
    await expect(plan).toBeFocused();
    await expect(page.getByRole('listitem').filter({ hasText: t.plan[1] ?? '' })).toBeVisible();
    await shot('plan');
    await expectNoViolations(page, `renewal plan (${language})`);
    await buttonIn(page, t.start).click();
    const notUploaded = headingIn(page, t.inProgress['not-uploaded']);
    await expect(notUploaded).toBeVisible({ timeout: 30_000 });
    await expect(notUploaded).toBeInViewport();
    expect(snapshot(harness.certDir)).toEqual(working);

    // A reload (a restart) resumes the renewal where it was.
    await page.reload();
    await expect(headingIn(page, t.inProgress['not-uploaded'])).toBeVisible();
    await expect(buttonIn(page, t.uploaded)).toBeVisible();
    await shot('not-uploaded');
    expect(await curlFrom(harness, join(kitDir, 'certs'))).toBe('SUCCESS');

    await buttonIn(page, t.uploaded).click();
    await expect(headingIn(page, t.inProgress['not-tested'])).toBeVisible();
    const settings = await page.evaluate(() => (window as unknown as { wizard: WizardApi }).wizard.getSettings());
    if (!settings.ok || !settings.value.renewal) throw new Error('no renewal in the settings');
    const botFiles = settings.value.renewal.botFilesDir;
    await expect(page.getByText(t.botFiles(botFiles))).toBeVisible();
    await shot('not-tested');
    await expectNoViolations(page, `renewal not tested yet (${language})`);
    // One certificate per account: the old kit is refused now, the bot's new files log in; the working set waits.
    expect(await curlFrom(harness, join(kitDir, 'certs'))).toBe('CERT_AUTH_REQUIRED');
    expect(await curlFrom(harness, join(botFiles, 'certs'))).toBe('SUCCESS');
    expect(snapshot(harness.certDir)).toEqual(working);

    // The test, with the new certificate; its answer names the bot's next steps, never "the same files".
    await buttonIn(page, t.testNew).click();
    await testLoginIn(page, m);
    const answer = page.getByRole('status').filter({ has: headingIn(page, m.VERDICT_TEXT.works.title) });
    await expect(answer).toContainText(t.afterTest(botFiles));
    await expect(answer).not.toContainText(m.VERDICT_TEXT.works.whatToDo);
    await expect(headingIn(page, t.doneHeading)).toBeVisible();
    await shot('after-test');
    await expectNoViolations(page, `renewal done (${language})`);
    const now = snapshot(harness.certDir);
    expect(now['client-2048.crt']).not.toBe(working['client-2048.crt']);
    expect(now['client-2048.key']).not.toBe(working['client-2048.key']);
    const archive = join(harness.certDir, ARCHIVE_DIR);
    expect(statSync(archive).mode & 0o777).toBe(0o700);

    // "Set up my bot" marks the kit made for the old certificate.
    await buttonIn(page, m.KIT_UI_TEXT.heading).click();
    const folder = kitDir.split('/').pop() ?? '';
    await expect(page.getByText(t.kitOutdated(folder))).toBeVisible();
    await shot('kit-outdated');

    // The old certificates may be deleted, after a question.
    await buttonIn(page, m.KIT_UI_TEXT.heading).click();
    await buttonIn(page, t.deleteArchive).click();
    await expect(page.getByRole('alertdialog', { name: t.deleteTitle })).toBeVisible();
    await shot('delete-question');
    await expectNoViolations(page, `delete the old certificates? (${language})`);
    await page.getByRole('alertdialog').getByRole('button', { name: t.deleteConfirm, exact: true }).click();
    await expect(buttonIn(page, t.deleteArchive)).toHaveCount(0);
    expect(existsSync(archive)).toBe(false);
  });
}

test('cancel at any point returns to the working set with nothing lost (en, 1000x720)', async ({ page, harness }) => {
  test.setTimeout(150_000);
  const m = BUNDLES.en;
  const t = m.RENEWAL_TEXT;
  await page.setViewportSize({ width: 1000, height: 720 });
  const kitDir = await workingSetupWithKit(page, 'en');
  const working = snapshot(harness.certDir);
  await buttonIn(page, m.ui.expiry.renew).click();
  await buttonIn(page, t.start).click();
  await expect(headingIn(page, t.inProgress['not-uploaded'])).toBeVisible({ timeout: 30_000 });
  await buttonIn(page, t.cancel).click();
  const dialog = page.getByRole('alertdialog', { name: t.cancelTitle });
  await expect(dialog).toContainText(t.cancelText);
  // The safe answer has the focus: Enter goes on with the renewal.
  await expect(dialog.getByRole('button', { name: t.keepGoing })).toBeFocused();
  await dialog.getByRole('button', { name: t.cancel, exact: true }).click();
  await expect(buttonIn(page, m.ui.expiry.renew)).toBeVisible();
  await expect(headingIn(page, t.inProgress['not-uploaded'])).toHaveCount(0);
  expect(snapshot(harness.certDir)).toEqual(working);
  expect(await curlFrom(harness, join(kitDir, 'certs'))).toBe('SUCCESS');
  // The unused set is in the archive, which the dashboard offers to delete.
  const archive = join(harness.certDir, ARCHIVE_DIR);
  expect(readdirSync(archive)).toEqual([expect.stringMatching(/^cancelled-renewal-\d{4}-\d{2}-\d{2}$/)]);
  await expect(buttonIn(page, t.deleteArchive)).toBeVisible();
});

test('cancel after the upload: the question says to upload the working certificate again, and until then "not recognised" names it (en)', async ({
  page,
  harness,
}) => {
  test.setTimeout(150_000);
  const m = BUNDLES.en;
  const t = m.RENEWAL_TEXT;
  await page.setViewportSize({ width: 1000, height: 720 });
  await workingSetupWithKit(page, 'en');
  await buttonIn(page, m.ui.expiry.renew).click();
  await buttonIn(page, t.start).click();
  await buttonIn(page, t.uploaded).click({ timeout: 30_000 });
  await expect(headingIn(page, t.inProgress['not-tested'])).toBeVisible();
  await buttonIn(page, t.cancel).click();
  const working = join(harness.certDir, 'client-2048.crt');
  await expect(page.getByRole('alertdialog', { name: t.cancelTitle })).toContainText(t.cancelTextUploaded(working));
  await page.getByRole('alertdialog').getByRole('button', { name: t.cancel, exact: true }).click();
  await expect(buttonIn(page, m.ui.expiry.renew)).toBeVisible();

  // Betfair keeps only the new certificate now: the working one is refused, and the answer says which one was tested.
  await page.locator('summary, .fold-toggle').filter({ hasText: m.ui.dashboard.testAgainHeading }).click();
  await testLoginIn(page, m);
  const settings = await page.evaluate(() => (window as unknown as { wizard: WizardApi }).wizard.getSettings());
  if (!settings.ok || !settings.value.certificate) throw new Error('no certificate');
  const { commonName, fingerprintSha256 } = settings.value.certificate;
  // The first certificate's name tells it apart too: the wizard fills in the day it was made.
  expect(commonName).toMatch(/^Betfair bot login \d{4}-\d{2}-\d{2}$/);
  const refused = page.getByRole('alert').filter({ has: headingIn(page, 'Certificate not recognised') });
  await expect(refused).toContainText(t.testedCertificate(commonName ?? '', shortFingerprint(fingerprintSha256)));
});
