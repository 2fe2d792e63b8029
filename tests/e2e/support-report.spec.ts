/**
 * Issue 27: the support report. After a delayed-key test the answer offers "Make a support report": its whole text
 * shows before anything is copied, and what is copied holds the app's version and the outcome, and none of the
 * secrets (the password, the whole key, a session token, the private key, the home folder's path). The dashboard
 * offers the same report of the last test.
 */
import { readFile } from 'node:fs/promises';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import { button, fillLogin, heading, runTest, walkToTestStep } from './flow.js';

test.use({ viewport: { width: 800, height: 600 } });

test('after a delayed-key test the support report is shown, then copied, with the version and outcome and no secret', async ({
  page,
  context,
  harness,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.origin });
  const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  await walkToTestStep(page);
  await fillLogin(page, { ...FAKE_ACCOUNT, appKey: FAKE_ACCOUNT.delayedAppKey });
  await runTest(page);

  await page.getByText('Make a support report').click();
  const shown = page.getByRole('region', { name: 'Support report' }).or(page.getByLabel('Support report'));
  await expect(shown).toBeVisible();
  await button(page, 'Copy the report').scrollIntoViewIfNeeded();
  await expect(shown).toContainText(`app: Bot Login Wizard ${version}`);
  await page.screenshot({ path: test.info().outputPath('support-report-800x600.png') });
  await button(page, 'Copy the report').click();
  await expect(page.getByText('Copied: paste it into your message.')).toBeVisible();

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await shown.textContent());
  expect(copied).toContain(`app: Bot Login Wizard ${version}`);
  expect(copied).toContain('verdict: delayed-key');
  expect(copied).toContain('loginStatus: SUCCESS');
  expect(copied).toContain(`appKey: …${FAKE_ACCOUNT.delayedAppKey.slice(-4)} status=valid delayed=true`);
  expect(copied).toMatch(/certificate: sha256=([0-9A-F]{2}:){31}[0-9A-F]{2} notAfter=\d{4}-/);
  expect(copied).not.toContain(FAKE_ACCOUNT.delayedAppKey);
  expect(copied).not.toContain(FAKE_ACCOUNT.password);
  expect(copied).not.toContain(FAKE_ACCOUNT.username);
  expect(copied).not.toContain('PRIVATE KEY');
  expect(copied).not.toContain(harness.dataDir);
  // Only the allow-listed facts, one a line.
  const named = copied.split('\n').flatMap((line) => /^(\w+): /.exec(line)?.[1] ?? []);
  expect(named).toEqual([
    'Subject',
    'app',
    'os',
    'jurisdiction',
    'hosts',
    'verdict',
    'loginStatus',
    'appKey',
    'stream',
    'keepAlive',
    'certificate',
    'time',
  ]);

  // The dashboard offers the report of the last test.
  await page.reload();
  await expect(heading(page, 'Your bot login')).toBeVisible();
  await page.getByText('Make a support report').click();
  await expect(page.getByLabel('Support report')).toContainText('verdict: delayed-key');
});
