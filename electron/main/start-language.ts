/**
 * The language the main process starts in, before any menu or dialog: the one remembered in settings, else the
 * first of the system's preferred languages we speak (Electron's getPreferredSystemLanguages, then getLocale).
 * The renderer then tells main what it shows (setLanguage). Pure, so it is tested without Electron.
 */
import { negotiateLanguage, type Language } from '../../shared/i18n/languages.js';

export function startLanguage(remembered: Language | null, systemLanguages: readonly string[], appLocale: string): Language {
  return remembered ?? negotiateLanguage([...systemLanguages, appLocale]);
}
