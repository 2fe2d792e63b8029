/**
 * The stream and keepAlive checks in the test step, in Chromium through the harness and the fake identitysso (with
 * its fake Exchange Stream API): a key not enabled for streaming says the bot cannot stream and gives Betfair
 * Developer Support's way, with the request to send (the key and username of this test filled in). The headline is
 * the one verdict's: "can log in and bet, cannot stream", never green; the dashboard's rows say the same.
 */
import type { Locator, Page } from '@playwright/test';
import { en } from '../../shared/i18n/en/index.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import { fillLogin, runTest, walkToTestStep } from './flow.js';

test.use({ viewport: { width: 1000, height: 720 } });

function checks(page: Page): Locator {
  return page.getByRole('region', { name: 'What else your bot needs', exact: true });
}

test('a key not enabled for streaming: "may not stream yet", Developer Support and what to write; the session was kept alive', async ({
  page,
  sso,
  harness,
}) => {
  sso.denyStreaming(FAKE_ACCOUNT.appKey);
  await walkToTestStep(page);
  await fillLogin(page, FAKE_ACCOUNT);
  await runTest(page);
  const headline = page.getByRole('heading', { name: en.VERDICT_TEXT['works-no-stream'].title, exact: true });
  await expect(headline).toBeFocused();
  await expect(page.getByRole('heading', { name: en.VERDICT_TEXT.works.title, exact: true })).toHaveCount(0);
  await expect(page.locator('.result.panel-success')).toHaveCount(0);
  const panel = checks(page);
  await expect(panel).toBeVisible();
  const stream = panel.getByRole('listitem').filter({ hasText: 'Streaming:' });
  await expect(stream).toContainText('Your key may not stream yet');
  await expect(stream).toContainText("Betfair's Developer Support");
  await expect(stream).toContainText(`Exchange Stream API: ${sso.streamHostPort}`);
  const request = stream.getByLabel('What to write to Developer Support (in English)');
  await expect(request).toContainText('please enable the Exchange Stream API for this application key');
  await expect(request).toContainText(FAKE_ACCOUNT.appKey);
  await expect(request).toContainText(FAKE_ACCOUNT.username);
  await expect(panel.getByRole('listitem').filter({ hasText: 'Keeping the session:' })).toContainText(
    'Your session can be kept alive',
  );

  // The stream request carried the key typed and this test's session; keepAlive came once, before the logout.
  const sent = sso.requests();
  const stream0 = sent.filter((r) => r.path === '(stream)');
  expect(stream0).toHaveLength(1);
  expect(stream0[0]).toMatchObject({ appKey: FAKE_ACCOUNT.appKey, sessionMatched: true, answered: 'NOT_AUTHORIZED' });
  const paths = sent.map((r) => r.path);
  expect(paths.filter((p) => p === '/api/keepAlive')).toHaveLength(1);
  expect(paths.indexOf('/api/keepAlive')).toBeLessThan(paths.indexOf('/api/logout'));

  await stream.getByRole('button', { name: 'Open Betfair Developer Support' }).click();
  await expect
    .poll(() => harness.opened())
    .toContainEqual({ kind: 'url', url: 'https://support.developer.betfair.com/' });

  await page.getByRole('button', { name: 'Go to my dashboard', exact: true }).click();
  const row = (name: string): Locator =>
    page.locator('.dashboard dl.facts dt').filter({ hasText: name }).first().locator('xpath=following-sibling::dd[1]');
  await expect(row('Last test')).toContainText(en.VERDICT_TEXT['works-no-stream'].title);
  await expect(row('Streaming')).toContainText(en.VERDICT_ROWS.streamNotAllowed);
  await expect(row('Application key')).toContainText(en.VERDICT_ROWS.canBet(true));
});

test('a key that may stream: "Your key may stream", nothing more to do', async ({ page, sso }) => {
  await walkToTestStep(page);
  await fillLogin(page, FAKE_ACCOUNT);
  await runTest(page);
  const stream = checks(page).getByRole('listitem').filter({ hasText: 'Streaming:' });
  await expect(stream).toContainText('Streaming: Your key may stream');
  await expect(stream.getByRole('button', { name: 'Open Betfair Developer Support' })).toHaveCount(0);
  expect(sso.requests().filter((r) => r.path === '(stream)')).toEqual([
    expect.objectContaining({ answered: 'SUCCESS', sessionMatched: true }),
  ]);
});
