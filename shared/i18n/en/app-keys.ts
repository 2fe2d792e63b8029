/**
 * Plain-English texts for the application-key part of "Test my login": what became of the key given (the
 * AppKeyCheck statuses), every Accounts API error a user can meet, and creating keys. Facts from Betfair's
 * "Application Keys" and "Accounts API" pages (sources in shared/accounts-api.ts); the words are ours.
 */
import type { AccountsErrorCode } from '../../codes.js';
import type { AppKeyText } from '../text-types.js';

/** The two keys, in two sentences (shown where the wizard offers to create them, and in the CLI's help). */
export const KEY_KINDS_TEXT = {
  delayed:
    'The delayed key is free and works at once: use it for testing and for reading prices, which come a little late; it cannot place bets.',
  live: 'The live key is the one a bot needs to bet; Betfair activates it when you apply for it on the developer site.',
} as const;

/** How one key is described in a list (the CLI's text output, and the UI's labels). */
export const KEY_LABELS = {
  delayed: 'delayed',
  live: 'live',
  active: 'active',
  inactive: 'not active yet',
} as const;

const LOGIN_WORKS = 'Your certificate, username and password work.';
const FIX_KEY_FIRST = 'Until the key is fixed, Betfair will refuse your bot on its first call with INVALID_APP_KEY.';
const USE_LISTED = 'Use one of your own keys listed below (the wizard found them for you), then test again.';
const CREATE_KEYS = 'Your account has no application keys yet: the wizard can create them for you.';
const APPLY_LIVE =
  "To bet, use your live key; if it is not active yet, apply to have it activated on Betfair's developer site.";

/** What became of the key given, per status (and, for valid, per kind of key). */
export const APP_KEY_CHECK_TEXT = {
  validDelayed: {
    title: 'Your login works; the delayed key cannot bet',
    explanation: `${LOGIN_WORKS} Betfair accepted your application key: it is your delayed key, so your bot can read prices (a little late) but cannot place bets with it.`,
    whatToDo: `Fine for testing and for reading prices. ${APPLY_LIVE}`,
  },
  validLive: {
    title: 'Your bot login works',
    explanation: `${LOGIN_WORKS} Betfair accepted your application key: it is your live key, and it is active.`,
    whatToDo: 'Nothing more to do here. Your bot can log in and bet with the same certificate files, key and username.',
  },
  validLiveInactive: {
    title: 'Your login works; your live key is not active yet',
    explanation: `${LOGIN_WORKS} Betfair accepted your application key: it is your live key, but Betfair has not activated it yet, so betting calls will be refused until it is.`,
    whatToDo:
      "Apply to have your live key activated on Betfair's developer site. Until then, use your delayed key to test and read prices.",
  },
  validUnlisted: {
    title: 'Your login works and Betfair accepted your application key',
    explanation: `${LOGIN_WORKS} Betfair accepted your application key.`,
    whatToDo: 'Nothing more to do here. Your bot can log in with the same certificate files, key and username.',
  },
  notYours: {
    title: 'The login works, but this application key is not yours',
    explanation: `${LOGIN_WORKS} The application key you typed is not one of your account's keys. ${FIX_KEY_FIRST}`,
    whatToDo: `Check for a typing mistake. ${USE_LISTED}`,
  },
  notYoursNoKeys: {
    title: 'The login works, but this application key is not yours',
    explanation: `${LOGIN_WORKS} The application key you typed is not one of your account's keys: your account has none yet. ${FIX_KEY_FIRST}`,
    whatToDo: `${CREATE_KEYS} Then use one of them and test again.`,
  },
  refused: {
    title: 'The login works, but Betfair refuses this application key',
    explanation: `${LOGIN_WORKS} Betfair refused the application key you typed. ${FIX_KEY_FIRST}`,
    whatToDo: `Check for a typing mistake (the key has no spaces). ${USE_LISTED}`,
  },
  refusedInactiveLive: {
    title: 'The login works, but your live key is not active yet',
    explanation: `${LOGIN_WORKS} The key you typed is your live key, and Betfair refused it: it has not been activated yet.`,
    whatToDo:
      "Use your delayed key for now (listed below), and apply to have your live key activated on Betfair's developer site.",
  },
  notGivenWithKeys: {
    title: 'Your login works: now choose your application key',
    explanation: `${LOGIN_WORKS} You left the application key empty, so the wizard looked up your account's keys instead: they are listed below.`,
    whatToDo:
      'Choose one for your bot (the delayed key to test and read prices, the live key to bet) and test again with it, so it can be checked.',
  },
  notGivenNoKeys: {
    title: 'Your login works: your account has no application key yet',
    explanation: `${LOGIN_WORKS} A bot also needs an application key, and your account has none yet.`,
    whatToDo: 'Let the wizard create your keys (one delayed, one live), then test again with one of them.',
  },
  notGivenNotListed: {
    title: 'Your login works',
    explanation: `${LOGIN_WORKS} You left the application key empty, and the wizard could not look up your keys this time.`,
    whatToDo: 'Type your application key and test again to have it checked.',
  },
  notChecked: {
    title: 'Your login works, but the application key could not be checked',
    explanation: `${LOGIN_WORKS} Betfair's Accounts API did not give a proper answer, so the key was not checked.`,
    whatToDo: 'The login itself is fine. Test again in a few minutes to have the key checked.',
  },
} as const satisfies Record<string, AppKeyText>;

