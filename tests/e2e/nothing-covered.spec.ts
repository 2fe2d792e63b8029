/**
 * Issue 19's layout rule, checked the way a person sees it: on every screen and dialog, at 1000x720 and 800x600, in
 * English and in the pseudo-locale (every word ~40% longer), every enabled primary action, the checkbox a disabled
 * Next waits for and the heading of each answer are in the window and on top: `document.elementFromPoint` at the
 * centre and the four corners of each one lands on it (not on the sticky footer, not on anything else, not outside
 * the window). The footer (Back / hint / Next) stays one row: no taller than its tallest button.
 */
import type { Locator, Page } from '@playwright/test';
import { en } from '../../shared/i18n/en/index.js';
import { es } from '../../shared/i18n/es/index.js';
import { it as italian } from '../../shared/i18n/it/index.js';
import { ro } from '../../shared/i18n/ro/index.js';
import { sv } from '../../shared/i18n/sv/index.js';
import type { Messages } from '../../shared/i18n/messages.js';
import { pseudoLocalize } from '../../shared/i18n/pseudo.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import { forgetLoginGuard } from './flow.js';
import { buttonIn, headingIn, siteRadioIn, testLoginIn } from './language-flow.js';

/** Runs in the page: what is wrong with `el` at its centre and corners (empty when it is in view and on top). */
function coveredAt(el: Element): string[] {
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return ['it has no size (hidden)'];
  // 4 px in from each corner: inside a rounded corner too.
  const inset = Math.min(4, r.width / 4, r.height / 4);
  const points: ReadonlyArray<readonly [string, number, number]> = [
    ['centre', r.left + r.width / 2, r.top + r.height / 2],
    ['top left', r.left + inset, r.top + inset],
    ['top right', r.right - inset, r.top + inset],
    ['bottom left', r.left + inset, r.bottom - inset],
    ['bottom right', r.right - inset, r.bottom - inset],
  ];
  const describe = (node: Element | null): string => {
    if (!node) return 'nothing (outside the window)';
    const cls = typeof node.className === 'string' && node.className ? `.${node.className.split(' ').join('.')}` : '';
    return `${node.tagName.toLowerCase()}${cls} "${(node.textContent ?? '').trim().slice(0, 40)}"`;
  };
  const problems: string[] = [];
  for (const [where, x, y] of points) {
    if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) {
      problems.push(`${where} (${Math.round(x)},${Math.round(y)}) is outside the window`);
      continue;
    }
    const hit = document.elementFromPoint(x, y);
    // The hit may be the element, something inside it, or the label that wraps a checkbox.
    const ok =
      hit !== null && (el === hit || el.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === el));
    if (!ok) problems.push(`${where} (${Math.round(x)},${Math.round(y)}) is covered by ${describe(hit)}`);
  }
  return problems;
}

async function expectUncovered(target: Locator, what: string): Promise<void> {
  await expect(target, `${what}: on screen`).toHaveCount(1);
  const problems = await target.evaluate(coveredAt);
  expect(problems, `${what}: in view and not covered`).toEqual([]);
}

/** Every enabled primary button that is shown (not in a closed fold) is in view and on top. */
async function expectPrimariesUncovered(page: Page, screen: string): Promise<void> {
  const dialog = page.locator('dialog[open]');
  const scope = (await dialog.count()) > 0 ? dialog : page.locator('body');
  const primaries = scope.locator('button.primary:not([disabled])');
  const count = await primaries.count();
  for (let i = 0; i < count; i++) {
    const one = primaries.nth(i);
    if (!(await one.isVisible())) continue;
    await expectUncovered(one, `${screen}, primary "${(await one.textContent())?.trim() ?? ''}"`);
  }
}

