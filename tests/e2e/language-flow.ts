/**
 * The wizard walked in any language: every name a step is found by comes from that language's bundle, so these
 * helpers pass with the placeholders today and with the real translations after they land.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { settingsFilePath } from '../../electron/core/settings/index.js';
import { en } from '../../shared/i18n/en/index.js';
import { es } from '../../shared/i18n/es/index.js';
import { it as italian } from '../../shared/i18n/it/index.js';
import type { Language } from '../../shared/i18n/languages.js';
import type { Messages } from '../../shared/i18n/messages.js';
import { ro } from '../../shared/i18n/ro/index.js';
import { sv } from '../../shared/i18n/sv/index.js';
import type { StatusText, StatusTextContext } from '../../shared/i18n/text-types.js';
import type { JurisdictionId } from '../../shared/jurisdictions.js';
import { siteDomain } from '../../shared/jurisdictions.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import type { Harness } from '../harness/server.js';
import type { Account } from './flow.js';

export const BUNDLES: Readonly<Record<Language, Messages>> = { en, it: italian, es, ro, sv };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function headingIn(page: Page, name: string): Locator {
  return page.getByRole('heading', { name, exact: true });
}

export function buttonIn(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

/** The language switcher (its label is in the language on screen). */
export function languageSelect(page: Page, m: Messages): Locator {
  return page.getByRole('combobox', { name: m.ui.language.label, exact: true });
}

export function siteRadioIn(page: Page, m: Messages, place: JurisdictionId): Locator {
  return page.getByRole('radio', {
    name: new RegExp(`^${escapeRegExp(m.JURISDICTION_NAMES[place])}\\W+${escapeRegExp(siteDomain(place))}$`),
  });
}

/** From step 1 to "Test my login" with a new certificate, in the language `m`. */
export async function walkToTestStepIn(page: Page, m: Messages, place: JurisdictionId): Promise<void> {
  await expect(headingIn(page, m.ui.jurisdiction.heading)).toBeVisible();
  await siteRadioIn(page, m, place).check();
  await buttonIn(page, m.ui.common.next).click();
  await expect(headingIn(page, m.ui.certificate.heading)).toBeVisible();
  await buttonIn(page, m.ui.certificate.create).click();
  await expect(headingIn(page, m.ui.certificate.readyHeading)).toBeVisible({ timeout: 30_000 });
  await buttonIn(page, m.ui.common.next).click();
  await expect(headingIn(page, m.ui.upload.heading)).toBeVisible();
  await page.getByRole('checkbox', { name: m.ui.upload.confirm, exact: true }).check();
  await buttonIn(page, m.ui.common.next).click();
  await expect(headingIn(page, m.ui.test.heading)).toBeVisible();
}

/** Fills the login fields and presses "Test my login", waiting for that test's answer. */
export async function testLoginIn(page: Page, m: Messages, account: Account = FAKE_ACCOUNT): Promise<void> {
  await page.getByLabel(m.ui.test.appKey, { exact: true }).fill(account.appKey);
  await page.getByLabel(m.ui.test.username, { exact: true }).fill(account.username);
  await page.getByLabel(m.ui.test.password, { exact: true }).fill(account.password);
  const answered = page.waitForResponse((r) => r.url().endsWith('/__wizard/testLogin'));
  await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(m.ui.test.button)}`) }).click();
  await answered;
  await expect(page.getByRole('button', { name: m.ui.test.testing })).toHaveCount(0);
}

/** A login-status text as the app renders it for a site. */
export function rendered(words: StatusText, site: JurisdictionId): string {
  const ctx: StatusTextContext = { jurisdiction: site, site: siteDomain(site) };
  return typeof words === 'string' ? words : words(ctx);
}

/** The language the settings file remembers (null: follow the system). */
export async function rememberedLanguage(harness: Harness): Promise<unknown> {
  const stored = JSON.parse(await readFile(settingsFilePath(harness.dataDir), 'utf8')) as { language?: unknown };
  return stored.language ?? null;
}
