/**
 * What the dashboard's samples (the "Code samples for your own bot" fold) are filled in with, and the session
 * rules every one of them follows: keepAlive on a timer, a new login only when the session is gone, never more than
 * a few logins a minute.
 */
import type { JurisdictionId } from '../../../shared/jurisdictions.js';
import type { StoredCertificate } from '../../../shared/settings-schema.js';
import { KIT_ENV } from '../../../shared/bot-kit.js';

export interface SnippetInput {
  readonly jurisdiction: JurisdictionId;
  readonly certificate: StoredCertificate;
  /** Filled in when the user let the app remember them; a placeholder otherwise. */
  readonly appKey: string | null;
  readonly username: string | null;
}

/** The same variable as the kits'. */
export const PASSWORD_ENV = KIT_ENV.password;
export const P12_PASSWORD_ENV = 'BETFAIR_P12_PASSWORD';
export const APP_KEY_PLACEHOLDER = 'YOUR_APP_KEY';
export const USERNAME_PLACEHOLDER = 'YOUR_BETFAIR_USERNAME';
/** keepAlive every 4 hours: well inside the shortest session lifetime Betfair documents (the session lasts hours). */
export const KEEP_ALIVE_HOURS = 4;
/** At most 3 logins a minute: one every 20 seconds. */
export const MIN_SECONDS_BETWEEN_LOGINS = 20;
/** The session errors after which a new login is right (any other keepAlive failure is reported, not retried). */
export const SESSION_GONE = ['NO_SESSION', 'INVALID_SESSION_INFORMATION'] as const;

export function comments(prefix: string, lines: readonly string[]): string[] {
  return lines.map((line) => `${prefix} ${line}`);
}
