import { describe, expect, it } from 'vitest';
import { siteForLocale } from '../../../../renderer/logic/locale-site.js';

describe('step 1 pre-selection from the system locale', () => {
  it('picks the site only where language and region clearly point at it', () => {
    expect(siteForLocale('it-IT')).toBe('it');
    expect(siteForLocale('es-ES')).toBe('es');
    expect(siteForLocale('ro-RO')).toBe('ro');
    expect(siteForLocale('sv-SE')).toBe('se');
    expect(siteForLocale('en-AU')).toBe('au');
    expect(siteForLocale('en-NZ')).toBe('au');
    expect(siteForLocale('da-DK')).toBe('dk');
    expect(siteForLocale('en-GB')).toBe('international');
    expect(siteForLocale('it_it')).toBe('it');
  });

  it('leaves the choice to the user otherwise', () => {
    for (const locale of ['en-US', 'it', 'es-MX', 'de-DE', 'sv-FI', '', undefined, null])
      expect(siteForLocale(locale)).toBeNull();
  });
});
