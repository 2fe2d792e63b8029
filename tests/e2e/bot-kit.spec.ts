/**
 * "Set up my bot" on the dashboard, through the harness in Chromium: its own button, in view without unfolding
 * anything at 1000x720 and 800x600; for each framework the kit folder holds exactly the listed files (the one-file
 * CLI is a stand-in file here: the build of dist/bot-login.cjs is the onefile work), the passwords are typed twice
 * for .NET and Java, "Show in folder" reveals the kit, and the window shows the kit's folder and the README's steps
 * in the app's language (English and Italian). Screenshots at 1000x720 and 800x600 are kept for a look.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import { fillLogin, next, runTest, successPanel, walkToTestStep } from './flow.js';
import { BUNDLES, buttonIn, testLoginIn, walkToTestStepIn } from './language-flow.js';
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
  return page.locator('section.bot-kit-card');
}

function kitButton(page: Page, name = 'Set up my bot') {
  return page.getByRole('button', { name, exact: true });
}

async function openKit(page: Page) {
  await kitButton(page).click();
  return kitFold(page);
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
      const folder = dir.split(sep).pop() ?? '';
      const steps = fold.locator('ol.kit-steps li');
      await expect(steps).toHaveCount(3);
      await expect(steps.first()).toContainText(`scp -r ${folder}`);
      await expect(steps.nth(2)).toContainText(
        framework === 'java' ? 'java CheckLogin.java' : 'From this folder, run the check',
      );
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

  test('the password has 8 characters or more and is typed twice the same; the answer is in plain words and nothing is written', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await toDashboard(page);
    const fold = await openKit(page);
    await fold.getByLabel('Betfair username', { exact: true }).fill(FAKE_ACCOUNT.username);
    await fold.getByLabel('Application key', { exact: true }).fill(FAKE_ACCOUNT.appKey);
    await fold.getByRole('radio', { name: '.NET (C#)', exact: true }).check();
    await fold.getByLabel('Password for the .pfx file', { exact: true }).fill('short');
    await fold.getByLabel('The same password again', { exact: true }).fill('short');
    // Each mistake is said at its field (issue 31): marked, described by the error, and focused.
    const password = fold.getByLabel('Password for the .pfx file', { exact: true });
    const again = fold.getByLabel('The same password again', { exact: true });
    await fold.getByRole('button', { name: 'Make the kit' }).click();
    await expect(password).toBeFocused();
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(/at least 8 characters/);
    await password.fill('password one');
    await again.fill('password two');
    await fold.getByLabel('Show passwords').check();
    await expect(again).toHaveAttribute('type', 'text');
    await fold.getByRole('button', { name: 'Make the kit' }).click();
    await expect(again).toBeFocused();
    await expect(again).toHaveAttribute('aria-invalid', 'true');
    await expect(again).toHaveAccessibleDescription(
      'The two passwords are not the same. Type the same password twice.',
    );
    await expect(password).not.toHaveAttribute('aria-invalid', 'true');
    // An empty username is said as such (not "it has spaces, quotes or other characters").
    const user = fold.getByLabel('Betfair username', { exact: true });
    await user.fill('');
    await fold.getByRole('button', { name: 'Make the kit' }).click();
    await expect(user).toBeFocused();
    await expect(user).toHaveAccessibleDescription('Enter your username.');
    await fold.getByLabel('Betfair username', { exact: true }).fill('two words');
    await fold.getByLabel('The same password again', { exact: true }).fill('password one');
    await fold.getByRole('button', { name: 'Make the kit' }).click();
    await expect(fold.getByRole('alert')).toContainText('cannot go into the kit');
  });

  for (const [width, height] of [
    [1000, 720],
    [800, 600],
  ] as const) {
    test(`"Set up my bot" at ${width}x${height}: in view at once, usable by keyboard (screenshots)`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      await toDashboard(page);
      const action = kitButton(page);
      await expect(action).toBeInViewport();
      await expect(action).toHaveAttribute('aria-expanded', 'false');
      await page.screenshot({ path: testInfo.outputPath(`dashboard-${width}x${height}.png`) });
      await action.focus();
      await page.keyboard.press('Enter');
      await expect(action).toHaveAttribute('aria-expanded', 'true');
      await expect(kitFold(page).getByRole('heading', { name: 'Set up my bot' })).toBeFocused();
      // The form is made when the action opens it (a person tabs once they see it).
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
      await expect(kitFold(page).getByText('Give the check your secrets as environment variables')).toBeVisible();
      const noScrollX = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(noScrollX).toBe(true);
      await page.screenshot({ path: testInfo.outputPath(`bot-kit-${width}x${height}.png`) });
      await kitFold(page).getByRole('heading', { name: 'Set up my bot' }).scrollIntoViewIfNeeded();
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

test.describe('in Italian', () => {
  test.use({
    locale: 'it-IT',
    harnessSetup: { fakeSso: true, trustFakeSsoCa: true, env: { BOTLOGIN_HARNESS_ONE_FILE_CLI: 'none' } },
  });

  test('the kit is made from "Prepara il mio bot" and its steps are shown in Italian', async ({ page }) => {
    test.setTimeout(90_000);
    const it = BUNDLES.it;
    await walkToTestStepIn(page, it, 'it');
    await testLoginIn(page, it);
    await buttonIn(page, it.ui.appKeys.goToDashboard).click();
    const action = kitButton(page, it.KIT_UI_TEXT.heading);
    await expect(action).toBeInViewport();
    await action.click();
    const card = kitFold(page);
    await card.getByLabel(it.KIT_UI_TEXT.username, { exact: true }).fill(FAKE_ACCOUNT.username);
    await card.getByLabel(it.KIT_UI_TEXT.appKey, { exact: true }).fill(FAKE_ACCOUNT.appKey);
    await card.getByRole('radio', { name: 'flumine (Python)', exact: true }).check();
    await card.getByRole('button', { name: it.KIT_UI_TEXT.write }).click();
    const done = card.getByRole('heading', { name: /bot-kit-flumine-/ });
    await expect(done).toBeFocused();
    const dir = ((await done.textContent()) ?? '').replace(it.KIT_UI_TEXT.written(''), '');
    const folder = dir.split(sep).pop() ?? '';
    const steps = card.locator('ol.kit-steps li');
    await expect(steps.nth(0)).toHaveText(it.KIT_README_TEXT.stepCopy(folder).replace(/^1\. /, ''));
    await expect(steps.nth(1)).toHaveText(
      it.KIT_README_TEXT.stepSecretsPython('BETFAIR_APP_KEY', 'BETFAIR_PASSWORD').replace(/^2\. /, ''),
    );
    await expect(steps.nth(2)).toHaveText(it.KIT_README_TEXT.stepRun('python3 check_login.py').replace(/^3\. /, ''));
    expect(readFileSync(join(dir, 'README.txt'), 'utf8')).toContain(
      it.KIT_README_TEXT.stepSecretsPython('BETFAIR_APP_KEY', 'BETFAIR_PASSWORD'),
    );
  });
});
