/**
 * Facts about Betfair's Accounts API that the application-key check uses, kept in one place.
 *
 * Sources (Betfair Exchange API documentation):
 * - "Accounts API" (endpoints, operations, which headers each operation needs):
 *   https://betfair-developer-docs.atlassian.net/wiki/spaces/1smk3cen4v3lu3yomq5qye0ni/pages/2687725
 *   Global Exchange: https://api.betfair.com/exchange/account/json-rpc/v1 ; "New Zealand Customers - New Zealand
 *   based customer must use the following endpoints": https://api.betfair.com.au/exchange/account/json-rpc/v1.
 *   createDeveloperAppKeys and getDeveloperAppKeys need X-Authentication only; getAccountFunds needs
 *   X-Authentication and X-Application.
 * - "Application Keys" (X-Application is not required for getDeveloperAppKeys / createDeveloperAppKeys):
 *   https://betfair-developer-docs.atlassian.net/wiki/spaces/1smk3cen4v3lu3yomq5qye0ni/pages/2687105/Application+Keys
 *   It also says the Application Name must be unique, must not contain the username (UNEXPECTED_ERROR), and that
 *   an existing name gives APP_KEY_CREATION_FAILED; the delayed key shows as version "1.0-DELAY".
 * - "Accounts Exceptions" (same documentation space, linked from the Accounts API page): the
 *   AccountAPINGException errorCodes, AANGX-0001.. in the order listed below.
 *
 * The host per jurisdiction is accountsApiOrigin() in shared/jurisdictions.ts.
 */
import { accountsApiOrigin, type JurisdictionId } from './jurisdictions.js';

export const ACCOUNTS_API_PATH = '/exchange/account/json-rpc/v1';

/** JSON-RPC method names are this prefix + the operation. */
export const ACCOUNTS_METHOD_PREFIX = 'AccountAPING/v1.0/';

export const ACCOUNTS_OPERATIONS = {
  /** params {} ; X-Authentication only ; result: DeveloperApp[] */
  listKeys: 'getDeveloperAppKeys',
  /** params { appName } ; X-Authentication only ; result: one DeveloperApp with the delayed and the live key */
  createKeys: 'createDeveloperAppKeys',
  /** params {} ; X-Authentication AND X-Application: the call that proves a key works */
  funds: 'getAccountFunds',
} as const;
export type AccountsOperation = (typeof ACCOUNTS_OPERATIONS)[keyof typeof ACCOUNTS_OPERATIONS];

/** The JSON-RPC "code" Betfair uses for an AccountAPINGException (message "AANGX-00NN"). */
export const ACCOUNTS_EXCEPTION_RPC_CODE = -32099;
export const ACCOUNTS_EXCEPTION_NAME = 'AccountAPINGException';

/** AccountAPINGException errorCodes, in AANGX order (AANGX-0001 is INVALID_INPUT_DATA), then CUSTOMER_ACCOUNT_CLOSED. */
export const ACCOUNTS_ERROR_CODES = [
  'INVALID_INPUT_DATA',
  'INVALID_SESSION_INFORMATION',
  'UNEXPECTED_ERROR',
  'INVALID_APP_KEY',
  'SERVICE_BUSY',
  'TIMEOUT_ERROR',
  'DUPLICATE_APP_NAME',
  'APP_KEY_CREATION_FAILED',
  'APP_CREATION_FAILED',
  'NO_SESSION',
  'NO_APP_KEY',
  'SUBSCRIPTION_EXPIRED',
  'INVALID_SUBSCRIPTION_TOKEN',
  'TOO_MANY_REQUESTS',
  'INVALID_CLIENT_REF',
  'WALLET_TRANSFER_ERROR',
  'INVALID_VENDOR_CLIENT_ID',
  'USER_NOT_SUBSCRIBED',
  'INVALID_SECRET',
  'INVALID_AUTH_CODE',
  'INVALID_GRANT_TYPE',
  'CUSTOMER_ACCOUNT_CLOSED',
] as const;
export type AccountsErrorCode = (typeof ACCOUNTS_ERROR_CODES)[number];

export function isAccountsErrorCode(code: string): code is AccountsErrorCode {
  return (ACCOUNTS_ERROR_CODES as readonly string[]).includes(code);
}

/** getAccountFunds answers these when the key itself is refused. */
export const APP_KEY_REFUSED_CODES: readonly AccountsErrorCode[] = ['INVALID_APP_KEY', 'NO_APP_KEY'];

/** "AANGX-0004" for INVALID_APP_KEY: the JSON-RPC error message Betfair pairs with each errorCode. */
export function aangxMessage(code: AccountsErrorCode): string {
  return `AANGX-${String(ACCOUNTS_ERROR_CODES.indexOf(code) + 1).padStart(4, '0')}`;
}

/**
 * Sent in X-Application on certlogin and logout when the user left the key field empty. Betfair's certificate
 * login does not check X-Application, so the login can still be tested; this names the app, it is no secret and
 * no key. It is never sent to the Accounts API (a wrong key there can turn the answer into INVALID_APP_KEY).
 */
export const APP_IDENTIFIER = 'BotLoginWizard';

/** The version Betfair gives the delayed key, e.g. "1.0-DELAY" (the DeveloperAppVersion also says delayData: true). */
export const DELAYED_VERSION_SUFFIX = '-DELAY';

/** Longest application name the app sends (Betfair documents none; this keeps input bounded). */
export const MAX_APP_NAME_LENGTH = 64;

/** A JSON-RPC request body for one Accounts API operation. */
export function accountsRequestBody(
  operation: AccountsOperation,
  params: Readonly<Record<string, string>> = {},
): string {
  return JSON.stringify({ jsonrpc: '2.0', method: ACCOUNTS_METHOD_PREFIX + operation, params, id: 1 });
}

/** Betfair answers UNEXPECTED_ERROR for an application name that contains the username (any case). */
export function appNameContainsUsername(appName: string, username: string): boolean {
  const user = username.trim().toLowerCase();
  return user !== '' && appName.toLowerCase().includes(user);
}

const SUGGESTIONS = ['My betting bot', 'Betting bot', 'My Betfair app', 'Exchange bot', 'Trading app'] as const;

/**
 * A name for new application keys that does not contain the username. Application names must be unique (an
 * existing name gives DUPLICATE_APP_NAME / APP_KEY_CREATION_FAILED), so a plain "My betting bot" is likely taken
 * by someone else: a 4-digit number makes a clash unlikely, and the user may edit the name. When the username hides
 * in every suggestion (a very short username), the name is made of characters the username does not have.
 */
export function suggestAppName(username: string, random: () => number = Math.random): string {
  const number = String(1000 + Math.floor(random() * 9000));
  for (const base of SUGGESTIONS) {
    const name = `${base} ${number}`;
    if (!appNameContainsUsername(name, username)) return name;
  }
  const user = username.trim().toLowerCase();
  const unused = [...'botappxyz0123456789'].filter((c) => !user.includes(c));
  return unused.slice(0, 8).join('') || 'App';
}

/** The JSON-RPC endpoint of the Accounts API for a jurisdiction. */
export function accountsApiUrl(id: JurisdictionId): string {
  return accountsApiOrigin(id) + ACCOUNTS_API_PATH;
}
