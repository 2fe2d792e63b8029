/** The Betfair hosts a kit's check talks to, for the bettor's jurisdiction (facts in shared/jurisdictions.ts). */
import {
  accountsApiOrigin,
  certloginOrigin,
  identityssoOrigin,
  type JurisdictionId,
} from '../../../shared/jurisdictions.js';
import { ACCOUNTS_API_PATH, ACCOUNTS_METHOD_PREFIX, ACCOUNTS_OPERATIONS } from '../../../shared/accounts-api.js';
import { CERTLOGIN_PATH, KEEPALIVE_PATH, LOGOUT_PATH } from '../../../shared/jurisdictions.js';
import { ENV } from '../../../shared/env-names.js';

export interface KitHosts {
  /** Mutual-TLS login: https://identitysso-cert.betfair.<tld> */
  readonly certlogin: string;
  /** keepAlive and logout: https://identitysso.betfair.<tld> */
  readonly identity: string;
  /** Accounts API: https://api.betfair.com (or .com.au) */
  readonly api: string;
}

export function kitHosts(jurisdiction: JurisdictionId): KitHosts {
  return {
    certlogin: certloginOrigin(jurisdiction),
    identity: identityssoOrigin(jurisdiction),
    api: accountsApiOrigin(jurisdiction),
  };
}

/** The paths and names every sample uses, said once. */
export const KIT_PATHS = {
  certlogin: CERTLOGIN_PATH,
  keepAlive: KEEPALIVE_PATH,
  logout: LOGOUT_PATH,
  accounts: ACCOUNTS_API_PATH,
  fundsMethod: ACCOUNTS_METHOD_PREFIX + ACCOUNTS_OPERATIONS.funds,
} as const;

/**
 * The samples' test seam: the same two variables as the app (shared/env-names.ts). BOTLOGIN_SSO_ORIGIN replaces all
 * three hosts, and is obeyed only when the whole value is https://127.0.0.1:PORT or https://[::1]:PORT (an optional
 * final "/"): no user info, no path, no query, a port from 1 to 65535 (so nothing on a server can redirect the
 * password elsewhere: https://127.0.0.1:1@127.0.0.2:8443 is refused). BOTLOGIN_SSO_CA is the PEM file that origin's
 * certificate is checked against; host names are still checked.
 */
export const KIT_TEST_ENV = { origin: ENV.ssoOrigin, ca: ENV.ssoCa } as const;
/** The whole-value rule, as a regular expression every sample's language reads the same way (group 2: the port). */
export const KIT_TEST_ORIGIN_RULE = String.raw`^https://(127\.0\.0\.1|\[::1\]):([0-9]{1,5})/?$`;
/**
 * What the samples remove from server text before printing it: C0 and C1 control characters (escape codes) and the
 * bidirectional marks and overrides that can make a line read differently from what it holds.
 */
export const SERVER_TEXT_UNSAFE = String.raw`[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]`;
