/**
 * The CLI's own words, where the app's speak of what a window has (fields, buttons, steps, "the wizard"): a
 * terminal user gives flags and runs the command again. electron/cli/terminal-words.ts puts them in place of the
 * app's words in what `bot-login login` and `bot-login inspect` print (text and --json alike); every other
 * sentence is the app's.
 */
import type { FaultCode, LoginStatus } from '../../codes.js';
import { ENV } from '../../env-names.js';
import type { AppKeyText, StatusText } from '../text-types.js';
import type { APP_KEY_CHECK_TEXT } from './app-keys.js';

const LOGIN_WORKS = 'Your certificate, username and password work.';
const FIX_KEY_FIRST = 'Until the key is fixed, Betfair will refuse your bot on its first call with INVALID_APP_KEY.';
const USE_LISTED = 'Pick one of your own keys listed below and run the command again with --app-key KEY.';
const NEW_CERTIFICATE = 'Make a new certificate with "bot-login generate".';

/** The key check's words for a terminal, per entry of APP_KEY_CHECK_TEXT (entries left out read the same). */
export const CLI_KEY_CHECK_TEXT = {
  notYours: {
    explanation: `${LOGIN_WORKS} The key given with --app-key is not one of your account's keys. ${FIX_KEY_FIRST}`,
    whatToDo: `Check for a typing mistake. ${USE_LISTED}`,
  },
  notYoursNoKeys: {
    explanation: `${LOGIN_WORKS} The key given with --app-key is not one of your account's keys: your account has none yet. ${FIX_KEY_FIRST}`,
    whatToDo:
      'Run the command again with --create-app-keys NAME to create your keys (one delayed, one live), then with --app-key KEY and one of them.',
  },
  refused: {
    explanation: `${LOGIN_WORKS} Betfair refused the key given with --app-key. ${FIX_KEY_FIRST}`,
    whatToDo: `Check for a typing mistake (the key has no spaces). ${USE_LISTED}`,
  },
  refusedInactiveLive: {
    explanation: `${LOGIN_WORKS} The key given with --app-key is your live key, and Betfair refused it: it has not been activated yet.`,
    whatToDo:
      "Give your delayed key (listed below) with --app-key for now, and apply to have your live key activated on Betfair's developer site.",
  },
  notGivenWithKeys: {
    explanation: `${LOGIN_WORKS} No --app-key given, so the test looked up your account's keys instead: they are listed below.`,
    whatToDo:
      'Pick one for your bot (the delayed key to test and read prices, the live key to bet) and run the command again with --app-key KEY, so it can be checked.',
  },
  notGivenNoKeys: {
    whatToDo:
      'Run the command again with --create-app-keys NAME to create your keys (one delayed, one live), then with --app-key KEY and one of them.',
  },
  notGivenNotListed: {
    explanation: `${LOGIN_WORKS} No --app-key given, and your keys could not be looked up this time.`,
    whatToDo: 'Run the command again with --app-key KEY to have your key checked.',
  },
  notChecked: {
    whatToDo: 'The login itself is fine. Run the command again in a few minutes to have the key checked.',
  },
} as const satisfies Partial<Record<keyof typeof APP_KEY_CHECK_TEXT, Partial<AppKeyText>>>;

/** What to do after a loginStatus, for a terminal, where the app's words name its screens. */
export const CLI_STATUS_TEXT = {
  SPAIN_MIGRATION_REQUIRED:
    'Log in on betfair.es in your browser and follow the steps there to move your account. Then upload the certificate on betfair.es and run the command again with --jurisdiction es.',
  CERT_AUTH_REQUIRED: (c) =>
    `Open the security page on ${c.site}, find "Automated Betting Program Access", and check that the certificate listed there is the one you are testing (compare its name and expiry date). If not, upload your .crt file there. The upload and the test must use the same Betfair site, so check the --jurisdiction you gave. Then run the command again.`,
  EMAIL_LOGIN_NOT_ALLOWED: (c) =>
    `Give your Betfair username with --username instead. If you do not know it, log in on ${c.site} and look in your account details.`,
  TEMPORARY_BAN_TOO_MANY_REQUESTS:
    'Wait 20 minutes: bot-login will not send another test login before then. Meanwhile make sure no bot or script keeps logging in with this account.',
  AUTHORIZED_ONLY_FOR_DOMAIN_RO: (c) =>
    c.jurisdiction === 'ro'
      ? 'Upload the certificate on the site where you opened your account (for most people that is betfair.com), then run the command again with that --jurisdiction (betfair.com is international).'
      : 'Betfair says this account belongs to Betfair Romania. Upload the certificate on betfair.ro, then run the command again with --jurisdiction ro.',
  AUTHORIZED_ONLY_FOR_DOMAIN_SE: (c) =>
    c.jurisdiction === 'se'
      ? 'Upload the certificate on the site where you opened your account (for most people that is betfair.com), then run the command again with that --jurisdiction (betfair.com is international).'
      : 'Betfair says this account belongs to Betfair Sweden. Upload the certificate on betfair.se, then run the command again with --jurisdiction se.',
} as const satisfies Partial<Record<LoginStatus, StatusText>>;

/** What to do after a fault, for a terminal (faults left out read the same as in the app). */
export const CLI_FAULT_TEXT = {
  BOT_LOGIN_NOT_AVAILABLE:
    "Have your bot use Betfair's interactive login instead. If you do not live in Denmark, run the command again with --jurisdiction set to the country where you opened your Betfair account.",
  APP_KEY_INVALID:
    'Copy the key again from the Betfair account page that lists your application keys (the "Application Key" column), or leave --app-key out.',
  DATA_DIR_UNWRITABLE: `Check that you may write to the data folder (free disk space, permissions), or set ${ENV.dataDir} to a folder of your own, then run the command again.`,
  LOGIN_FAILED_UNEXPECTEDLY: 'Run the command again. If it keeps happening, report it.',
  INPUT_MISSING: `Give your username with --username and the password in ${ENV.password} (or type it when asked, in a terminal), then run the command again.`,
} as const satisfies Partial<Record<FaultCode, string>>;

/** Certificate findings and errors whose app words point at the app's own screens. */
export const CLI_CERTIFICATE_TEXT = {
  p12PasswordNeeded: (file: string) => `"${file}" is protected by a password.`,
  notRsa: `This certificate uses a kind of key (not RSA) that Betfair does not accept. ${NEW_CERTIFICATE}`,
  rsaSize: (bits: number) => `This key is ${bits} bits long; Betfair asks for 2048 bits. ${NEW_CERTIFICATE}`,
  noClientAuth: `This certificate is not allowed to be used to log in (it is not a client certificate). ${NEW_CERTIFICATE}`,
  notUsable: 'These certificate files cannot be used for logging in. Check them with "bot-login inspect FILE...".',
  keyFailed: 'A new key could not be made. Run the command again; if it keeps failing, report it.',
  invalidEmail: 'The email address does not look right. Check it, or leave --email out.',
} as const;