/** The footer is one row: its content is no taller than its tallest button (with the button's margins). */
async function expectFooterOneRow(page: Page, screen: string): Promise<void> {
  const nav = page.locator('.step-nav');
  if ((await nav.count()) === 0) return;
  const sizes = await nav.evaluate((el) => {
    const cs = getComputedStyle(el);
    const content = el.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
    const row = Math.max(
      ...[...el.querySelectorAll('button')].map((b) => {
        const bs = getComputedStyle(b);
        return b.getBoundingClientRect().height + parseFloat(bs.marginTop) + parseFloat(bs.marginBottom);
      }),
    );
    return { content, row };
  });
  expect(sizes.content, `${screen}: the footer is one row (${JSON.stringify(sizes)})`).toBeLessThanOrEqual(
    sizes.row + 1,
  );
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Let a reveal (scrollIntoView) finish.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function checkScreen(
  page: Page,
  screen: string,
  also: ReadonlyArray<readonly [Locator, string]> = [],
): Promise<void> {
  await settle(page);
  // Kept with the results (test-results/…), to look at every screen at this size and language.
  await page.screenshot({ path: test.info().outputPath(`${screen.replace(/[^\w]+/g, '-')}.png`) });
  for (const [target, what] of also) await expectUncovered(target, `${screen}, ${what}`);
  await expectPrimariesUncovered(page, screen);
  await expectFooterOneRow(page, screen);
}

const LANGUAGES = [
  { name: 'English', locale: 'en-GB', m: en as Messages },
  { name: 'the pseudo-locale', locale: 'qps-ploc', m: pseudoLocalize(en) },
] as const;

const SIZES = [
  { width: 1000, height: 720 },
  { width: 800, height: 600 },
] as const;

for (const { name, locale, m } of LANGUAGES) {
  for (const viewport of SIZES) {
    test.describe(`in ${name} at ${viewport.width}x${viewport.height}`, () => {
      test.use({ locale, viewport });

      test('every screen and dialog: primary actions, the box Next waits for and each answer are in view, uncovered', async ({
        page,
        harness,
      }) => {
        test.setTimeout(120_000);
        const h = (text: string): Locator => headingIn(page, text);
        const b = (text: string): Locator => buttonIn(page, text);

        // Step 1: nothing chosen, then Denmark (the answer: why not), then a site.
        await expect(h(m.ui.jurisdiction.heading)).toBeVisible();
        await checkScreen(page, 'step 1', [[h(m.ui.jurisdiction.heading), 'heading']]);
        await siteRadioIn(page, m, 'dk').check();
        await checkScreen(page, 'step 1, Denmark', [[h(m.ui.jurisdiction.denmarkHeading), 'answer']]);
        await siteRadioIn(page, m, 'international').check();
        await checkScreen(page, 'step 1, a site chosen', [[b(m.ui.common.next), 'Next']]);
        await b(m.ui.common.next).click();

        // Step 2: Create certificate, with Advanced options open too; then its answer.
        await expect(h(m.ui.certificate.heading)).toBeVisible();
        await checkScreen(page, 'step 2', [[b(m.ui.certificate.create), 'Create certificate']]);
        await page.locator('summary').filter({ hasText: m.ui.certificate.advanced }).click();
        await checkScreen(page, 'step 2, advanced options open', [[b(m.ui.certificate.create), 'Create certificate']]);
        await b(m.ui.certificate.create).click();
        await expect(h(m.ui.certificate.readyHeading)).toBeVisible({ timeout: 30_000 });
        await checkScreen(page, 'step 2, certificate ready', [
          [h(m.ui.certificate.readyHeading), 'answer'],
          [b(m.ui.common.next), 'Next'],
        ]);
        await b(m.ui.common.next).click();

        // Step 3: the box a disabled Next waits for.
        await expect(h(m.ui.upload.heading)).toBeVisible();
        const box = page.getByRole('checkbox', { name: m.ui.upload.confirm, exact: true });
        await checkScreen(page, 'step 3', [[box, 'the box Next waits for']]);
        await box.check();
        await checkScreen(page, 'step 3, ticked', [[b(m.ui.common.next), 'Next']]);
        await b(m.ui.common.next).click();

        // Step 4: the form, the "not tested yet" dialog, then each answer and the action it asks for.
        await expect(h(m.ui.test.heading)).toBeVisible();
        await checkScreen(page, 'step 4');
        await b(m.ui.common.next).click();
        const dialog = page.getByRole('alertdialog');
        await expect(dialog).toBeVisible();
        await checkScreen(page, 'step 4, not tested yet', [[dialog.getByRole('heading'), 'dialog title']]);
        await dialog.locator('button.primary').click();
        await expect(dialog).toHaveCount(0);

        await testLoginIn(page, m, { ...FAKE_ACCOUNT, password: 'not the password' });
        const refused = h(m.LOGIN_STATUS_TEXT.INVALID_USERNAME_OR_PASSWORD.title);
        await expect(refused).toBeFocused();
        await checkScreen(page, 'step 4, wrong password', [[refused, 'answer']]);

        await forgetLoginGuard(harness.dataDir);
        await testLoginIn(page, m, { ...FAKE_ACCOUNT, appKey: '' });
        await expect(h(m.VERDICT_TEXT['choose-key'].title)).toBeFocused();
        await checkScreen(page, 'step 4, your keys', [
          [h(m.VERDICT_TEXT['choose-key'].title), 'answer'],
          [h(m.ui.appKeys.listHeading), 'the list of keys to choose from'],
        ]);

        await forgetLoginGuard(harness.dataDir);
        await testLoginIn(page, m, { ...FAKE_ACCOUNT, appKey: '', username: FAKE_ACCOUNT.noKeysUsername });
        await expect(h(m.VERDICT_TEXT['create-keys'].title)).toBeFocused();
        const createForm = page.getByRole('region', { name: m.ui.appKeys.createHeading, exact: true });
        await checkScreen(page, 'step 4, create keys', [
          [h(m.VERDICT_TEXT['create-keys'].title), 'answer'],
          [createForm.getByLabel(m.ui.appKeys.createPassword, { exact: true }), 'the password for creating keys'],
          [createForm.getByRole('button', { name: m.ui.appKeys.createButton, exact: true }), 'Create my keys'],
        ]);

        await forgetLoginGuard(harness.dataDir);
        await testLoginIn(page, m);
        await expect(h(m.VERDICT_TEXT.works.title)).toBeFocused();
        await checkScreen(page, 'step 4, it works', [
          [h(m.VERDICT_TEXT.works.title), 'answer'],
          [b(m.ui.appKeys.goToDashboard), 'Go to my dashboard'],
        ]);
        await b(m.ui.appKeys.goToDashboard).click();

        // The dashboard and its question.
        await expect(h(m.ui.dashboard.heading)).toBeVisible();
        await checkScreen(page, 'dashboard', [[h(m.ui.dashboard.heading), 'heading']]);
        await b(m.ui.dashboard.startOver).click();
        await expect(dialog).toBeVisible();
        await checkScreen(page, 'dashboard, start over question', [[dialog.getByRole('heading'), 'dialog title']]);
        await dialog.locator('button.primary').click();
        await expect(dialog).toHaveCount(0);
        await expect(h(m.ui.dashboard.heading)).toBeVisible();
      });
    });
  }
}

const EVERY_LANGUAGE = [
  ['en', 'en-GB', en],
  ['it', 'it-IT', italian],
  ['es', 'es-ES', es],
  ['ro', 'ro-RO', ro],
  ['sv', 'sv-SE', sv],
  ['pseudo', 'qps-ploc', pseudoLocalize(en)],
] as const;

for (const [language, locale, bundle] of EVERY_LANGUAGE) {
  test.describe(`at 800x600 in ${language}`, () => {
    test.use({ viewport: { width: 800, height: 600 }, locale });

    test('the footer stays one row on every step, and the box Next waits for is in view', async ({ page }) => {
      const m = bundle;
      const b = (name: string): Locator => buttonIn(page, name);
      await expect(headingIn(page, m.ui.jurisdiction.heading)).toBeVisible();
      await checkScreen(page, `${language}, step 1`);
      await siteRadioIn(page, m, 'dk').check();
      await checkScreen(page, `${language}, step 1, Denmark`);
      await siteRadioIn(page, m, 'international').check();
      await b(m.ui.common.next).click();
      await expect(headingIn(page, m.ui.certificate.heading)).toBeVisible();
      await checkScreen(page, `${language}, step 2`);
      await b(m.ui.certificate.create).click();
      await expect(headingIn(page, m.ui.certificate.readyHeading)).toBeVisible({ timeout: 30_000 });
      await b(m.ui.common.next).click();
      const box = page.getByRole('checkbox', { name: m.ui.upload.confirm, exact: true });
      await checkScreen(page, `${language}, step 3`, [[box, 'the box Next waits for']]);
      await box.check();
      await checkScreen(page, `${language}, step 3, ticked`);
      await b(m.ui.common.next).click();
      await expect(headingIn(page, m.ui.test.heading)).toBeVisible();
      await checkScreen(page, `${language}, step 4`);
    });
  });
}
