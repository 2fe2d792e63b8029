/**
 * What an application key can look like: printable ASCII without spaces, at most 256 characters (Betfair's keys
 * are 16 letters and digits). Checked before a login-guard slot is taken, so a pasted key with a line break or
 * look-alike Cyrillic letters is explained at once instead of using up a slot and ending as "unexpected".
 * Empty means "not given" and is accepted here.
 */
export const MAX_APP_KEY_LENGTH = 256;

const APP_KEY_SHAPE = /^[\x21-\x7e]*$/;

export function isAppKeyFormat(appKey: string): boolean {
  return appKey.length <= MAX_APP_KEY_LENGTH && APP_KEY_SHAPE.test(appKey);
}
