/**
 * Location refusals: Betfair answers BETTING_RESTRICTED_LOCATION or SECURITY_RESTRICTED_LOCATION by the internet
 * address the login came from. A test run here says nothing about a bot on a server, a VPS or behind a VPN, so the
 * answer says where the test ran from and to run it on the bot's machine (words: shared/i18n/<language>/location.ts).
 */
import { text } from './i18n/text.js';
import type { StatusExplanation } from './login-catalogue.js';

/**
 * A loginStatus about where the login came from: the two Betfair lists today, and any later code named the same way
 * (tests/unit/shared/location-note.test.ts checks which known codes match).
 */
export function isLocationStatus(code: string): boolean {
  return /^[A-Z_]+_RESTRICTED_LOCATION$/.test(code);
}

/** A status's words with the location note added to what it means and what to do; other statuses unchanged. */
export function withLocationNote(words: StatusExplanation): StatusExplanation {
  if (!isLocationStatus(words.code)) return words;
  return {
    ...words,
    meaning: `${words.meaning} ${text.LOCATION_TEXT.ranFrom}`,
    whatToDo: `${text.LOCATION_TEXT.testOnServer} ${words.whatToDo}`,
  };
}
