/**
 * Issue 10, as a first-time bettor meets the wizard at 1000x720 and 800x600: the answer to every
 * action is in the window without scrolling, with the focus on its heading and its next action in
 * view; the steps stay visible; the dead ends (Denmark, a .p12 without .crt, skipping the test) have a
 * way on.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { INTERACTIVE_LOGIN_URL } from '../../shared/jurisdictions.js';
import { expect, test } from './fixtures.js';
import {
  button,
  CERTIFICATE_READY,
  chooseJurisdiction,
  createCertificate,
  fillLogin,
  heading,
  next,
  pick,
  runTest,
  siteRadio,
  successPanel,
  walkToTestStep,
} from './flow.js';
import { opensslPair } from './openssl.js';
import { buttonIn, headingIn, siteRadioIn } from './language-flow.js';
import { it } from '../../shared/i18n/it/index.js';
import { useOpensslP12 } from './p12-flow.js';

const run = promisify(execFile);

const SIZES = [
  { width: 1000, height: 720 },
  { width: 800, height: 600 },
] as const;

for (const viewport of SIZES) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the steps stay in view, and "Create certificate" answers with "Certificate ready" focused, Next beside it', async ({
      page,
    }) => {
      const steps = page.getByRole('navigation', { name: 'Steps' });
      await expect(steps).toBeInViewport();
      await chooseJurisdiction(page);
      await page.getByText('Advanced options').click();
      await createCertificate(page);
      const ready = heading(page, CERTIFICATE_READY);
      await expect(ready).toBeFocused();
      await expect(ready).toBeInViewport();
      await expect(button(page, 'Next')).toBeInViewport();
      await expect(button(page, 'Next')).toHaveClass(/primary/);
      await expect(button(page, 'Create certificate')).toHaveCount(0);
      await expect(page.getByText('upload this one to Betfair')).toBeInViewport();
      await expect(steps).toBeInViewport();
      // The technical words wait under "Details".
      await expect(page.getByText('Fingerprint (SHA-256)')).toBeHidden();
    });

    test('"Use an existing certificate" moves the focus to its section, and "Check these files" answers in view', async ({
      page,
      harness,
    }) => {
      const dir = join(harness.certDir, 'mine');
      await mkdir(dir, { recursive: true });
      const pair = await opensslPair(dir, 'my-bot');
      await pick(page, harness, [pair.keyPath]);
      await chooseJurisdiction(page);
      await button(page, 'Use an existing certificate').click();
      await expect(heading(page, 'Use a certificate you already have')).toBeFocused();

      // A key alone: the findings are the answer.
      await button(page, 'Choose certificate files…').click();
      await button(page, 'Check these files').click();
      const findings = heading(page, 'What the check found');
      await expect(findings).toBeFocused();
      await expect(findings).toBeInViewport();

      await pick(page, harness, [pair.certificatePath, pair.keyPath]);
      await button(page, 'Choose certificate files…').click();
      await button(page, 'Check these files').click();
      const ready = heading(page, CERTIFICATE_READY);
      await expect(ready).toBeFocused();
      await expect(ready).toBeInViewport();
      await expect(button(page, 'Next')).toBeInViewport();
    });

    test('Test my login: a failure and a success are in view when they arrive', async ({ page, sso }) => {
      await walkToTestStep(page);
      sso.setMode({ kind: 'status', status: 'INVALID_USERNAME_OR_PASSWORD' });
      await fillLogin(page);
      await runTest(page);
      const failure = page.getByRole('alert').getByRole('heading').first();
      await expect(failure).toBeInViewport();
      await expect(failure).toBeFocused();
      sso.setMode({ kind: 'normal' });
      await fillLogin(page);
      await runTest(page);
      await expect(successPanel(page).getByRole('heading').first()).toBeInViewport();
    });

    test('leaving the test step untested asks once; after a passing test the dashboard fits the window, folded', async ({
      page,
    }) => {
      await walkToTestStep(page);
      await next(page);
      const ask = page.getByRole('alertdialog', { name: 'Your login has not been tested yet' });
      await expect(ask).toBeVisible();
      // The safe answer is the primary button and has the focus; going on untested is the plain one.
      const stay = ask.getByRole('button', { name: 'Test my login first' });
      await expect(stay).toBeFocused();
      await expect(stay).toHaveClass(/primary/);
      await expect(ask.getByRole('button', { name: 'Go on without testing' })).not.toHaveClass(/primary/);
      await stay.click();
      await expect(heading(page, 'Test my login')).toBeVisible();
      await next(page);
      await ask.getByRole('button', { name: 'Go on without testing' }).click();
      await expect(heading(page, 'Your bot login')).toBeFocused();
      // Asked once: back and on again goes straight through.
      await button(page, 'Back').click();
      await next(page);
      await expect(heading(page, 'Your bot login')).toBeVisible();
      await expect(ask).toHaveCount(0);

      // Not tested yet: "Test again" is open on the dashboard; after a pass it is folded.
      await fillLogin(page);
      await runTest(page);
      await expect(successPanel(page)).toBeVisible();
      await page.reload();
      const dashboard = heading(page, 'Your bot login');
      await expect(dashboard).toBeInViewport();
      await expect(page.getByLabel('Application key', { exact: true })).toBeHidden();
      if (viewport.width >= 1000) {
        await expect(page.locator('summary, .fold-toggle').filter({ hasText: 'Test again' })).toBeInViewport();
        await expect(
          page.locator('summary, .fold-toggle').filter({ hasText: 'Code samples for your own bot' }),
        ).toBeInViewport();
        const area = await page
          .locator('[data-scroll-area]')
          .evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
        expect(area.scrollHeight, 'the folded dashboard fits a 1000x720 window').toBeLessThanOrEqual(area.clientHeight);
      }
    });

    test('"Add a renewal reminder to my calendar" writes an .ics next to the certificate and opens it', async ({
      page,
      harness,
    }) => {
      await walkToTestStep(page);
      await next(page);
      await page.getByRole('button', { name: 'Go on without testing' }).click();
      await button(page, 'Add a renewal reminder to my calendar').click();
      const said = page.getByRole('status').filter({ hasText: /reminder two weeks before/ });
      await expect(said).toBeInViewport();
      const path = join(harness.certDir, 'betfair-certificate-renewal.ics');
      await expect.poll(() => harness.opened()).toContainEqual({ kind: 'open-file', path });
      const calendar = new ICAL.Component(ICAL.parse(await readFile(path, 'utf8')) as unknown[]);
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
      const { stdout } = await run('openssl', [
        'x509',
        '-in',
        join(harness.certDir, 'client-2048.crt'),
        '-noout',
        '-enddate',
      ]);
      const notAfter = new Date(stdout.trim().replace(/^notAfter=/, ''));
      const expected = new Date(
        Date.UTC(notAfter.getUTCFullYear(), notAfter.getUTCMonth(), notAfter.getUTCDate() - 14),
      );
      expect(event.startDate.toString()).toBe(expected.toISOString().slice(0, 10));
      expect(event.summary).toBe('Renew your Betfair bot certificate');
    });
  });
}

test('Denmark: says why, offers the interactive login, and the way back to another site', async ({ page, harness }) => {
  await siteRadio(page, 'dk').check();
  const notice = page.getByRole('region', { name: 'Bot login is not available on betfair.dk' });
  await expect(notice).toBeInViewport();
  await expect(notice).toContainText('MitID');
  await expect(notice).not.toContainText('NemID');
  await expect(notice).toContainText('If your account is on another Betfair site, choose that one');
  await expect(button(page, 'Next')).toBeDisabled();
  await expect(button(page, 'Next')).toHaveAccessibleDescription(/not available on betfair\.dk/);
  await notice.getByRole('button', { name: 'Read Betfair’s page on the interactive login' }).click();
  await expect.poll(() => harness.opened()).toEqual([{ kind: 'url', url: INTERACTIVE_LOGIN_URL }]);
  await siteRadio(page, 'se').check();
  await expect(notice).toHaveCount(0);
  await expect(button(page, 'Next')).toBeEnabled();
});

test('with nothing chosen, a hint beside the disabled Next says what to do', async ({ page }) => {
  await expect(button(page, 'Next')).toBeDisabled();
  await expect(button(page, 'Next')).toHaveAccessibleDescription('Choose your Betfair site to go on.');
  await expect(page.getByText('Choose your Betfair site to go on.')).toBeInViewport();
});

test.describe('an Italian system', () => {
  test.use({ locale: 'it-IT' });

  test('opens in Italian, pre-selects betfair.it, and the user can still change it', async ({ page }) => {
    await expect(siteRadioIn(page, it, 'it')).toBeChecked();
    await expect(page.getByText(it.ui.jurisdiction.preselected)).toBeVisible();
    await expect(buttonIn(page, it.ui.common.next)).toBeEnabled();
    await siteRadioIn(page, it, 'international').check();
    await buttonIn(page, it.ui.common.next).click();
    await expect(headingIn(page, it.ui.certificate.heading)).toBeVisible();
  });
});

test('a certificate in a .p12 only: the upload step offers "Save the certificate as a .crt" and its steps match the screen', async ({
  page,
  harness,
}) => {
  const { pair, dir } = await useOpensslP12(page, harness, 'p12 secret');
  await next(page);

  await expect(heading(page, 'Upload your certificate')).toBeVisible();
  await expect(button(page, 'Show the .crt file')).toHaveCount(0);
  await expect(page.getByText(/Press "Show the \.crt file"/)).toHaveCount(0);
  await page.getByLabel('.p12 password (to read the certificate)').fill('p12 secret');
  await button(page, 'Save the certificate as a .crt').click();
  const saved = heading(page, 'Saved as bundle.crt: upload this file');
  await expect(saved).toBeFocused();
  await expect(saved).toBeInViewport();
  await expect(button(page, 'Show the .crt file')).toBeVisible();
  await expect(page.getByText(/pick bundle\.crt\. Press "Show the \.crt file"/)).toBeVisible();
  // The file is the certificate alone, as OpenSSL reads it.
  const crt = join(dir, 'bundle.crt');
  const { stdout } = await run('openssl', ['x509', '-in', crt, '-noout', '-fingerprint', '-sha256']);
  expect(stdout.trim().replace(/^.*=/, '').toUpperCase()).toBe(pair.fingerprintSha256);
  expect(await readFile(crt, 'utf8')).not.toContain('PRIVATE KEY');
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the steps are a compact header that stays in view, and nothing scrolls sideways', async ({ page }) => {
    const steps = page.getByRole('navigation', { name: 'Steps' });
    await expect(steps).toContainText('Step 1 of 5');
    await chooseJurisdiction(page);
    await createCertificate(page);
    await expect(heading(page, CERTIFICATE_READY)).toBeInViewport();
    await expect(steps).toBeInViewport();
    await expect(steps).toContainText('Step 2 of 5');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});
