/**
 * The wizard speaks the bettor's language (issue 13): it follows the browser (the harness's "system"), can be
 * switched from every screen and remembers the choice, re-words what it already showed, and the Betfair site only
 * suggests a language. Expected words come from the bundles, not copies of them; each test also checks what does
 * not depend on the words (<html lang>, the switcher, the settings).
 */
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import {
  BUNDLES,
  buttonIn,
  headingIn,
  languageSelect,
  rememberedLanguage,
  rendered,
  siteRadioIn,
  testLoginIn,
  walkToTestStepIn,
} from './language-flow.js';

const { en, it: italian, sv } = BUNDLES;

/** Notes the first step heading the page ever shows (after "Loading…"), before any test code looks. */
const NOTE_FIRST_HEADING = `(() => {
  const observer = new MutationObserver(() => {
    const h1 = document.querySelector('#step-heading');
    if (h1 && window.__firstHeading === undefined) {
      window.__firstHeading = { text: h1.textContent, lang: document.documentElement.lang };
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

test.describe('browser in Italian', () => {
  test.use({ locale: 'it-IT' });

  test('the wizard opens in Italian, with no English first', async ({ page }) => {
    await page.addInitScript({ content: NOTE_FIRST_HEADING });
    await page.reload();
    await expect(headingIn(page, italian.ui.jurisdiction.heading)).toBeVisible();
    await expect(buttonIn(page, italian.ui.common.next)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(languageSelect(page, italian)).toHaveValue('it');
    const first = await page.evaluate(() => (window as unknown as { __firstHeading?: unknown }).__firstHeading);
    expect(first).toEqual({ text: italian.ui.jurisdiction.heading, lang: 'it' });
    expect(await page.title()).toBe(italian.ui.appTitle);
  });

  test('a wrong password on the Italian site explains itself in Italian, with the Italian reset link', async ({
    page,
    harness,
  }) => {
    await walkToTestStepIn(page, italian, 'it');
    await testLoginIn(page, italian, { ...FAKE_ACCOUNT, password: 'not the password' });
    const words = italian.LOGIN_STATUS_TEXT.INVALID_USERNAME_OR_PASSWORD;
    const panel = page.getByRole('alert').filter({ has: headingIn(page, words.title) });
    await expect(panel).toContainText(rendered(words.whatToDo, 'it'));
    await expect(panel).toContainText(rendered(words.meaning, 'it'));
    const label = words.action ? rendered(words.action.label, 'it') : '';
    await panel.getByRole('button', { name: label }).click();
    await expect
      .poll(() => harness.opened().flatMap((r) => (r.kind === 'url' ? [r.url] : [])))
      .toContain('https://identitysso.betfair.it/view/recoverpassword');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  });
});

test.describe('browser in English', () => {
  test.use({ locale: 'en-GB' });

  test('switching to Swedish on the dashboard changes everything on screen and is remembered', async ({
    page,
    harness,
  }) => {
    await walkToTestStepIn(page, en, 'se');
    await testLoginIn(page, en);
    await buttonIn(page, en.ui.appKeys.goToDashboard).click();
    await expect(headingIn(page, en.ui.dashboard.heading)).toBeVisible();
    await page.locator('summary, .fold-toggle').filter({ hasText: en.ui.dashboard.snippetsHeading }).click();
    await expect(page.locator('pre code').first()).toBeVisible();

    // With the keyboard: focus the switcher, go to the last language (Svenska) and choose it with Enter (keys alone
    // only move through the list); the focus stays on it.
    const select = languageSelect(page, en);
    await select.focus();
    await page.keyboard.press('End');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.keyboard.press('Enter');
    const swedish = languageSelect(page, sv);
    await expect(swedish).toHaveValue('sv');
    await expect(swedish).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

    const checkSwedish = async (): Promise<void> => {
      await expect(headingIn(page, sv.ui.dashboard.heading)).toBeVisible();
      await expect(buttonIn(page, sv.ui.expiry.renew)).toBeVisible();
      await expect(buttonIn(page, sv.ui.dashboard.startOver)).toBeVisible();
      await expect(page.locator('.facts').first()).toContainText(sv.VERDICT_TEXT.works.title);
      await expect(page.locator('.facts').first()).toContainText(sv.JURISDICTION_NAMES.se);
      await expect(page.getByText(sv.ui.dashboard.testAgainHeading, { exact: true })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
      await expect(languageSelect(page, sv)).toHaveValue('sv');
      expect(await page.title()).toBe(sv.ui.appTitle);
    };
    await checkSwedish();
    // A snippet's comment came from main in English; the snippets are asked for again in Swedish.
    await expect(
      page.locator('pre code').filter({ hasText: sv.appText.snippets.passwordFromEnv }).first(),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: sv.ui.dashboard.copy(sv.appText.snippets.betfairlightweightTitle) }),
    ).toBeVisible();

    await page.reload();
    await checkSwedish();
    expect(await rememberedLanguage(harness)).toBe('sv');
  });

  test('picking the Italian site offers Italian in Italian; nothing changes until it is accepted', async ({
    page,
    harness,
  }) => {
    await expect(headingIn(page, en.ui.jurisdiction.heading)).toBeVisible();
    await siteRadioIn(page, en, 'it').check();
    const offer = page.locator('.language-offer');
    await expect(offer).toHaveAttribute('lang', 'it');
    await expect(offer).toContainText(italian.ui.language.offerQuestion);
    // Only a suggestion: still English, nothing remembered.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(languageSelect(page, en)).toHaveValue('en');
    await expect(headingIn(page, en.ui.jurisdiction.heading)).toBeVisible();
    expect(await rememberedLanguage(harness)).toBeNull();

    await offer.getByRole('button', { name: italian.ui.language.offerAccept, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(languageSelect(page, italian)).toHaveValue('it');
    await expect(headingIn(page, italian.ui.jurisdiction.heading)).toBeVisible();
    await expect(siteRadioIn(page, italian, 'it')).toBeChecked();
    await expect(offer).toHaveCount(0);
    await expect.poll(() => rememberedLanguage(harness)).toBe('it');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  });

  test('declining the offer, or an English site, leaves the language alone', async ({ page, harness }) => {
    await siteRadioIn(page, en, 'international').check();
    await expect(page.locator('.language-offer')).toHaveCount(0);
    await siteRadioIn(page, en, 'se').check();
    const offer = page.locator('.language-offer');
    await expect(offer).toHaveAttribute('lang', 'sv');
    await offer.getByRole('button', { name: sv.ui.language.offerDecline, exact: true }).click();
    await expect(offer).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await buttonIn(page, en.ui.common.next).click();
    await expect(headingIn(page, en.ui.certificate.heading)).toBeVisible();
    expect(await rememberedLanguage(harness)).toBeNull();
  });
});
