/** How a language is picked: from the browser's or system's tags, and from the POSIX environment for the CLI. */
import { describe, expect, it } from 'vitest';
import {
  languageFromEnvironment,
  negotiateDisplayLanguage,
  negotiateLanguage,
} from '../../../../shared/i18n/languages.js';

describe('negotiateLanguage', () => {
  it('takes the first tag we speak, whatever its form', () => {
    expect(negotiateLanguage(['it-IT', 'en-GB'])).toBe('it');
    expect(negotiateLanguage(['sv_SE.UTF-8'])).toBe('sv');
    expect(negotiateLanguage(['ro-RO@latin'])).toBe('ro');
    expect(negotiateLanguage(['de-DE', 'fr', 'es-419'])).toBe('es');
  });

  it('falls back to English when no tag is ours, or there are none', () => {
    expect(negotiateLanguage(['de-DE', 'fr-FR'])).toBe('en');
    expect(negotiateLanguage([])).toBe('en');
    expect(negotiateLanguage(['', null, undefined])).toBe('en');
  });

  it('gives the pseudo-locale only when qps-ploc comes first', () => {
    expect(negotiateDisplayLanguage(['qps-ploc', 'it'])).toBe('pseudo');
    expect(negotiateDisplayLanguage(['it', 'qps-ploc'])).toBe('it');
    expect(negotiateLanguage(['qps-ploc', 'sv'])).toBe('sv');
  });
});

describe('languageFromEnvironment', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(languageFromEnvironment({ LANG: 'es_ES.UTF-8' })).toBe('es');
    expect(languageFromEnvironment({ LC_MESSAGES: 'sv_SE.UTF-8', LANG: 'es_ES.UTF-8' })).toBe('sv');
    expect(languageFromEnvironment({ LC_ALL: 'it_IT.UTF-8', LC_MESSAGES: 'sv_SE', LANG: 'es_ES.UTF-8' })).toBe('it');
    expect(languageFromEnvironment({ LANG: 'ro_RO@latin' })).toBe('ro');
  });

  it('C and POSIX mean English even when LANG says otherwise; empty values are skipped', () => {
    expect(languageFromEnvironment({ LC_ALL: 'C', LANG: 'es_ES.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LC_ALL: 'POSIX', LANG: 'it_IT.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LC_ALL: '', LANG: 'sv_SE.UTF-8' })).toBe('sv');
    expect(languageFromEnvironment({})).toBe('en');
    expect(languageFromEnvironment({ LANG: 'de_DE.UTF-8' })).toBe('en');
  });
});
