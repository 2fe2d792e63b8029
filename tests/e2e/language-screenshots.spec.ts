/**
 * docs/screenshots/test-step-<lang>.png: the test step with a wrong-password answer, in each language, at 1000x720
 * (browser set to that language, the language's own Betfair site). Written only with BOTLOGIN_DOCS_SCREENSHOTS=1
 * (`npm run docs:screenshots`), so `npm test` never rewrites them.
 */
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Language } from '../../shared/i18n/languages.js';
import type { JurisdictionId } from '../../shared/jurisdictions.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import { expect, test } from './fixtures.js';
import { BUNDLES, headingIn, testLoginIn, walkToTestStepIn } from './language-flow.js';

const SHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const BROWSER_LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  it: 'it-IT',
  es: 'es-ES',
  ro: 'ro-RO',
  sv: 'sv-SE',
};

const SITES: Readonly<Record<Language, JurisdictionId>> = {
  en: 'international',
  it: 'it',
  es: 'es',
  ro: 'ro',
  sv: 'se',
};

test.skip(process.env.BOTLOGIN_DOCS_SCREENSHOTS !== '1', 'docs screenshots: npm run docs:screenshots');

for (const lang of LANGUAGES) {
  test.describe(lang, () => {
    const certDir = join(tmpdir(), `bot-login-wizard-${lang}`, 'betfair-certs');
    test.use({
      locale: BROWSER_LOCALES[lang],
      viewport: { width: 1000, height: 720 },
      colorScheme: 'light',
      harnessSetup: { fakeSso: true, trustFakeSsoCa: true, env: { BOTLOGIN_CERT_DIR: certDir } },
    });
    test.afterAll(async () => rm(join(tmpdir(), `bot-login-wizard-${lang}`), { recursive: true, force: true }));

    test(`the test step with a wrong password, in ${lang}`, async ({ page }) => {
      const m = BUNDLES[lang];
      await rm(certDir, { recursive: true, force: true });
      await walkToTestStepIn(page, m, SITES[lang]);
      await testLoginIn(page, m, { ...FAKE_ACCOUNT, password: 'not the password' });
      const title = m.LOGIN_STATUS_TEXT.INVALID_USERNAME_OR_PASSWORD.title;
      await expect(headingIn(page, title)).toBeFocused();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await mkdir(SHOTS, { recursive: true });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: join(SHOTS, `test-step-${lang}.png`), animations: 'disabled', caret: 'hide' });
    });
  });
}
