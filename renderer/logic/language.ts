/**
 * Which language the window starts in, and making one the language in use everywhere: `text` (words here),
 * main's own words (setLanguage), and the page itself (<html lang>, the title).
 */
import type { Language, LanguageOrPseudo } from '../../shared/i18n/languages.js';
import { switchLanguage, text } from '../../shared/i18n/text.js';
import type { JurisdictionId } from '../../shared/jurisdictions.js';
import { callBeforeOthers } from '../wizard-api.js';

/** The `lang` attribute of a language; the pseudo-locale is English underneath. */
export function langAttribute(language: LanguageOrPseudo): Language {
  return language === 'pseudo' ? 'en' : language;
}

/**
 * Loads the language and makes the window and main speak it. Resolves once the window does; main's answers to every
 * later call are worded in it (callBeforeOthers), so nothing waits for main here.
 */
export async function applyLanguage(language: LanguageOrPseudo): Promise<void> {
  await switchLanguage(language);
  document.documentElement.lang = langAttribute(language);
  document.title = text.ui.appTitle;
  void callBeforeOthers((api) => api.setLanguage({ language }));
}

const SITE_LANGUAGES: Readonly<Record<JurisdictionId, Language | null>> = {
  international: 'en',
  au: 'en',
  it: 'it',
  es: 'es',
  ro: 'ro',
  se: 'sv',
  dk: null,
};

/** The language a Betfair site speaks, to suggest when the app speaks another; null when we have none to offer. */
export function siteLanguage(site: JurisdictionId): Language | null {
  return SITE_LANGUAGES[site];
}
