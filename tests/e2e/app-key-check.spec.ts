/**
 * "Test my login" proves everything a bot needs (issue 8), tried as a new user would: through the harness and the
 * fake identitysso (which also answers Betfair's Accounts API), finding elements by role and name only.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { settingsFilePath } from '../../electron/core/settings/index.js';
import { ACCOUNTS_OPERATIONS } from '../../shared/accounts-api.js';
import { explainAccountsError } from '../../shared/app-key-catalogue.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import {
  button,
  chooseJurisdiction,
  fillLogin,
  heading,
  next,
  runTest,
  stepInList,
  successPanel,
  unfold,
  walkToTestStep,
} from './flow.js';
import { opensslP12, opensslPair } from './openssl.js';

const CHOOSE = 'Your login works \u2013 choose your application key';
const CREATE = 'Your login works \u2013 create your application keys';
const FIX = 'Your login works, but your bot will be refused until the application key is fixed';
const NOT_CHECKED = 'Your login works, but the application key could not be checked';
const DELAYED = 'Your login works, but your bot cannot bet with the delayed key';

test.use({ viewport: { width: 1000, height: 720 } });

function keyList(page: Page): Locator {
  return page.getByRole('region', { name: 'Your application keys', exact: true });
}

function keyItem(page: Page, kind: 'Delayed key' | 'Live key'): Locator {
  return keyList(page).getByRole('listitem').filter({ hasText: kind });
}

/** The account's two keys are listed: the delayed one (active) and the live one (active or not active yet). */
async function expectBothKeys(
  page: Page,
  delayedKey: string | RegExp,
  liveKey: string | RegExp,
  liveState: 'active' | 'not active yet' = 'active',
): Promise<void> {
  await expect(keyList(page).getByRole('listitem')).toHaveCount(2);
  await expect(keyItem(page, 'Delayed key')).toContainText(delayedKey);
  await expect(keyItem(page, 'Delayed key')).toContainText('cannot place bets');
  await expect(keyItem(page, 'Live key')).toContainText(liveKey);
  await expect(keyItem(page, 'Live key')).toContainText(`Live key, ${liveState}`);
}

test('an empty key: the login works and both keys are listed; "Use this key" on the delayed one, and the next test says it can read prices but not bet (not green)', async ({
  page,
  sso,
}) => {
  await walkToTestStep(page);
  await fillLogin(page, { ...FAKE_ACCOUNT, appKey: '' });
  await runTest(page);
  await expect(heading(page, CHOOSE)).toBeFocused();
  await expect(heading(page, 'Your bot login works')).toHaveCount(0);
  await expectBothKeys(page, FAKE_ACCOUNT.delayedAppKey, FAKE_ACCOUNT.appKey);

  await keyItem(page, 'Delayed key').getByRole('button', { name: 'Use this key' }).click();
  await expect(page.getByLabel('Application key', { exact: true })).toHaveValue(FAKE_ACCOUNT.delayedAppKey);
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await expect(keyItem(page, 'Delayed key')).toContainText('This key is now in the form');

  await page.keyboard.type(FAKE_ACCOUNT.password);
  await runTest(page);
  await expect(heading(page, DELAYED)).toBeFocused();
  await expect(successPanel(page)).toHaveCount(0);
  const result = page.getByRole('status').filter({ has: heading(page, DELAYED) });
  await expect(result).toHaveClass(/panel-warning/);
  await expect(result).toContainText(/cannot place bets/);
  await expect(result.getByText(/To bet, use your live key/)).toBeInViewport();

  // The key was checked with getAccountFunds, and only there was it sent as X-Application.
  const calls = sso.requests().filter((r) => r.rpcMethod);
  const funds = calls.filter((r) => r.rpcMethod?.endsWith('/getAccountFunds'));
  expect(funds).toHaveLength(1);
  expect(funds[0]?.headers['x-application']).toBe(FAKE_ACCOUNT.delayedAppKey);
  for (const listing of calls.filter((r) => r.rpcMethod?.endsWith('/getDeveloperAppKeys'))) {
    expect(listing.headers['x-application']).toBeUndefined();
  }

  // Back on the dashboard after a restart, the step list does not tick Test: the bot cannot bet with this key.
  await page.reload();
  await expect(heading(page, 'Your bot login')).toBeVisible();
  await expect(stepInList(page, 'Test')).toBeAttached();
  await expect(stepInList(page, 'Test')).not.toContainText('(done)');
  await expect(stepInList(page, 'Upload')).toContainText('(done)');
});

