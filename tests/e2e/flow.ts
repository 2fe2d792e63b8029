/**
 * Walking the wizard the way a person does: by headings, labels and button names only.
 * (Names from the UI brief; a change there is a change a user would notice.)
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { GUARD_FILE_NAME } from '../../electron/core/guard/guard-file.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import type { Harness } from '../harness/server.js';

export const PLACE_NAMES = {
  international: 'International (UK and most countries)',
  au: 'Australia / New Zealand',
  it: 'Italy',
  es: 'Spain',
  ro: 'Romania',
  se: 'Sweden',
  dk: 'Denmark',
} as const;

/** The domain shown beside each place on step 1. */
export const SITE_DOMAINS = {
  international: 'betfair.com',
  au: 'betfair.com.au',
  it: 'betfair.it',
  es: 'betfair.es',
  ro: 'betfair.ro',
  se: 'betfair.se',
  dk: 'betfair.dk',
} as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Step 1's radio for a place: its name, then its domain ("Italy – betfair.it"). */
export function siteRadio(page: Page, place: keyof typeof PLACE_NAMES): Locator {
  return page.getByRole('radio', {
    name: new RegExp(`^${escapeRegExp(PLACE_NAMES[place])}\\W+${escapeRegExp(SITE_DOMAINS[place])}$`),
  });
}

export function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { name, exact: true });
}

/** A step in the step list ("Steps"); a done one says "(done)" to screen readers. */
export function stepInList(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('listitem')
    .filter({ has: page.getByText(name, { exact: true }) });
}

export function button(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

/**
 * Unfolds a folded part by its summary ("Details") or, for the dashboard's sections ("Test again", the code samples),
 * by the fold button in its heading.
 */
export async function unfold(page: Page, name: string): Promise<void> {
  const toggle = foldToggle(page, name);
  const open = await toggle.evaluate((el) =>
    el.tagName === 'SUMMARY'
      ? ((el.parentElement as HTMLDetailsElement | null)?.open ?? false)
      : el.getAttribute('aria-expanded') === 'true',
  );
  if (!open) await toggle.click();
}

/** What folds a part away: a <summary>, or a dashboard section's fold button (in its heading). */
export function foldToggle(page: Page, name: string): Locator {
  return page.locator('summary, .fold-toggle').filter({ hasText: name }).first();
}

export async function next(page: Page): Promise<void> {
  await button(page, 'Next').click();
}

/** Step 1 -> step 2. */
export async function chooseJurisdiction(page: Page, place: keyof typeof PLACE_NAMES = 'international'): Promise<void> {
  await expect(heading(page, 'Which Betfair site do you use?')).toBeVisible();
  await siteRadio(page, place).check();
  await next(page);
  await expect(heading(page, 'Your certificate')).toBeVisible();
}

export const CERTIFICATE_READY = 'Certificate ready \u2013 next: upload it';

/** Step 2: "Create certificate" and wait until the screen says the certificate is ready. */
export async function createCertificate(page: Page): Promise<void> {
  await button(page, 'Create certificate').click();
  await expect(heading(page, CERTIFICATE_READY)).toBeVisible({ timeout: 30_000 });
  await expect(button(page, 'Next')).toBeEnabled();
}

/** Step 3: tick the box and go on to the test step. */
export async function confirmUpload(page: Page): Promise<void> {
  await expect(heading(page, 'Upload your certificate')).toBeVisible();
  await page.getByRole('checkbox', { name: 'I have uploaded the certificate' }).check();
  await next(page);
  await expect(heading(page, 'Test my login')).toBeVisible();
}

/** From the first screen to "Test my login" with a new certificate. */
export async function walkToTestStep(page: Page, place: keyof typeof PLACE_NAMES = 'international'): Promise<void> {
  await chooseJurisdiction(page, place);
  await createCertificate(page);
  await next(page);
  await confirmUpload(page);
}

export interface Account {
  readonly appKey: string;
  readonly username: string;
  readonly password: string;
}

/** Fills the three login fields (the password is cleared after every test, so always typed again). */
export async function fillLogin(page: Page, account: Account = FAKE_ACCOUNT): Promise<void> {
  await page.getByLabel('Application key', { exact: true }).fill(account.appKey);
  await page.getByLabel('Username', { exact: true }).fill(account.username);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
}

export function testButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Test my login/ });
}

/**
 * Presses "Test my login" and waits until the app has answered that very test and the form is idle
 * again, so the next check cannot see the previous test's result.
 */
export async function runTest(page: Page): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/__wizard/testLogin'));
  await testButton(page).click();
  await answered;
  await expect(page.getByRole('button', { name: 'Testing…' })).toHaveCount(0);
}

/** The result panel: role=status on success, role=alert on failure; found by its heading text. */
export function successPanel(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'Your bot login works' });
}

export function failurePanel(page: Page, title: string): Locator {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/**
 * Test-only: forget the login guard's memory (its file in the data folder) so a data-driven test can
 * run more than the guard's few logins per minute. The app itself never does this.
 */
export async function forgetLoginGuard(dataDir: string): Promise<void> {
  await rm(join(dataDir, GUARD_FILE_NAME), { force: true });
}

/** What the harness's fake file picker answers next (POST /__harness/pick, token-protected). */
export async function pick(page: Page, harness: Harness, paths: readonly string[]): Promise<void> {
  const response = await page.request.post(`${harness.origin}/__harness/pick`, {
    headers: { 'X-Harness-Token': harness.token, 'Content-Type': 'application/json' },
    data: { paths },
  });
  expect(response.status()).toBe(200);
}
