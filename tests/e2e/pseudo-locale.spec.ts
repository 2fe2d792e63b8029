/**
 * The pseudo-locale (browser set to qps-ploc: every word accented, ~40% longer and fenced by ⟦ ⟧) at 800x600, the
 * smallest window the layout is made for. On every screen and dialog: nothing overflows its box or the page, nothing
 * is cut by overflow: hidden or an ellipsis, and every visible word is pseudo, so a word that never went through the
 * tables (hard-coded English) shows up.
 */
import type { Page } from '@playwright/test';
import { en } from '../../shared/i18n/en/index.js';
import { pseudoLocalize } from '../../shared/i18n/pseudo.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import { forgetLoginGuard } from './flow.js';
import { buttonIn, headingIn, languageSelect, siteRadioIn, testLoginIn } from './language-flow.js';

const m = pseudoLocalize(en);

/**
 * Runs in the page: what overflows, is cut, or is not pseudo. Text that is not words of ours is allowed: code samples,
 * file paths, domains and URLs, codes (INVALID_APP_KEY), fingerprints and numbers, the languages' own names, and what
 * the page marks translate="no" (data such as a certificate's name).
 */
const FIND_PROBLEMS = `(() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) problems.push('the page scrolls sideways: ' + root.scrollWidth + ' > ' + root.clientWidth);
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false;
    if (el.closest('details:not([open])') && !el.closest('summary')) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.display !== 'none';
  };
  const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 50) + '"';
  const clips = (cs) => ['hidden', 'clip'].includes(cs.overflowX) || ['hidden', 'clip'].includes(cs.overflowY);
  const scrolls = (cs) => ['auto', 'scroll'].includes(cs.overflowX);
  const letters = /\\p{L}/u;
  const ALLOWED = [
    /^\\s*(https?:\\/\\/)?[\\w-]+(\\.[\\w-]+)+(:\\d+)?(\\/\\S*)?\\s*$/,
    /^\\s*\\S*[\\\\/]\\S*\\s*$/,
    /^\\s*[A-Z0-9_]{3,}\\s*$/,
    /^\\s*[0-9A-F:\\s]+$/i,
  ];
  for (const el of document.body.querySelectorAll('*')) {
    const texts = [...el.childNodes].filter((n) => n.nodeType === 3 && letters.test(n.textContent || ''));
    if (texts.length === 0 || !shown(el) || el.closest('pre, select, [translate="no"]')) continue;
    const cs = getComputedStyle(el);
    if (cs.display !== 'inline' && !scrolls(cs) && el.scrollWidth > el.clientWidth + 1) {
      problems.push('overflows its box (' + el.scrollWidth + ' > ' + el.clientWidth + '): ' + name(el));
    }
    if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth) problems.push('cut by an ellipsis: ' + name(el));
    const r = el.getBoundingClientRect();
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const acs = getComputedStyle(a);
      // Inside a scroll area nothing is cut: it scrolls (the shell around it clips only what is outside one).
      if (['auto', 'scroll'].includes(acs.overflowY)) break;
      if (!clips(acs)) continue;
      const ar = a.getBoundingClientRect();
      if (r.right > ar.right + 1 || r.left < ar.left - 1 || (acs.overflowY !== 'visible' && r.bottom > ar.bottom + 1 && acs.overflowY !== 'auto')) {
        problems.push('cut by overflow of ' + name(a).slice(0, 40) + ': ' + name(el));
      }
      break;
    }
    for (const t of texts) {
      const words = t.textContent || '';
      if (words.includes('\\u27E6') || ALLOWED.some((re) => re.test(words))) continue;
      problems.push('not through the tables: "' + words.trim().slice(0, 80) + '" in ' + el.tagName.toLowerCase());
    }
  }
  return problems;
})()`;

async function expectFits(page: Page, screen: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const problems = await page.evaluate<string[]>(FIND_PROBLEMS);
  expect(problems, screen).toEqual([]);
}

test.use({ locale: 'qps-ploc', viewport: { width: 800, height: 600 } });

test('in the pseudo-locale at 800x600, every screen and dialog fits and every word is translated', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await expect(headingIn(page, m.ui.jurisdiction.heading)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(languageSelect(page, m)).toBeVisible();
  await expectFits(page, 'step 1');
  await siteRadioIn(page, m, 'dk').check();
  await expectFits(page, 'step 1, Denmark');
  await siteRadioIn(page, m, 'international').check();
  await expectFits(page, 'step 1, International');
  await buttonIn(page, m.ui.common.next).click();

  await expect(headingIn(page, m.ui.certificate.heading)).toBeVisible();
  await expectFits(page, 'step 2');
  await buttonIn(page, m.ui.certificate.create).click();
  await expect(headingIn(page, m.ui.certificate.readyHeading)).toBeVisible({ timeout: 30_000 });
  await page.locator('summary').filter({ hasText: m.ui.common.details }).first().click();
  await expectFits(page, 'step 2, certificate ready, details');
  await buttonIn(page, m.ui.common.next).click();

  await expect(headingIn(page, m.ui.upload.heading)).toBeVisible();
  await expectFits(page, 'step 3');
  await page.getByRole('checkbox', { name: m.ui.upload.confirm, exact: true }).check();
  await buttonIn(page, m.ui.common.next).click();

  await expect(headingIn(page, m.ui.test.heading)).toBeVisible();
  await expectFits(page, 'step 4');
  await buttonIn(page, m.ui.common.next).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectFits(page, 'step 4, not tested yet');
  await page.getByRole('alertdialog').getByRole('button', { name: m.ui.test.notTestedStay }).click();

  await testLoginIn(page, m, { ...FAKE_ACCOUNT, password: 'not the password' });
  await expect(headingIn(page, m.LOGIN_STATUS_TEXT.INVALID_USERNAME_OR_PASSWORD.title)).toBeVisible();
  await expectFits(page, 'step 4, wrong password');

  await forgetLoginGuard(harness.dataDir);
  await testLoginIn(page, m, { ...FAKE_ACCOUNT, appKey: '' });
  await expect(headingIn(page, m.VERDICT_TEXT['choose-key'].title)).toBeVisible();
  await expectFits(page, 'step 4, your keys');

  await forgetLoginGuard(harness.dataDir);
  await testLoginIn(page, m, { ...FAKE_ACCOUNT, appKey: '', username: FAKE_ACCOUNT.noKeysUsername });
  await expect(headingIn(page, m.VERDICT_TEXT['create-keys'].title)).toBeVisible();
  await expectFits(page, 'step 4, create keys');

  await forgetLoginGuard(harness.dataDir);
  await testLoginIn(page, m);
  await expect(headingIn(page, m.VERDICT_TEXT.works.title)).toBeVisible();
  await expectFits(page, 'step 4, it works');
  await buttonIn(page, m.ui.appKeys.goToDashboard).click();

  await expect(headingIn(page, m.ui.dashboard.heading)).toBeVisible();
  await expectFits(page, 'dashboard, folded');
  await buttonIn(page, m.ui.expiry.addReminder).click();
  for (const summary of [m.ui.common.details, m.ui.dashboard.testAgainHeading, m.ui.dashboard.snippetsHeading]) {
    await page
      .locator('details:not([open]) > summary, .fold-toggle[aria-expanded="false"]')
      .filter({ hasText: summary })
      .first()
      .click();
  }
  await expect(page.locator('pre code').first()).toBeVisible();
  await expectFits(page, 'dashboard, unfolded');
  await buttonIn(page, m.ui.dashboard.startOver).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectFits(page, 'dashboard, start over question');
});
