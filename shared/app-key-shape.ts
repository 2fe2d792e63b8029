/**
 * What an application key can look like: letters, digits, '-' and '_' only, at most 256 characters (Betfair's keys
 * are 16 letters and digits). The one rule for every place a key enters: the CLI's --app-key, the app's test and
 * kit, and the keys a server lists. A key goes into HTTP headers, source code and shell commands (the bot kit), so
 * nothing that a header, a string or a shell could read as syntax gets in.
 */
export const MAX_APP_KEY_LENGTH = 256;

const APP_KEY_SHAPE = /^[A-Za-z0-9_-]+$/;

/** A key of the right shape (not empty). */
export function isAppKeyShape(value: string): boolean {
  return value.length <= MAX_APP_KEY_LENGTH && APP_KEY_SHAPE.test(value);
}
