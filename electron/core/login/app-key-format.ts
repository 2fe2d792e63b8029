/**
 * The application key a test is given: empty ("not given") or the shape of shared/app-key-shape.ts. Checked before a
 * login-guard slot is taken, so a pasted key with a line break, a shell character or look-alike Cyrillic letters
 * is explained at once instead of using up a slot and ending as "unexpected".
 */
import { isAppKeyShape } from '../../../shared/app-key-shape.js';

export function isAppKeyFormat(appKey: string): boolean {
  return appKey === '' || isAppKeyShape(appKey);
}
