/**
 * Which web permissions the window gets: none, except writing plain text to the clipboard (the snippets'
 * "Copy" buttons), and only for the app's own page. Reading the clipboard, camera, notifications... all refused.
 * Plain Node (no electron import) so it is unit-tested.
 */
import { isAppUrl } from './sender-check.js';

export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | null | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
