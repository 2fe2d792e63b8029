/**
 * Issue 31: errors at their fields. A press that finds a wrong field marks that field (aria-invalid), gives it the
 * error as its accessible description and moves the focus to it; a press that fails again with the focus already in
 * that field says the error again (a new alert). The test step's empty username and password, and the certificate's
 * "Valid for (days)" = 0 (which used to do nothing). The kit form's cases are in bot-kit.spec.ts.
 */
import { expect, test } from './fixtures.js';
import { button, chooseJurisdiction, testButton, walkToTestStep } from './flow.js';

test('the test step: an empty username, then an empty password, each said at its field with the focus on it', async ({
  page,
}) => {
  await walkToTestStep(page);
  const username = page.getByLabel('Username', { exact: true });
  const password = page.getByLabel('Password', { exact: true });
  await username.fill('');
  await testButton(page).click();
  await expect(username).toBeFocused();
  await expect(username).toHaveAttribute('aria-invalid', 'true');
  await expect(username).toHaveAccessibleDescription('Enter your username.');
  await expect(password).not.toHaveAttribute('aria-invalid', 'true');

  // Enter in the same field: the focus cannot move there again, so the error is said as a new alert, each time.
  const said = page.getByRole('alert').filter({ hasText: 'Enter your username.' });
  await username.press('Enter');
  await expect(said).toHaveCount(1);
  const first = await said.elementHandle();
  await username.press('Enter');
  await expect(said).toHaveCount(1);
  expect(await first?.evaluate((el) => el.isConnected)).toBe(false);

  await username.fill('someone');
  await testButton(page).click();
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(/^Enter your password\./);
  await expect(username).not.toHaveAttribute('aria-invalid', 'true');
});

test('the certificate: "Valid for (days)" = 0 is said at the field, which takes the focus on every press', async ({
  page,
}) => {
  await chooseJurisdiction(page);
  await page.locator('summary').filter({ hasText: 'Advanced options' }).click();
  const days = page.getByLabel('Valid for (days)', { exact: true });
  await days.fill('0');
  await expect(days).toHaveAttribute('aria-invalid', 'true');
  // Folded away again, then "Create certificate": the options unfold and the field takes the focus.
  await page.locator('summary').filter({ hasText: 'Advanced options' }).click();
  await button(page, 'Create certificate').click();
  await expect(days).toBeFocused();
  await expect(days).toHaveAccessibleDescription(/^Enter a whole number of days from \d+ to \d+\.$/);
  await button(page, 'Create certificate').click();
  await expect(days).toBeFocused();
  await expect(button(page, 'Next')).toBeDisabled();
});
