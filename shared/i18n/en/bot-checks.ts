/**
 * Plain-English texts for the two checks "Test my login" runs on the test session after the key check: may the key
 * stream (Exchange Stream API), and can the session be kept alive (keepAlive). Facts in shared/stream-api.ts;
 * the words are ours. Each entry: a title, what it means, what to do.
 */

const SUPPORT = "Betfair's Developer Support (support.developer.betfair.com)";
const RETRY =
  'Test again in a minute; if it keeps happening, check Betfair’s API status page (status.developer.betfair.com).';

export const STREAM_CHECK_TEXT = {
  allowed: {
    title: 'Your key may stream',
    meaning:
      'The Exchange Stream API accepted your application key and the test session: your bot can receive prices and orders as they change.',
    whatToDo: 'Nothing to do here.',
  },
  skipped: {
    title: 'Not checked this time',
    meaning:
      'This test left out the Exchange Stream API check (--no-stream), so it is not known whether your key may stream.',
    whatToDo: 'Test again without --no-stream to find out.',
  },
  notChecked: {
    title: 'Streaming not checked',
    meaning:
      'Streaming is tried only with an application key that passed the key check, and only when you did not ask to skip it.',
    whatToDo: 'Fix the application key first (see above), then test again to find out whether it may stream.',
  },
  NOT_AUTHORIZED: {
    title: 'Your key may not stream yet',
    meaning:
      'Betfair answered NOT_AUTHORIZED: your application key works for logging in and betting, but it is not enabled for the Exchange Stream API. Bots that read prices through streaming (betfairlightweight, flumine and most others) stop here.',
    whatToDo: (appKey: string, username: string) =>
      `Ask ${SUPPORT} to enable streaming. Write from the email address of your Betfair account, give your application key (${appKey}) and your Betfair username (${username}), and ask: "please enable the Exchange Stream API for this application key". Test again once they answer.`,
  },
  NO_APP_KEY: {
    title: 'The stream got no application key',
    meaning: 'Betfair answered NO_APP_KEY: the stream request arrived without an application key.',
    whatToDo: 'Type your application key in the key field and test again.',
  },
  INVALID_APP_KEY: {
    title: 'The stream refused the application key',
    meaning:
      'Betfair answered INVALID_APP_KEY on the stream, although the key check passed: the key may have been changed or disabled just now.',
    whatToDo:
      'Check the key against the list of your keys and test again; if it persists, ask Betfair’s Developer Support.',
  },
  NO_SESSION: {
    title: 'The stream got no session',
    meaning: 'Betfair answered NO_SESSION: the stream request arrived without a session token.',
    whatToDo: RETRY,
  },
  INVALID_SESSION_INFORMATION: {
    title: 'The stream did not accept the session',
    meaning:
      'Betfair answered INVALID_SESSION_INFORMATION: the session had expired or was logged out before the stream saw it. A bot meets this when it does not keep its session alive.',
    whatToDo: 'Test again. In your bot, call keepAlive regularly and log in again when the session has expired.',
  },
  MAX_CONNECTION_LIMIT_EXCEEDED: {
    title: 'Too many stream connections',
    meaning:
      'Betfair answered MAX_CONNECTION_LIMIT_EXCEEDED: your account already has as many stream connections open as it may.',
    whatToDo:
      'Close the programs or bots that stream with this key (or wait for their connections to close), then test again.',
  },
  MAX_CONNECTION_LIMIT_EXCEEDED_NONE_LEFT: {
    title: 'Another program holds all your stream connections',
    meaning:
      'Betfair answered MAX_CONNECTION_LIMIT_EXCEEDED with no connection left: another program (a bot still running, or one that did not close its connections) holds every stream connection your account may have.',
    whatToDo: 'Stop the other bots or programs that stream with your account, wait a minute, then test again.',
  },
  TOO_MANY_REQUESTS: {
    title: 'Too many stream requests',
    meaning: 'Betfair answered TOO_MANY_REQUESTS: your account opened too many stream connections in a short time.',
    whatToDo: 'Wait a few minutes before testing again, and make your bot reconnect less often.',
  },
  TIMEOUT: {
    title: 'The stream timed out',
    meaning: 'Betfair answered TIMEOUT: the stream connection was closed because it waited too long for a request.',
    whatToDo: RETRY,
  },
  UNEXPECTED_ERROR: {
    title: 'The stream had an unexpected error',
    meaning: 'Betfair answered UNEXPECTED_ERROR: something went wrong on Betfair’s side.',
    whatToDo: RETRY,
  },
  unknownCode: {
    title: 'The stream refused the connection',
    meaning: (code: string) =>
      `Betfair answered with a code this app does not know (${code}): the stream did not accept your key and session.`,
    whatToDo: `Test again later; if it stays, ask ${SUPPORT} what the code means.`,
  },
} as const;

