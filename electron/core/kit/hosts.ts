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
 * three hosts, and is obeyed only for an https origin on 127.0.0.1 (so nothing on a server can redirect the
 * password elsewhere); BOTLOGIN_SSO_CA is the PEM file that origin's certificate is checked against.
 */
export const KIT_TEST_ENV = { origin: ENV.ssoOrigin, ca: ENV.ssoCa } as const;
export const KIT_TEST_ORIGIN_PREFIX = 'https://127.0.0.1:';
