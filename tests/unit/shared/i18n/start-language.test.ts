/** The language the app (main, before menus and dialogs, and the window) starts in: the remembered choice, else the system's. */
import { describe, expect, it } from 'vitest';
import { startLanguage } from '../../../../shared/i18n/languages.js';

describe('startLanguage', () => {
  it('a language chosen in the app wins over the system', () => {
    expect(startLanguage('sv', ['it-IT', 'en-US', 'it-IT'])).toBe('sv');
  });

  it('follows the system: the first preferred language we speak, then the app locale', () => {
    expect(startLanguage(null, ['it-IT', 'en-US', 'en-US'])).toBe('it');
    expect(startLanguage(null, ['de-DE', 'ro-RO', 'de-DE'])).toBe('ro');
    expect(startLanguage(null, ['de-DE', 'es-ES'])).toBe('es');
    expect(startLanguage(null, ['sv-SE'])).toBe('sv');
  });

  it('English when the system speaks none of our languages', () => {
    expect(startLanguage(null, ['de-DE', 'fr-FR', 'de'])).toBe('en');
  });
});