/** When the stream check got no proper answer (no Betfair code): the fault, in words. */
export const STREAM_FAULT_TEXT = {
  TIMEOUT: {
    title: 'The stream did not answer',
    meaning: (host: string) => `The Exchange Stream API at ${host} did not answer in time.`,
  },
  UNEXPECTED_ANSWER: {
    title: 'The stream answered something else',
    meaning: (host: string) =>
      `What came back from ${host} is not the Exchange Stream API's protocol (or is far too long). A proxy or filter on your network may be in the way.`,
  },
  CLOSED_EARLY: {
    title: 'The stream closed the connection',
    meaning: (host: string) => `${host} closed the connection before it said whether your key may stream.`,
  },
  SERVER_CERT_UNTRUSTED: {
    title: 'The stream server is not trusted',
    meaning: (host: string) =>
      `The certificate of ${host} is not one this computer trusts, so nothing was sent. Something on your network may be intercepting secure connections.`,
  },
  CONNECTION_REFUSED: {
    title: 'The stream refused the connection',
    meaning: (host: string) => `Nothing accepted the connection at ${host}.`,
  },
  other: {
    title: 'The stream could not be reached',
    meaning: (host: string) => `The connection to ${host} failed, so streaming could not be checked.`,
  },
  whatToDo:
    'Your login itself works. Check that your network allows connections to stream-api.betfair.com on port 443 (firewalls and proxies sometimes block it), then test again.',
} as const;

export const KEEP_ALIVE_TEXT = {
  kept: {
    title: 'Your session can be kept alive',
    meaning:
      'Betfair accepted keepAlive on the test session: a bot can keep one session going instead of logging in again and again.',
    whatToDo:
      'In your bot, call keepAlive every few hours (the code samples show how) and log in again only when the session has expired.',
  },
  notChecked: {
    title: 'Keeping the session not checked',
    meaning: 'keepAlive was not called in this test.',
    whatToDo: 'Nothing to do here.',
  },
  NO_SESSION: {
    title: 'keepAlive found no session',
    meaning: 'Betfair answered NO_SESSION: the session was not there any more when keepAlive came.',
    whatToDo: 'Test again. In your bot, log in again whenever keepAlive or a call answers NO_SESSION.',
  },
  INPUT_VALIDATION_ERROR: {
    title: 'keepAlive refused the request',
    meaning:
      'Betfair answered INPUT_VALIDATION_ERROR: the session token or the application key was missing or malformed.',
    whatToDo: 'Check the application key for stray spaces and test again.',
  },
  INTERNAL_ERROR: {
    title: 'keepAlive had an error at Betfair',
    meaning: 'Betfair answered INTERNAL_ERROR: something went wrong on Betfair’s side.',
    whatToDo: RETRY,
  },
  unknown: {
    title: 'keepAlive did not work',
    meaning: (code: string) => `keepAlive gave no usable answer (${code}).`,
    whatToDo: RETRY,
  },
} as const;

/** The results panel in the test step. */
export const BOT_CHECKS_UI = {
  heading: 'What else your bot needs',
  stream: 'Streaming',
  keepAlive: 'Keeping the session',
  host: (host: string) => `Exchange Stream API: ${host}`,
  requestHeading: 'What to write to Developer Support (in English)',
  supportAction: 'Open Betfair Developer Support',
  yourKey: 'your application key',
  yourUsername: 'your Betfair username',
} as const;

/** The CLI's text output for the two checks. */
export const BOT_CHECKS_CLI = {
  stream: (title: string, host: string) => `Streaming (${host}): ${title}`,
  keepAlive: (title: string) => `Keeping the session (keepAlive): ${title}`,
  request: (message: string) => `  Write: ${message}`,
  noStreamFlag: 'Skip the Exchange Stream API check.',
  requireStreamFlag: 'Exit 5 when the key may not stream (NOT_AUTHORIZED and the other refusals).',
} as const;

/** The comments the code samples carry about keeping their session (electron/core/snippets.ts). */
export const SNIPPET_SESSION_TEXT = {
  keepAlive:
    'Keep one session: call keepAlive every few hours instead of logging in again (Betfair writes to people who log in too often).',
  relogin: 'Log in again only when Betfair says the session is gone (NO_SESSION or INVALID_SESSION_INFORMATION).',
  rate: 'Never more than a few logins a minute: a bot that loops on login gets locked out for 20 minutes.',
  loop: 'Run this from the loop of your bot, next to its own work; on its own, the example only keeps the session.',
  curlKeepAlive: 'keepAlive with the session token of the login above (put it in BETFAIR_SESSION):',
} as const;
