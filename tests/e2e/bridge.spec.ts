/**
 * window.wizard as the page sees it through the harness: every method of the contract is there,
 * answers are Results, and what the app must not do is refused (and nothing is opened).
 */
import { WIZARD_METHODS } from '../../shared/api.js';
import { expect, test } from './fixtures.js';

test('window.wizard has every method, and refuses foreign links and files it did not make', async ({
  page,
  harness,
}) => {
  const methods = await page.evaluate('Object.keys(window.wizard).sort()');
  expect(methods).toEqual([...WIZARD_METHODS].sort());

  const link = await page.evaluate<{ ok: boolean; error?: { message: string } }>(
    `window.wizard.openExternalLink({ url: 'https://evil.example/' })`,
  );
  expect(link.ok).toBe(false);
  const http = await page.evaluate<{ ok: boolean }>(
    `window.wizard.openExternalLink({ url: 'http://www.betfair.com/' })`,
  );
  expect(http.ok).toBe(false);
  const reveal = await page.evaluate<{ ok: boolean }>(`window.wizard.showInFolder({ path: '/etc/passwd' })`);
  expect(reveal.ok).toBe(false);
  const bad = await page.evaluate<{ ok: boolean; error?: { message: string } }>(
    `window.wizard.generateCertificate({ dir: 42 })`,
  );
  expect(bad.ok).toBe(false);
  expect(bad.error?.message).not.toMatch(/at .*\.(ts|js):\d+/);
  expect(harness.opened()).toEqual([]);

  const good = await page.evaluate<{ ok: boolean }>(
    `window.wizard.openExternalLink({ url: 'https://www.betfair.com/' })`,
  );
  expect(good.ok).toBe(true);
  expect(harness.opened()).toEqual([{ kind: 'url', url: 'https://www.betfair.com/' }]);
});

test('window.wizard cannot be replaced by a script in the page', async ({ page }) => {
  const replaced = await page.evaluate(
    `(() => { try { window.wizard = {}; } catch (e) {} return Object.keys(window.wizard).length; })()`,
  );
  expect(replaced).toBe(WIZARD_METHODS.length);
});
