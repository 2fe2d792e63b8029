/**
 * The words of the one verdict (shared/verdict.ts): the headline and what to do for each outcome whose words are
 * its own (a failed login and a fault speak with their catalogue's words), and the dashboard's rows of the last
 * test. Facts from Betfair's "Application Keys", "Exchange Stream API" and "Keep Alive" pages; the words are ours.
 */
import type { OwnWordsOutcome } from '../../verdict.js';

const RETEST = 'then test again';

export const VERDICT_TEXT = {
  works: {
    title: 'Your bot login works',
    whatToDo:
      'Nothing more to do here: your bot can log in and bet with the same certificate files, application key and username.',
  },
  'works-no-stream': {
    title: 'Your bot can log in and bet, but cannot stream prices',
    whatToDo:
      "Betfair has not enabled the Exchange Stream API for this key. Betting and ordinary price calls work now; if your bot streams prices, ask Betfair's Developer Support to enable streaming for your application key (send them the key, never your password).",
  },
  'keep-alive-failed': {
    title: 'Your bot can log in and bet, but keeping its session could not be confirmed',
    whatToDo:
      'Test again in a few minutes. Meanwhile, have your bot log in again when Betfair says its session has ended, never more than a few times a minute.',
  },
  'stream-failed': {
    title: 'Your bot can log in and bet, but streaming could not be checked',
    whatToDo:
      'Betting works. Test again in a few minutes to have streaming checked; if it keeps failing, check that your network lets the bot reach stream-api.betfair.com on port 443.',
  },
  'delayed-key': {
    title: 'Your login works, but your bot cannot bet with the delayed key',
    whatToDo: `With this key your bot can log in and read prices (a little late), but Betfair refuses its bets. To bet, use your live key (if it is not active yet, apply to have it activated on Betfair's developer site), ${RETEST}.`,
  },
  'key-inactive': {
    title: 'Your login works, but your bot will be refused until your live key is activated',
    whatToDo: `Apply to have your live key activated on Betfair's developer site, ${RETEST}. Until then, use your delayed key to test and read prices.`,
  },
  'choose-key': {
    title: 'Your login works \u2013 choose your application key',
    whatToDo: `Choose one of your keys (the live key to bet, the delayed key to test and read prices), ${RETEST} with it so it can be checked.`,
  },
  'create-keys': {
    title: 'Your login works \u2013 create your application keys',
    whatToDo: `Let the wizard create your keys (one delayed, one live), ${RETEST} with one of them.`,
  },
  'key-not-yours': {
    title: 'Your login works, but your bot will be refused until the application key is fixed',
    whatToDo: `The key you typed is not one of your account's keys. Check for a typing mistake or use one of your own keys, ${RETEST}.`,
  },
  'key-refused': {
    title: 'Your login works, but your bot will be refused until the application key is fixed',
    whatToDo: `Betfair refused the key you typed. Check for a typing mistake (a key has no spaces) or use one of your own keys, ${RETEST}.`,
  },
  'key-not-checked': {
    title: 'Your login works, but the application key could not be checked',
    whatToDo:
      'Test again in a few minutes to have the key checked. Your bot can bet only with a live key that Betfair has activated.',
  },
} as const satisfies Record<OwnWordsOutcome, { readonly title: string; readonly whatToDo: string }>;

/** The dashboard's rows of the last test (and the CLI's lines for the same facts). */
export const VERDICT_ROWS = {
  appKey: 'Application key',
  keyNotChosen: 'none chosen yet',
  keyNotYours: 'not one of your keys',
  keyRefused: 'refused by Betfair',
  keyNotChecked: 'not checked',
  keyKindUnknown: 'kind not known',
  appName: (name: string) => `"${name}"`,
  canBet: (yes: boolean) => (yes ? 'can bet: yes' : 'can bet: no'),
  stream: 'Streaming',
  streamAllowed: 'allowed',
  streamNotAllowed: 'not enabled for this key',
  streamFailed: 'could not be checked',
  streamNotChecked: 'not checked',
  keepAlive: 'Keeping the session',
  keepAliveKept: 'checked: the session can be kept alive',
  keepAliveFailed: 'keepAlive failed',
  keepAliveNotChecked: 'not checked',
  details: 'Details of the last test',
} as const;