/** Every AccountAPINGException errorCode, in plain words. Most cannot happen to a wizard user but are named anyway. */
export const ACCOUNTS_ERROR_TEXT: Readonly<Record<AccountsErrorCode, AppKeyText>> = {
  INVALID_INPUT_DATA: {
    title: 'Betfair did not accept the request',
    explanation: 'Betfair said the request had invalid data in it (INVALID_INPUT_DATA).',
    whatToDo: 'If you typed an application name, try a simpler one with only letters, digits and spaces.',
  },
  INVALID_SESSION_INFORMATION: {
    title: 'Betfair did not recognise the session',
    explanation: 'Betfair did not accept the session the login had just opened (INVALID_SESSION_INFORMATION).',
    whatToDo: 'Test again. If it keeps happening, contact Betfair developer support.',
  },
  UNEXPECTED_ERROR: {
    title: 'Betfair had an unexpected error',
    explanation:
      'Betfair answered UNEXPECTED_ERROR. When creating keys, Betfair gives this answer when the application name contains your username.',
    whatToDo: 'Choose an application name without your username in it and try again.',
  },
  INVALID_APP_KEY: {
    title: 'Application key refused',
    explanation: 'Betfair does not recognise this application key (INVALID_APP_KEY).',
    whatToDo: 'Check for a typing mistake, or use one of your own keys.',
  },
  SERVICE_BUSY: {
    title: 'Betfair is busy',
    explanation: "Betfair's Accounts API said it is too busy to answer right now (SERVICE_BUSY).",
    whatToDo: 'Try again in a few minutes.',
  },
  TIMEOUT_ERROR: {
    title: 'Betfair took too long',
    explanation: "Betfair's Accounts API ran out of time inside (TIMEOUT_ERROR).",
    whatToDo: 'Try again in a few minutes.',
  },
  DUPLICATE_APP_NAME: {
    title: 'That application name is taken',
    explanation: 'Application names must be unique across Betfair, and this one is already used (DUPLICATE_APP_NAME).',
    whatToDo: 'Choose another name, for example by adding a word or a number, and try again.',
  },
  APP_KEY_CREATION_FAILED: {
    title: 'The keys could not be created',
    explanation:
      'Betfair did not create the keys (APP_KEY_CREATION_FAILED). This is its answer when the application name already exists.',
    whatToDo: 'Choose another name, for example by adding a word or a number, and try again.',
  },
  APP_CREATION_FAILED: {
    title: 'The application could not be created',
    explanation: 'Betfair could not create the application (APP_CREATION_FAILED).',
    whatToDo: 'Try again with another name in a few minutes. If it keeps happening, contact Betfair developer support.',
  },
  NO_SESSION: {
    title: 'No session',
    explanation: 'Betfair said no session was given (NO_SESSION).',
    whatToDo: 'Test again. If it keeps happening, contact Betfair developer support.',
  },
  NO_APP_KEY: {
    title: 'No application key',
    explanation: 'Betfair said no application key was sent (NO_APP_KEY).',
    whatToDo: 'Type your application key, or use one of your own keys listed below.',
  },
  SUBSCRIPTION_EXPIRED: {
    title: 'Subscription expired',
    explanation: "Betfair said the application's subscription has expired (SUBSCRIPTION_EXPIRED).",
    whatToDo:
      "Use your own application key rather than a software vendor's, or renew the subscription with the vendor.",
  },
  INVALID_SUBSCRIPTION_TOKEN: {
    title: 'Subscription not valid',
    explanation: 'Betfair said the subscription token is not valid (INVALID_SUBSCRIPTION_TOKEN).',
    whatToDo: "Use your own application key rather than a software vendor's.",
  },
  TOO_MANY_REQUESTS: {
    title: 'Too many requests',
    explanation: 'Betfair said too many requests came in a short time (TOO_MANY_REQUESTS).',
    whatToDo: 'Wait a few minutes before testing again.',
  },
  INVALID_CLIENT_REF: {
    title: 'Betfair did not accept the request',
    explanation: 'Betfair said a client reference was not valid (INVALID_CLIENT_REF).',
    whatToDo: 'Test again. If it keeps happening, contact Betfair developer support.',
  },
  WALLET_TRANSFER_ERROR: {
    title: 'Wallet problem',
    explanation: 'Betfair reported a wallet problem (WALLET_TRANSFER_ERROR).',
    whatToDo: 'Check your account on the Betfair website, then test again.',
  },
  INVALID_VENDOR_CLIENT_ID: {
    title: 'Betfair did not accept the request',
    explanation: 'Betfair said the vendor client id is not valid (INVALID_VENDOR_CLIENT_ID).',
    whatToDo: "Use your own application key rather than a software vendor's.",
  },
  USER_NOT_SUBSCRIBED: {
    title: 'Not subscribed',
    explanation: 'Betfair said your account is not subscribed to this application (USER_NOT_SUBSCRIBED).',
    whatToDo: "Use your own application key rather than a software vendor's.",
  },
  INVALID_SECRET: {
    title: 'Betfair did not accept the request',
    explanation: 'Betfair said a secret was not valid (INVALID_SECRET).',
    whatToDo: 'Test again. If it keeps happening, contact Betfair developer support.',
  },
  INVALID_AUTH_CODE: {
    title: 'Betfair did not accept the request',
    explanation: 'Betfair said an authorisation code was not valid (INVALID_AUTH_CODE).',
    whatToDo: 'Test again. If it keeps happening, contact Betfair developer support.',
  },
  INVALID_GRANT_TYPE: {
    title: 'Betfair did not accept the request',
    explanation: 'Betfair said the grant type was not valid (INVALID_GRANT_TYPE).',
    whatToDo: 'Test again. If it keeps happening, contact Betfair developer support.',
  },
  CUSTOMER_ACCOUNT_CLOSED: {
    title: 'Account closed',
    explanation: 'Betfair said this account is closed (CUSTOMER_ACCOUNT_CLOSED).',
    whatToDo: "Contact Betfair's customer support.",
  },
};

