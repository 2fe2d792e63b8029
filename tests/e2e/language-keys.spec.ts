/**
 * Issue 31 (part): the language changes when the user chooses, not on each arrow key (WCAG 3.2.2): ArrowDown on the
 * switcher moves through the list without re-wording the window; Enter, or leaving the list, applies the choice.
 */
import { expect, test } from './fixtures.js';

test('arrow keys on the language list do not switch the language; Enter or leaving it does', async ({ page }) => {
  const select = page.getByRole('combobox', { name: 'Language' });
  await select.focus();
  await select.press('ArrowDown');
  await page.waitForTimeout(300);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Which Betfair site do you use?' })).toBeVisible();
  await select.press('ArrowDown');
  await page.waitForTimeout(300);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await select.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('leaving the language list applies what the arrow keys moved to', async ({ page }) => {
  const select = page.getByRole('combobox', { name: 'Language' });
  await select.focus();
  await select.press('ArrowDown');
  await page.waitForTimeout(300);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.keyboard.press('Tab');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
});
