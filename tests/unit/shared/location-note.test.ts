/**
 * The location note (shared/location-note.ts): added to exactly Betfair's two location refusals, in the language in
 * use, and to nothing else.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage, text } from '../../../shared/i18n/text.js';
import { LANGUAGES } from '../../../shared/i18n/languages.js';
import { LOGIN_STATUS_CODES, explainLoginStatus } from '../../../shared/login-catalogue.js';
import { isLocationStatus, withLocationNote } from '../../../shared/location-note.js';
import type { StatusExplanation } from '../../../shared/login-catalogue.js';

/** A status's words, as the CLI shows them before the note. */
function words(loginStatus: string): StatusExplanation {
  return explainLoginStatus(loginStatus, 'international');
}

afterEach(async () => {
  await switchLanguage('en');
});

describe('location note', () => {
  it('covers exactly the two location codes of Betfair’s list (and a later code named the same way)', () => {
    expect(LOGIN_STATUS_CODES.filter(isLocationStatus)).toEqual([
      'BETTING_RESTRICTED_LOCATION',
      'SECURITY_RESTRICTED_LOCATION',
    ]);
    expect(isLocationStatus('NEW_RESTRICTED_LOCATION')).toBe(true);
    expect(isLocationStatus('SUCCESS')).toBe(false);
  });

  it('adds where the test ran from to the meaning and the server test to what to do, in every language', async () => {
    const seen = new Set<string>();
    for (const language of LANGUAGES) {
      await switchLanguage(language);
      const before = words('BETTING_RESTRICTED_LOCATION');
      const after = withLocationNote(before);
      expect(after.meaning).toBe(`${before.meaning} ${text.LOCATION_TEXT.ranFrom}`);
      expect(after.whatToDo).toBe(`${text.LOCATION_TEXT.testOnServer} ${before.whatToDo}`);
      expect(after.title).toBe(before.title);
      expect(after.code).toBe('BETTING_RESTRICTED_LOCATION');
      seen.add(text.LOCATION_TEXT.ranFrom);
    }
    expect(seen.size).toBe(LANGUAGES.length);
  });

  it('leaves every other answer as it was', () => {
    for (const code of LOGIN_STATUS_CODES.filter((c) => !isLocationStatus(c))) {
      const r = words(code);
      expect(withLocationNote(r), code).toBe(r);
    }
    const success = words('SUCCESS');
    expect(withLocationNote(success)).toBe(success);
  });
});