test('a mistyped key: the result says the key is wrong and shows the right ones', async ({ page }) => {
  await walkToTestStep(page);
  await fillLogin(page, { ...FAKE_ACCOUNT, appKey: `${FAKE_ACCOUNT.appKey}x` });
  await runTest(page);
  const result = page.getByRole('alert').filter({ has: heading(page, FIX) });
  await expect(result).toBeVisible();
  await expect(heading(page, FIX)).toBeFocused();
  await expect(heading(page, 'Your bot login works')).toHaveCount(0);
  await expectBothKeys(page, FAKE_ACCOUNT.delayedAppKey, FAKE_ACCOUNT.appKey);
  // Remembering is one box in the form, never a question after the answer.
  await expect(page.getByRole('group', { name: /Remember/ })).toHaveCount(0);
});

test('an account without keys: "Create my application keys" (name suggested, password again); a name Betfair refuses is explained; then both keys are created', async ({
  page,
  sso,
}) => {
  await walkToTestStep(page);
  await fillLogin(page, { appKey: '', username: FAKE_ACCOUNT.noKeysUsername, password: FAKE_ACCOUNT.password });
  await runTest(page);
  await expect(heading(page, CREATE)).toBeFocused();
  const form = page.getByRole('region', { name: 'Create your application keys' });
  await expect(form).toContainText('The delayed key is free');
  await expect(form).toContainText('The live key');
  const name = form.getByLabel('Name for your keys');
  await expect(name).toHaveValue(/^My betting bot \d{4}$/);
  expect((await name.inputValue()).toLowerCase()).not.toContain(FAKE_ACCOUNT.noKeysUsername);

  // A name with the username in it is refused before anything is sent (Betfair would answer UNEXPECTED_ERROR).
  const before = sso.requests().length;
  await name.fill(`${FAKE_ACCOUNT.noKeysUsername} bot`);
  await form.getByLabel('Betfair password').fill(FAKE_ACCOUNT.password);
  await form.getByRole('button', { name: 'Create my application keys' }).click();
  await expect(form.getByRole('alert')).toContainText('username');
  expect(sso.requests().length).toBe(before);

  // Betfair refuses the name (taken): the reason is shown, the form stays with the name, focus on the headline.
  const taken = explainAccountsError('DUPLICATE_APP_NAME');
  sso.setAccountsMode({ kind: 'error', errorCode: 'DUPLICATE_APP_NAME', operation: ACCOUNTS_OPERATIONS.createKeys });
  await name.fill('Evening trading bot');
  await form.getByLabel('Betfair password').fill(FAKE_ACCOUNT.password);
  let answered = page.waitForResponse((r) => r.url().endsWith('/__wizard/testLogin'));
  await form.getByRole('button', { name: 'Create my application keys' }).click();
  await answered;
  await expect(heading(page, CREATE)).toBeFocused();
  await expect(page.getByText(taken.explanation)).toBeVisible();
  await expect(page.getByText(taken.whatToDo)).toBeVisible();
  await expect(name).toHaveValue('Evening trading bot');
  await expect(form.getByLabel('Betfair password')).toHaveValue('');
  await expect(keyList(page)).toHaveCount(0);

  sso.setAccountsMode({ kind: 'normal' });
  await form.getByLabel('Betfair password').fill(FAKE_ACCOUNT.password);
  answered = page.waitForResponse((r) => r.url().endsWith('/__wizard/testLogin'));
  await form.getByRole('button', { name: 'Create my application keys' }).click();
  await answered;
  await expect(heading(page, CHOOSE)).toBeFocused();
  await expect(
    page.getByText('Betfair created your two application keys under the name "Evening trading bot".'),
  ).toBeVisible();
  await expectBothKeys(page, /\S/, /\S/, 'not active yet');
  await expect(keyList(page)).toContainText('Evening trading bot');
  expect(sso.requests().filter((r) => r.rpcMethod?.endsWith('/createDeveloperAppKeys'))).toHaveLength(2);
});

