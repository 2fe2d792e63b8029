/**
 * "Set up my bot" on the dashboard, through the harness in Chromium: for each framework the kit folder holds exactly
 * the listed files (the one-file CLI is a stand-in file here: the build of dist/bot-login.cjs is the onefile work),
 * the passwords are typed twice for .NET and Java, and "Show in folder" reveals the kit. Screenshots at 1000x720 and
 * 800x600 are kept for a look.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import { fillLogin, next, runTest, successPanel, unfold, walkToTestStep } from './flow.js';
import { EXPECTED_KIT_FILES } from '../fixtures/kit-files.js';
import { relativeFilesUnder } from '../support/files-under.js';

const standInDir = mkdtempSync(join(tmpdir(), 'botlogin-e2e-cli-'));
const STAND_IN = join(standInDir, 'bot-login.cjs');
writeFileSync(STAND_IN, 'console.log("stand-in for dist/bot-login.cjs")\n');

const KIT_PASSWORD = 'kit password 7';

const EXPECTED = EXPECTED_KIT_FILES;

const NAMES = {
  betfairlightweight: 'betfairlightweight (Python)',
  flumine: 'flumine (Python)',
  dotnet: '.NET (C#)',
  java: 'Java',
  node: 'Node.js',
} as const;

async function toDashboard(page: Page): Promise<void> {
  await walkToTestStep(page);
  await fillLogin(page);
  await runTest(page);
  await expect(successPanel(page)).toBeVisible();
  await next(page);
}

function kitFold(page: Page) {
  return page.locator('details.bot-kit-fold');
}

async function openKit(page: Page) {
  await unfold(page, 'Use the certificate from your bot');
  const fold = kitFold(page);
  await fold.locator('summary').click();
  return fold;
}

test.describe('with the one-file CLI beside the app', () => {
  test.use({ harnessSetup: { fakeSso: true, trustFakeSsoCa: true, env: { BOTLOGIN_HARNESS_ONE_FILE_CLI: STAND_IN } } });

  test('each framework gets a kit folder with exactly its files, shown in view with "Show in folder"', async ({
    page,
    harness,
  }) => {
    test.setTimeout(120_000);
    await toDashboard(page);
    const fold = await openKit(page);
    await fold.getByLabel('Betfair username', { exact: true }).fill(FAKE_ACCOUNT.username);
    await fold.getByLabel('Application key', { exact: true }).fill(FAKE_ACCOUNT.appKey);
    const dirs = new Set<string>();
    for (const framework of Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]) {
      await fold.getByRole('radio', { name: NAMES[framework], exact: true }).check();
      if (framework === 'dotnet' || framework === 'java') {
        const ext = framework === 'dotnet' ? '.pfx' : '.p12';
        await fold.getByLabel(`Password for the ${ext} file`, { exact: true }).fill(KIT_PASSWORD);
        await fold.getByLabel('The same password again', { exact: true }).fill(KIT_PASSWORD);
      }
      await fold.getByRole('button', { name: 'Make the kit' }).click();
      const done = fold.getByRole('heading', { name: /^The kit is ready in / });
      await expect(done).toBeVisible();
      await expect(done).toBeFocused();
      await expect(done).toBeInViewport();
      const dir = ((await done.textContent()) ?? '').replace(/^The kit is ready in /, '');
      expect(dir).toMatch(new RegExp(`bot-kit-${framework}-\\d{4}-\\d{2}-\\d{2}$`));
      expect(relativeFilesUnder(dir)).toEqual([...EXPECTED[framework]]);
      await expect(fold.getByRole('list', { name: 'Files in the kit' }).getByRole('listitem')).toHaveCount(
        EXPECTED[framework].length,
      );
      for (const name of relativeFilesUnder(dir)) {
        const bytes = readFileSync(join(dir, name));
        expect(bytes.includes(Buffer.from(KIT_PASSWORD)), name).toBe(false);
        expect(bytes.includes(Buffer.from(FAKE_ACCOUNT.password)), name).toBe(false);
      }
      dirs.add(dir);
      if (framework === 'java') {
        await fold.getByRole('button', { name: 'Show in folder' }).click();
        await expect.poll(() => harness.opened()).toContainEqual({ kind: 'reveal', path: dir });
      }
    }
    expect(dirs.size).toBe(5);
  });

  test('the two passwords must match; the answer is in plain words and nothing is written', async ({ page }) => {
    test.setTimeout(90_000);
    await toDashboard(page);
    const fold = await openKit(page);
    await fold.getByLabel('Betfair username', { exact: true }).fill(FAKE_ACCOUNT.username);
    await fold.getByLabel('Application key', { exact: true }).fill(FAKE_ACCOUNT.appKey);
    await fold.getByRole('radio', { name: '.NET (C#)', exact: true }).check();
    await fold.getByLabel('Password for the .pfx file', { exact: true }).fill('one');
    await fold.getByLabel('The same password again', { exact: true }).fill('two');
    await fold.getByLabel('Show passwords').check();
    await expect(fold.getByLabel('The same password again', { exact: true })).toHaveAttribute('type', 'text');
    await fold.getByRole('button', { name: 'Make the kit' }).click();
    await expect(fold.getByRole('alert')).toContainText('The two passwords are not the same');
    await fold.getByLabel('Betfair username', { exact: true }).fill('two words');
    await fold.getByLabel('The same password again', { exact: true }).fill('one');
    await fold.getByRole('button', { name: 'Make the kit' }).click();
    await expect(fold.getByRole('alert')).toContainText('cannot go into the kit');
  });

  for (const [width, height] of [
    [1000, 720],
    [800, 600],
  ] as const) {
    test(`the open fold at ${width}x${height} (screenshot), usable by keyboard`, async ({ page }, testInfo) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      await toDashboard(page);
      await unfold(page, 'Use the certificate from your bot');
      const summary = kitFold(page).locator('summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      // The form is made when the fold opens (a person tabs once they see it).
      const first = kitFold(page).getByRole('radio', { name: 'betfairlightweight (Python)' });
      await expect(first).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(first).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(kitFold(page).getByRole('radio', { name: '.NET (C#)' })).toBeChecked();
      await kitFold(page).getByLabel('Betfair username', { exact: true }).fill(FAKE_ACCOUNT.username);
      await kitFold(page).getByLabel('Application key', { exact: true }).fill(FAKE_ACCOUNT.appKey);
      await kitFold(page).getByLabel('Password for the .pfx file', { exact: true }).fill(KIT_PASSWORD);
      await kitFold(page).getByLabel('The same password again', { exact: true }).fill(KIT_PASSWORD);
      await kitFold(page).getByRole('button', { name: 'Make the kit' }).press('Enter');
      const done = kitFold(page).getByRole('heading', { name: /^The kit is ready in / });
      await expect(done).toBeFocused();
      await expect(done).toBeInViewport();
      const noScrollX = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(noScrollX).toBe(true);
      await page.screenshot({ path: testInfo.outputPath(`bot-kit-${width}x${height}.png`) });
      await summary.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`bot-kit-form-${width}x${height}.png`) });
    });
  }
});

test.describe('without the one-file CLI', () => {
  test.use({ harnessSetup: { fakeSso: true, trustFakeSsoCa: true, env: { BOTLOGIN_HARNESS_ONE_FILE_CLI: 'none' } } });

  test('the kit says where to get it, and the README has the command', async ({ page }) => {
    test.setTimeout(90_000);
    await toDashboard(page);
    const fold = await openKit(page);
    await fold.getByLabel('Betfair username', { exact: true }).fill(FAKE_ACCOUNT.username);
    await fold.getByLabel('Application key', { exact: true }).fill(FAKE_ACCOUNT.appKey);
    await fold.getByRole('radio', { name: 'Node.js', exact: true }).check();
    await fold.getByRole('button', { name: 'Make the kit' }).click();
    await expect(fold.getByText('The one-file command line was not found next to the app')).toBeVisible();
    const done = fold.getByRole('heading', { name: /^The kit is ready in / });
    const dir = ((await done.textContent()) ?? '').replace(/^The kit is ready in /, '');
    expect(relativeFilesUnder(dir)).not.toContain('bot-login.cjs');
    expect(readFileSync(join(dir, 'README.txt'), 'utf8')).toContain('release page of Bot Login Wizard');
  });
});
