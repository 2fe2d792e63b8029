/**
 * Where the user lives decides every Betfair host. Facts from Betfair's "Non-Interactive (Bot) Login" page.
 * Display names live in shared/i18n/<lang>/jurisdictions.ts.
 */
export const JURISDICTION_IDS = ['international', 'au', 'it', 'es', 'ro', 'se', 'dk'] as const;
export type JurisdictionId = (typeof JURISDICTION_IDS)[number];

export interface Jurisdiction {
  readonly id: JurisdictionId;
  /** Top-level domain of the Betfair sites for this jurisdiction, e.g. "com", "com.au". */
  readonly tld: string;
  /** Danish residents cannot use the non-interactive login (MitID, which replaced NemID in 2023, needs the interactive login). */
  readonly botLoginAvailable: boolean;
  /**
   * betfairlightweight's `locale` for this exchange (the keys of IDENTITY_URLS in its baseclient.py; flumine passes
   * it on); null where none is given: international is its default, and Denmark has no bot login.
   */
  readonly locale: string | null;
}

export const JURISDICTIONS: Readonly<Record<JurisdictionId, Jurisdiction>> = {
  international: { id: 'international', tld: 'com', botLoginAvailable: true, locale: null },
  au: { id: 'au', tld: 'com.au', botLoginAvailable: true, locale: 'australia' },
  it: { id: 'it', tld: 'it', botLoginAvailable: true, locale: 'italy' },
  es: { id: 'es', tld: 'es', botLoginAvailable: true, locale: 'spain' },
  ro: { id: 'ro', tld: 'ro', botLoginAvailable: true, locale: 'romania' },
  se: { id: 'se', tld: 'se', botLoginAvailable: true, locale: 'sweden' },
  dk: { id: 'dk', tld: 'dk', botLoginAvailable: false, locale: null },
};

export const DEFAULT_JURISDICTION: JurisdictionId = 'international';

export function isJurisdictionId(value: unknown): value is JurisdictionId {
  return typeof value === 'string' && (JURISDICTION_IDS as readonly string[]).includes(value);
}

export const CERTLOGIN_PATH = '/api/certlogin';
export const LOGOUT_PATH = '/api/logout';
export const KEEPALIVE_PATH = '/api/keepAlive';
export const SECURITY_PAGE_PATH = '/accountdetails/mysecurity?showAPI=1';

/** https://identitysso-cert.betfair.<tld> : the mutual-TLS login host. */
export function certloginOrigin(id: JurisdictionId): string {
  return `https://identitysso-cert.betfair.${JURISDICTIONS[id].tld}`;
}
/** https://identitysso.betfair.<tld> : logout and keepAlive. */
export function identityssoOrigin(id: JurisdictionId): string {
  return `https://identitysso.betfair.${JURISDICTIONS[id].tld}`;
}
/** https://myaccount.betfair.<tld> : where the certificate is uploaded. */
export function myaccountOrigin(id: JurisdictionId): string {
  return `https://myaccount.betfair.${JURISDICTIONS[id].tld}`;
}
/**
 * https://api.betfair.com or https://api.betfair.com.au : the Accounts API host (plain HTTPS, no client certificate).
 * Betfair's Accounts API page (https://betfair-developer-docs.atlassian.net/wiki/spaces/1smk3cen4v3lu3yomq5qye0ni/pages/2687725)
 * lists the Global Exchange endpoint on api.betfair.com and says "New Zealand based customer must use" the one on
 * api.betfair.com.au; it says nothing separate for Australian accounts. Our 'au' jurisdiction (betfair.com.au) is
 * both Australia and New Zealand and cannot tell them apart, so it uses api.betfair.com.au, the endpoint New
 * Zealand customers must use and the Australian exchange's own host. Italian and Spanish accounts log in on their
 * own identitysso hosts but call the Accounts API on api.betfair.com, like every other jurisdiction.
 */
export function accountsApiOrigin(id: JurisdictionId): string {
  return id === 'au' ? 'https://api.betfair.com.au' : 'https://api.betfair.com';
}
export function certloginUrl(id: JurisdictionId): string {
  return certloginOrigin(id) + CERTLOGIN_PATH;
}
export function logoutUrl(id: JurisdictionId): string {
  return identityssoOrigin(id) + LOGOUT_PATH;
}
export function securityPageUrl(id: JurisdictionId): string {
  return myaccountOrigin(id) + SECURITY_PAGE_PATH;
}
/** The public Betfair website for the jurisdiction, e.g. https://www.betfair.com. */
export function websiteUrl(id: JurisdictionId): string {
  return `https://www.betfair.${JURISDICTIONS[id].tld}`;
}

/** The site a person knows, e.g. "betfair.com.au" (shown beside each choice on step 1). */
export function siteDomain(id: JurisdictionId): string {
  return `betfair.${JURISDICTIONS[id].tld}`;
}

/** Betfair's developer page on the interactive login (what Danish accounts can use instead). */
export const INTERACTIVE_LOGIN_URL =
  'https://docs.developer.betfair.com/display/1smk3cen4v3lu3yomq5qye0ni/Interactive+Login+-+Desktop+Application';

/** Every host the app may open in the user's browser (openExternal allow-list). */
export function externalHosts(): ReadonlySet<string> {
  const hosts = new Set<string>();
  for (const id of JURISDICTION_IDS) {
    const tld = JURISDICTIONS[id].tld;
    for (const sub of ['myaccount', 'www', 'identitysso']) hosts.add(`${sub}.betfair.${tld}`);
  }
  hosts.add('www.betfair.bet.br');
  hosts.add('developer.betfair.com');
  hosts.add('support.developer.betfair.com');
  hosts.add('docs.developer.betfair.com');
  return hosts;
}