test('"What is an application key?" opens Betfair\'s developer page', async ({ page, harness }) => {
  await walkToTestStep(page);
  await page.getByRole('link', { name: 'What is an application key?' }).click();
  await expect
    .poll(() => harness.opened())
    .toEqual([{ kind: 'url', url: 'https://developer.betfair.com/get-started/' }]);
  await expect(heading(page, 'Test my login')).toBeVisible();
});

const REMEMBER = 'Remember my username and application key on this computer';

test('one question about remembering, in the form, after the key: ticked, a passing test fills "Test again" and the snippets, never the password; nothing is asked after the pass', async ({
  page,
  harness,
}) => {
  await walkToTestStep(page);
  // The order a person fills it in: username, password, then the optional key, then the one question.
  const order = await page
    .locator('form.login-form')
    .locator('input')
    .evaluateAll((inputs) =>
      inputs
        .map((i) => ((i as HTMLInputElement).labels?.[0]?.textContent ?? '').trim())
        .filter((label) => label.length > 0),
    );
  expect(order).toEqual(['Username', 'Password', 'Application key', REMEMBER]);
  await expect(page.getByRole('checkbox')).toHaveCount(1);

  await fillLogin(page);
  await page.getByRole('checkbox', { name: REMEMBER }).check();
  await runTest(page);
  await expect(successPanel(page)).toBeVisible();
  await expect(page.getByRole('group', { name: /Remember/ })).toHaveCount(0);
  await expect(button(page, 'Yes, remember them')).toHaveCount(0);

  await button(page, 'Go to my dashboard').click();
  await expect(heading(page, 'Your bot login')).toBeVisible();
  await unfold(page, 'Test again');
  await unfold(page, 'Code samples for your own bot');
  await expect(page.getByLabel('Application key', { exact: true })).toHaveValue(FAKE_ACCOUNT.appKey);
  await expect(page.getByLabel('Username', { exact: true })).toHaveValue(FAKE_ACCOUNT.username);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: REMEMBER })).toBeChecked();
  const curl = page.locator('pre').filter({ hasText: 'curl' }).first();
  await expect(curl).toContainText(FAKE_ACCOUNT.appKey);
  await expect(curl).not.toContainText('YOUR_APP_KEY');

  const stored = await readFile(settingsFilePath(harness.dataDir), 'utf8');
  expect(stored).toContain(FAKE_ACCOUNT.appKey);
  expect(stored).toContain(FAKE_ACCOUNT.username);
  expect(stored).not.toContain(FAKE_ACCOUNT.password.slice(0, 9)); // "p@ss w0rd", before any JSON escaping
});

test('left unticked, a passing test asks nothing and remembers nothing', async ({ page, harness }) => {
  await walkToTestStep(page);
  await fillLogin(page);
  await expect(page.getByRole('checkbox', { name: REMEMBER })).not.toBeChecked();
  await runTest(page);
  await expect(successPanel(page)).toBeVisible();
  await expect(page.getByRole('group', { name: /Remember/ })).toHaveCount(0);
  const stored = await readFile(settingsFilePath(harness.dataDir), 'utf8');
  expect(stored).not.toContain(FAKE_ACCOUNT.appKey);
  expect(stored).not.toContain(FAKE_ACCOUNT.username);
  await next(page);
  await expect(page.getByLabel('Application key', { exact: true })).toHaveValue('');
});

