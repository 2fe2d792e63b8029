/**
 * The text in the language in use, for everything that shows or prints words: `text.ui.common.next`,
 * `text.FAULT_TEXT[code]`. English is built in; other languages load on demand (one chunk each in the
 * renderer) through `switchLanguage`, which swaps every table in place. Read `text` when the words are needed
 * (in a render, a function call), never into a module-level constant, or a language change will miss it.
 */
import { en } from './en/index.js';
import { DEFAULT_LANGUAGE, INTL_LOCALES, type LanguageOrPseudo } from './languages.js';
import type { Messages } from './messages.js';

export const text: Messages = { ...en };

let current: LanguageOrPseudo = DEFAULT_LANGUAGE;

const LOADERS: Readonly<Record<LanguageOrPseudo, () => Promise<Messages>>> = {
  en: () => Promise.resolve(en),
  it: async () => (await import('./it/index.js')).it,
  es: async () => (await import('./es/index.js')).es,
  ro: async () => (await import('./ro/index.js')).ro,
  sv: async () => (await import('./sv/index.js')).sv,
  pseudo: async () => (await import('./pseudo.js')).pseudoLocalize(en),
};

/** The language `text` speaks now. */
export function currentLanguage(): LanguageOrPseudo {
  return current;
}

/** The locale for Intl dates, times and numbers in the language in use (e.g. "it-IT"). */
export function intlLocale(): string {
  return INTL_LOCALES[current];
}

/** The messages of one language, without switching to it. */
export function loadMessages(language: LanguageOrPseudo): Promise<Messages> {
  return LOADERS[language]();
}

const listeners = new Set<(language: LanguageOrPseudo) => void>();

/** Calls `listener` after every language switch (e.g. to rebuild words made once, such as a menu); returns the way to stop. */
export function onLanguageChange(listener: (language: LanguageOrPseudo) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads a language (if not loaded yet) and makes `text` speak it. */
export async function switchLanguage(language: LanguageOrPseudo): Promise<void> {
  const messages = await loadMessages(language);
  Object.assign(text, messages);
  current = language;
  for (const listener of listeners) listener(language);
}
