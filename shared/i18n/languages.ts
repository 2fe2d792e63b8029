/**
 * The languages the app speaks, and how one is picked: from a remembered choice, from the system or browser
 * (a list of BCP 47 tags), or from the POSIX environment for the CLI (LC_ALL, LC_MESSAGES, LANG).
 * Each language's words live in shared/i18n/<id>/; this file only names them.
 */

export const LANGUAGES = ['en', 'it', 'es', 'ro', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A test-only language: English made longer and accented, to find text that overflows or was never translated. */
export const PSEUDO_LANGUAGE = 'pseudo';
export type LanguageOrPseudo = Language | typeof PSEUDO_LANGUAGE;

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, as a switcher lists it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  it: 'Italiano',
  es: 'Español',
  ro: 'Română',
  sv: 'Svenska',
};

/** The locale Intl formats dates, times and numbers with, per language. */
export const INTL_LOCALES: Readonly<Record<LanguageOrPseudo, string>> = {
  en: 'en-GB',
  it: 'it-IT',
  es: 'es-ES',
  ro: 'ro-RO',
  sv: 'sv-SE',
  pseudo: 'en-GB',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language a tag such as "it-IT", "sv_SE.UTF-8", "es" or "ro-RO@latin" names; null when it names none of ours. */
export function languageOfTag(tag: string | undefined | null): Language | null {
  if (!tag) return null;
  const primary =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  return isLanguage(primary) ? primary : null;
}

/** The first of the user's preferred tags (most preferred first) that we speak; English when none is. */
export function negotiateLanguage(preferred: readonly (string | undefined | null)[]): Language {
  for (const tag of preferred) {
    const lang = languageOfTag(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * The CLI's language from the environment, the way gettext reads it: the first set of LC_ALL, LC_MESSAGES,
 * LANG decides. "C" and "POSIX" mean the untranslated (English) text, as in other command-line tools.
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    return languageOfTag(value) ?? DEFAULT_LANGUAGE;
  }
  return DEFAULT_LANGUAGE;
}

/** Windows' pseudo-locale tag: a browser or system set to it gets the pseudo-locale (how the tests ask for it). */
export const PSEUDO_LOCALE_TAG = 'qps-ploc';

/** As negotiateLanguage, except that a first preference for the pseudo-locale tag gives the pseudo-locale. */
export function negotiateDisplayLanguage(preferred: readonly (string | undefined | null)[]): LanguageOrPseudo {
  const first = preferred.find((tag) => typeof tag === 'string' && tag.trim() !== '');
  if (first?.trim().toLowerCase() === PSEUDO_LOCALE_TAG) return PSEUDO_LANGUAGE;
  return negotiateLanguage(preferred);
}

/**
 * The language to start in: a choice remembered in the app wins; otherwise the first of the system's (or
 * browser's) preferred languages we speak, English when none is.
 */
export function startLanguage(
  remembered: Language | null,
  preferred: readonly (string | undefined | null)[],
): LanguageOrPseudo {
  return remembered ?? negotiateDisplayLanguage(preferred);
}