/** An errorCode this app does not know (a future Betfair code): shown as it came. */
export const UNKNOWN_ACCOUNTS_ERROR_TEXT = {
  title: 'Betfair gave an answer this app does not know',
  explanation: (code: string) => `Betfair's Accounts API answered "${code}".`,
  whatToDo:
    'Test again in a few minutes. If it keeps happening, contact Betfair developer support and quote that answer.',
} as const;

/** Creating the keys (createDeveloperAppKeys). */
export const APP_KEYS_CREATION_TEXT = {
  created: (appName: string) => `Betfair created your two application keys under the name "${appName}".`,
  nameContainsUsername: {
    title: 'The name contains your username',
    explanation: 'Betfair refuses an application name that contains your username.',
    whatToDo: 'Choose a name without your username in it, for example "My betting bot".',
  },
  nameInvalid: {
    title: 'Choose a name for your keys',
    explanation: 'The application name must be 1 to 64 characters long.',
    whatToDo: 'Type a short name, for example "My betting bot".',
  },
  notCreated: {
    title: 'Your keys were not created',
    explanation: "Betfair's Accounts API did not give a proper answer, so the keys could not be created.",
    whatToDo: 'The login itself is fine. Try again in a few minutes.',
  },
} as const;

/** UNEXPECTED_ANSWER details for the Accounts API (the login's own are in faults.ts). */
export const ACCOUNTS_UNEXPECTED = {
  expected: 'an Accounts API answer',
  tooLarge: 'the answer was far larger than an Accounts API answer',
  noResult: 'the answer had neither a result nor an error in it',
  notKeys: 'the answer did not list application keys',
  notFunds: 'the answer had no account funds in it',
} as const;