test('Accounts API down: the login still counts as working, and the result says the key could not be checked', async ({
  page,
  sso,
}) => {
  await walkToTestStep(page);
  sso.setAccountsMode({ kind: 'down' });
  await fillLogin(page);
  await runTest(page);
  await expect(heading(page, NOT_CHECKED)).toBeFocused();
  await expect(page.getByRole('status').filter({ has: heading(page, NOT_CHECKED) })).toBeVisible();
  await expect(keyList(page)).toHaveCount(0);
  await expect(button(page, 'Go to my dashboard')).toBeVisible();
});

test('on the dashboard, "Use this key" with remembering on saves the key, and the snippets use it instead of YOUR_APP_KEY', async ({
  page,
  harness,
}) => {
  await walkToTestStep(page);
  await fillLogin(page);
  await page.getByRole('checkbox', { name: REMEMBER }).check();
  await runTest(page);
  await button(page, 'Go to my dashboard').click();
  await expect(heading(page, 'Your bot login')).toBeVisible();
  await unfold(page, 'Test again');
  await unfold(page, 'Code samples for your own bot');
  const curl = page.locator('pre').filter({ hasText: 'curl' }).first();
  await expect(curl).toContainText(FAKE_ACCOUNT.appKey);

  await fillLogin(page, { ...FAKE_ACCOUNT, appKey: '' });
  await runTest(page);
  await expect(heading(page, CHOOSE)).toBeFocused();
  await keyItem(page, 'Delayed key').getByRole('button', { name: 'Use this key' }).click();
  await expect(keyItem(page, 'Delayed key')).toContainText('the wizard remembers it');
  await expect(page.getByLabel('Application key', { exact: true })).toHaveValue(FAKE_ACCOUNT.delayedAppKey);
  await expect(curl).toContainText(FAKE_ACCOUNT.delayedAppKey);
  await expect(curl).not.toContainText(FAKE_ACCOUNT.appKey);
  expect(await readFile(settingsFilePath(harness.dataDir), 'utf8')).toContain(FAKE_ACCOUNT.delayedAppKey);
});

test('with a .p12 certificate, creating keys asks for the .p12 password too, and then creates them', async ({
  page,
  harness,
  sso,
}) => {
  const dir = join(harness.certDir, 'p12');
  await mkdir(dir, { recursive: true });
  const p12 = await opensslP12(await opensslPair(dir, 'bundle'), dir, 'bundle', 'p12 secret');
  const picked = await page.request.post(`${harness.origin}/__harness/pick`, {
    headers: { 'X-Harness-Token': harness.token, 'Content-Type': 'application/json' },
    data: { paths: [p12] },
  });
  expect(picked.status()).toBe(200);
  await chooseJurisdiction(page);
  await button(page, 'Use an existing certificate').click();
  await button(page, 'Choose certificate files…').click();
  await page.getByLabel('.p12 password', { exact: true }).fill('p12 secret');
  await button(page, 'Check these files').click();
  await next(page);
  await page.getByRole('checkbox', { name: 'I have uploaded the certificate' }).check();
  await next(page);

  await fillLogin(page, { appKey: '', username: FAKE_ACCOUNT.noKeysUsername, password: FAKE_ACCOUNT.password });
  await page.getByLabel('.p12 password', { exact: true }).fill('p12 secret');
  await runTest(page);
  await expect(heading(page, CREATE)).toBeFocused();
  const form = page.getByRole('region', { name: 'Create your application keys' });
  await form.getByLabel('Name for your keys').fill('Evening trading bot');
  await form.getByLabel('Betfair password').fill(FAKE_ACCOUNT.password);
  const before = sso.requests().length;
  await form.getByRole('button', { name: 'Create my application keys' }).click();
  await expect(form.getByRole('alert')).toHaveText('Enter the password of your .p12 file.');
  expect(sso.requests().length).toBe(before);

  await form.getByLabel('.p12 password').fill('p12 secret');
  const answered = page.waitForResponse((r) => r.url().endsWith('/__wizard/testLogin'));
  await form.getByRole('button', { name: 'Create my application keys' }).click();
  await answered;
  await expect(heading(page, CHOOSE)).toBeFocused();
  await expectBothKeys(page, /\S/, /\S/, 'not active yet');
});
