/**
 * One honest verdict (issue 17), tried as a new user would in Chromium at 1000x720: green "Your bot login works"
 * only for a live, active key; an inactive live key, a delayed key and an empty key are not green and say what to do
 * in view; the dashboard shows the key row and a "Last test" that matches the test step's headline, after a reload,
 * in English and in Italian.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { en } from '../../shared/i18n/en/index.js';
import { it as italian } from '../../shared/i18n/it/index.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import { button, fillLogin, heading, runTest, successPanel, walkToTestStep, type Account } from './flow.js';
import { languageSelect } from './language-flow.js';

const SHOTS = 'test-results/verdict/';
const V = en.VERDICT_TEXT;
const V_ROWS = en.VERDICT_ROWS;

test.use({ viewport: { width: 1000, height: 720 } });

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}${name}.png`, animations: 'disabled', caret: 'hide' });
}

/** The dashboard's row for a term ("Last test", "Application key"...). */
function row(page: Page, term: string) {
  return page.locator('.dashboard dl.facts dt', { hasText: term }).first().locator('xpath=following-sibling::dd[1]');
}

async function testWith(page: Page, account: Account): Promise<void> {
  await walkToTestStep(page);
  await fillLogin(page, account);
  await runTest(page);
}

const cases = [
  {
    name: 'a live key Betfair has not activated',
    account: {
      appKey: FAKE_ACCOUNT.applicantLiveKey,
      username: FAKE_ACCOUNT.applicantUsername,
      password: FAKE_ACCOUNT.password,
    },
    words: V['key-inactive'],
    keyRow: /"Applicant bot" · live, not active yet · can bet: no/,
    stream: 'allowed',
  },
  {
    name: 'the delayed key',
    account: { ...FAKE_ACCOUNT, appKey: FAKE_ACCOUNT.delayedAppKey },
    words: V['delayed-key'],
    keyRow: /"My betting bot" · delayed · can bet: no/,
    stream: 'allowed',
  },
  {
    name: 'an empty key',
    account: { ...FAKE_ACCOUNT, appKey: '' },
    words: V['choose-key'],
    keyRow: /^none chosen yet$/,
    // No key to stream with: the stream check does not run.
    stream: 'not checked',
  },
] as const;

for (const c of cases) {
  test(`${c.name}: not green, what to do in view; the dashboard's last test says the same, with the key row`, async ({
    page,
  }) => {
    await testWith(page, c.account);
    const headline = heading(page, c.words.title);
    await expect(headline).toBeFocused();
    await expect(headline).toBeInViewport({ ratio: 1 });
    await expect(successPanel(page)).toHaveCount(0);
    await expect(page.locator('.result.panel-success')).toHaveCount(0);
    await expect(page.getByText(c.words.whatToDo, { exact: true })).toBeInViewport();
    await shot(
      page,
      `test-step-${c.words === V['choose-key'] ? 'empty' : c.words === V['delayed-key'] ? 'delayed' : 'inactive'}`,
    );

    await button(page, 'Go to my dashboard').click();
    await expect(heading(page, 'Your bot login')).toBeVisible();
    await expect(row(page, 'Last test')).toContainText(c.words.title);
    await expect(row(page, 'Last test')).not.toContainText(V.works.title);
    await expect(row(page, 'Application key')).toHaveText(c.keyRow);
    await expect(row(page, 'Streaming')).toHaveText(c.stream);
    await expect(row(page, 'Keeping the session')).toHaveText(V_ROWS.keepAliveKept);
  });
}

test('a live, active key: green; the dashboard says "works" with "can bet: yes", after a reload, in English and Italian', async ({
  page,
}) => {
  await testWith(page, FAKE_ACCOUNT);
  await expect(heading(page, V.works.title)).toBeFocused();
  await expect(successPanel(page)).toBeVisible();
  await expect(page.locator('.result.panel-success')).toHaveCount(1);

  await button(page, 'Go to my dashboard').click();
  await expect(heading(page, 'Your bot login')).toBeVisible();
  const checkEnglish = async (): Promise<void> => {
    await expect(row(page, 'Last test')).toContainText(V.works.title);
    await expect(row(page, 'Application key')).toHaveText('"My betting bot" · live, active · can bet: yes');
    await expect(row(page, 'Streaming')).toHaveText(V_ROWS.streamAllowed);
    await expect(row(page, 'Keeping the session')).toHaveText(V_ROWS.keepAliveKept);
  };
  await checkEnglish();
  await shot(page, 'dashboard-works-1000x720');
  await page.reload();
  await checkEnglish();

  await languageSelect(page, en).selectOption('it');
  const checkItalian = async (): Promise<void> => {
    await expect(row(page, italian.ui.dashboard.lastTest)).toContainText(italian.VERDICT_TEXT.works.title);
    await expect(row(page, italian.VERDICT_ROWS.appKey)).toHaveText(
      `"My betting bot" · live, attiva · ${italian.VERDICT_ROWS.canBet(true)}`,
    );
    await expect(row(page, italian.VERDICT_ROWS.stream)).toHaveText(italian.VERDICT_ROWS.streamAllowed);
  };
  await checkItalian();
  await page.reload();
  await checkItalian();
  await shot(page, 'dashboard-works-it-1000x720');
});

test('an inactive live key in Italian: the test step and the dashboard say the same, after a reload', async ({
  page,
}) => {
  await walkToTestStep(page);
  await languageSelect(page, en).selectOption('it');
  const words = italian.VERDICT_TEXT['key-inactive'];
  await page.getByLabel(italian.ui.test.appKey, { exact: true }).fill(FAKE_ACCOUNT.applicantLiveKey);
  await page.getByLabel(italian.ui.test.username, { exact: true }).fill(FAKE_ACCOUNT.applicantUsername);
  await page.getByLabel(italian.ui.test.password, { exact: true }).fill(FAKE_ACCOUNT.password);
  const answered = page.waitForResponse((r) => r.url().endsWith('/__wizard/testLogin'));
  await page.getByRole('button', { name: new RegExp(`^${italian.ui.test.button}`) }).click();
  await answered;
  await expect(heading(page, words.title)).toBeFocused();
  await expect(page.getByText(words.whatToDo, { exact: true })).toBeInViewport();
  await expect(page.locator('.result.panel-success')).toHaveCount(0);

  await button(page, italian.ui.appKeys.goToDashboard).click();
  await expect(heading(page, italian.ui.dashboard.heading)).toBeVisible();
  await page.reload();
  await expect(row(page, italian.ui.dashboard.lastTest)).toContainText(words.title);
  await expect(row(page, italian.VERDICT_ROWS.appKey)).toContainText(italian.VERDICT_ROWS.canBet(false));
  // Back in English, the same stored result in English words.
  await languageSelect(page, italian).selectOption('en');
  await expect(row(page, 'Last test')).toContainText(V['key-inactive'].title);
});

test.describe('at 800x600', () => {
  test.use({ viewport: { width: 800, height: 600 } });

  test('the dashboard with the key rows: nothing wider than the window', async ({ page }) => {
    await testWith(page, { ...FAKE_ACCOUNT, appKey: FAKE_ACCOUNT.delayedAppKey });
    await button(page, 'Go to my dashboard').click();
    await expect(row(page, 'Application key')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'dashboard-delayed-800x600');
  });
});
