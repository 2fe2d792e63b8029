/**
 * Plain-English texts for everything that stops a test login before Betfair gives a proper answer:
 * network and TLS faults, the Danish refusal, the app's own login guard, and certificate-file problems.
 */
import type { FaultCode, FaultDetail, FindingCode } from '../../codes.js';
import { ENV } from '../../env-names.js';
import type { FaultText } from '../text-types.js';

const theServer = (d: FaultDetail): string => (d.host ? d.host : "Betfair's login server");
const NOTHING_SENT = 'Your password was not sent.';
const INTERCEPT =
  'A proxy, an antivirus program that scans secure connections, or a company firewall in between is the usual cause.';

const FAULT_TEXT_DEF = {
  DNS_NOT_FOUND: {
    title: "Betfair's login server could not be found",
    meaning: (d) => `Your computer could not look up the address of ${theServer(d)}. ${NOTHING_SENT}`,
    whatToDo: () =>
      'Check that you are online (open any website). If you are, wait a minute and try again; on a work or public network, ask whoever runs it whether Betfair is blocked.',
  },
  CONNECTION_REFUSED: {
    title: 'The connection was refused',
    meaning: (d) => `${theServer(d)} refused the connection. ${NOTHING_SENT}`,
    whatToDo: () =>
      'Check your internet connection and any firewall on this computer. Betfair may also be briefly unavailable: try again in a few minutes.',
  },
  CONNECTION_RESET: {
    title: 'The connection was cut off',
    meaning: (d) =>
      `The connection to ${theServer(d)} was cut off before an answer came. A firewall, proxy or antivirus, or an unstable network, can do this.`,
    whatToDo: () =>
      'Try again. If it happens again, try another network, or pause the web protection of your antivirus for the test.',
  },
  TIMEOUT: {
    title: 'No answer in time',
    meaning: (d) =>
      `${theServer(d)} did not answer within ${d.seconds ?? 30} second${d.seconds === 1 ? '' : 's'}. The network may be slow or blocking the connection.`,
    whatToDo: () => 'Check your internet connection and try again in a few minutes.',
  },
  SERVER_CERT_UNTRUSTED: {
    title: 'The connection could not be trusted',
    meaning: (d) =>
      `The server that answered for ${theServer(d)} could not prove it is Betfair: its certificate is not from an authority your computer trusts. ${INTERCEPT} ${NOTHING_SENT}`,
    whatToDo: () =>
      'Switch off "HTTPS scanning" (sometimes called "web shield" or "SSL inspection") in your antivirus for this test, or try from another network. Do not ignore this warning in other programs either.',
  },
  SERVER_CERT_WRONG_HOST: {
    title: 'The connection reached the wrong server',
    meaning: (d) =>
      `The server that answered has a certificate for a different name than ${theServer(d)}. ${INTERCEPT} ${NOTHING_SENT}`,
    whatToDo: () =>
      'Switch off "HTTPS scanning" in your antivirus for this test, or try from another network. If you use a custom hosts file or DNS, check it.',
  },
  CLIENT_CERT_REJECTED: {
    title: 'Your certificate was refused while connecting',
    meaning: (d) =>
      `The server refused your certificate while setting up the secure connection${d.tlsAlert ? ` (it said "${d.tlsAlert}")` : ''}, so the login could not be checked.`,
    whatToDo: () =>
      'Check the certificate with "bot-login inspect" (it must be an RSA certificate for client use that has not expired, with its matching key). If in doubt, make a new one, upload it to your Betfair account and test again.',
  },
  PROXY: {
    title: 'A proxy may be in the way',
    meaning: (d) =>
      `This computer is set to use a proxy${d.proxy ? ` (${d.proxy})` : ''}, but this app connects to Betfair directly, and the direct connection failed${d.cause ? `: ${d.cause}` : ''}.`,
    whatToDo: () =>
      "Test from a network that allows direct connections, or ask whoever runs your network to allow direct access to Betfair's login servers (port 443).",
  },
  UNEXPECTED_ANSWER: {
    title: 'Unexpected answer from the server',
    meaning: (d) => {
      const parts = [d.httpStatus !== undefined ? `HTTP status ${d.httpStatus}` : '', d.reason ?? ''].filter((p) => p);
      return `The server answered, but not with ${d.expected ?? 'a login answer'}${parts.length ? ` (${parts.join(': ')})` : ''}.`;
    },
    whatToDo: () =>
      "Betfair may be having a problem: wait a few minutes and try again. On a work network, a proxy may be answering in Betfair's place.",
  },
  BOT_LOGIN_NOT_AVAILABLE: {
    title: 'Bot login is not available in Denmark',
    meaning: () =>
      'Betfair does not offer the certificate (bot) login to Danish residents: Danish accounts must use the interactive login. No request was sent.',
    whatToDo: () =>
      "Have your app use Betfair's interactive login instead. If you do not live in Denmark, choose the country where you opened your Betfair account.",
  },
  GUARD_RATE_LIMITED: {
    title: 'Too many tests in one minute',
    meaning: (d) =>
      `To keep your account well away from Betfair's login limits, this app sends at most ${d.limit ?? 5} test logins a minute. Nothing was sent.`,
    whatToDo: (d) => `Wait ${d.secondsLeft ?? 60} second${d.secondsLeft === 1 ? '' : 's'}, then try again.`,
  },
  GUARD_BANNED: {
    title: 'Paused: Betfair blocked logins for 20 minutes',
    meaning: () =>
      'Betfair answered that too many logins were made, and refuses new logins for 20 minutes. This app sends no test login until then. Nothing was sent.',
    whatToDo: (d) =>
      `Wait about ${d.minutesLeft ?? 20} more minute${d.minutesLeft === 1 ? '' : 's'}, and make sure no bot logs in with this account meanwhile.`,
  },
  GUARD_PASSWORD_CHECK: {
    title: 'Two wrong passwords in a row: check it first',
    meaning: () =>
      'Betfair did not accept the username and password twice in a row, and more wrong tries can lock the account. Nothing was sent this time.',
    whatToDo: (d) =>
      `Log in on Betfair's website in your browser to check your username and password (or reset the password). Then wait ${d.secondsLeft ?? 30} second${d.secondsLeft === 1 ? '' : 's'} and test again; in the app, press "I have checked it, test again".`,
  },
  GUARD_BUSY: {
    title: 'Another test login is being counted',
    meaning: () =>
      'Another copy of this app or of bot-login was updating the record of recent test logins for too long, so this test was held back. Nothing was sent.',
    whatToDo: () => 'Try again in a few seconds.',
  },
  NETWORK_ERROR: {
    title: 'Could not reach Betfair',
    meaning: (d) => `The connection to ${theServer(d)} failed.`,
    whatToDo: () => 'Check your internet connection and try again in a few minutes.',
  },
  TLS_ERROR: {
    title: 'The secure connection failed',
    meaning: (d) => `The secure connection to ${theServer(d)} could not be set up. ${INTERCEPT}`,
    whatToDo: () => 'Try again from another network, or switch off the HTTPS scanning of your antivirus for the test.',
  },
  CERTIFICATE_PROBLEM: {
    title: 'Your certificate files could not be used',
    meaning: () => 'The certificate or key files for the login could not be read or do not fit together.',
    whatToDo: () => 'Check the files with "bot-login inspect", or make a new certificate, upload it and test again.',
  },
  DATA_DIR_UNWRITABLE: {
    title: 'The login counter could not be saved',
    meaning: () =>
      "This app keeps a small record of recent test logins so it never trips Betfair's limits, and it could not save it. Nothing was sent.",
    whatToDo: () => 'Check that the app may write to its data folder (free disk space, permissions), then try again.',
  },
  DATA_DIR_SHARED: {
    title: 'The data folder is not yours alone',
    meaning: () =>
      `The folder set in ${ENV.dataDir} belongs to another user, or anyone on this computer may change what is in it, so the app keeps nothing there and did not test the login. Nothing was sent, and the folder was left as it was.`,
    whatToDo: () => `Set ${ENV.dataDir} to a folder only you can write to (or remove the setting), then try again.`,
  },
  TEST_ENDPOINT_INVALID: {
    title: 'The test endpoint setting is not usable',
    meaning: () =>
      `${ENV.ssoOrigin} must be an https address (such as https://127.0.0.1:8443), and ${ENV.ssoCa} a readable PEM certificate file that goes with it (it is trusted for that test address only, so it does nothing alone).`,
    whatToDo: () => 'Fix or remove these settings (they are only for testing), then try again.',
  },
  APP_KEY_INVALID: {
    title: 'Check the application key',
    meaning: () =>
      "An application key is made of letters and digits (and perhaps '-' or '_'), with no spaces, line breaks, accented letters or other signs, and is at most 256 characters long. Nothing was sent.",
    whatToDo: () =>
      'Copy the key again from the Betfair account page that lists your application keys (the "Application Key" column), or leave it empty.',
  },
  TEST_ENDPOINT_NOT_LOCAL: {
    title: 'The test endpoint must be on this computer',
    meaning: () =>
      `${ENV.ssoOrigin} points the test login somewhere other than this computer (only 127.0.0.1, ::1 or localhost are allowed), so the login was refused before your password was read or anything was sent.`,
    whatToDo: () =>
      `Remove ${ENV.ssoOrigin} and ${ENV.ssoCa} from the environment (they are only for testing). If you did not set them, something else on this computer did: find out what.`,
  },
  LOGIN_FAILED_UNEXPECTEDLY: {
    title: 'The test login stopped unexpectedly',
    meaning: () => 'Something unexpected went wrong in this app during the test login.',
    whatToDo: () => 'Try again. If it keeps happening, restart the app; if that does not help, report it.',
  },
  INPUT_MISSING: {
    title: 'Something is missing',
    meaning: () => 'The username and the password are both needed for a test login.',
    whatToDo: () => 'Fill in the missing field and try again.',
  },
} satisfies Record<FaultCode, FaultText>;

export const FAULT_TEXT: Readonly<Record<FaultCode, FaultText>> = FAULT_TEXT_DEF;

/** Words for UNEXPECTED_ANSWER's `reason`. */
export const UNEXPECTED_REASONS = {
  notJson: 'the answer was not in the expected format',
  empty: 'the answer was empty',
  tooLarge: 'the answer was far larger than a login answer',
  noStatus: 'the answer had no login status in it',
  oddStatus: 'the login status in the answer was not one Betfair uses',
  oddToken: 'the session token in the answer held characters no session token has',
  httpError: 'the server reported an error',
} as const;

/** Words for a PROXY fault's `cause`. */
export const PROXY_CAUSES = {
  DNS_NOT_FOUND: 'the server name could not be looked up',
  CONNECTION_REFUSED: 'the connection was refused',
  CONNECTION_RESET: 'the connection was cut off',
  TIMEOUT: 'no answer came in time',
} as const;

/** Titles for a fault code nobody has words for yet. */
export const UNKNOWN_FAULT_TEXT = {
  title: 'The test login could not be completed',
  meaning: (code: string): string => `Something went wrong before Betfair could answer (code ${code}).`,
  whatToDo: 'Try again in a few minutes. If it keeps happening, report the code shown here.',
} as const;

/** Titles for the certificate-file errors of the certificate engine (its message says what happened). */
/** What to do when a .p12 file's password is missing or wrong: that file's password, nothing else. */
export const CREDENTIAL_PASSWORD_WHAT_TO_DO: string =
  'Type the password of that .p12 file again, exactly as it was chosen (for a file from a bot kit, the one chosen when the kit was made). The certificate does not need to be made again for this.';

export const CREDENTIAL_FAULT_TITLES: Readonly<Partial<Record<FindingCode, string>>> = {
  FILE_NOT_FOUND: 'A certificate file is missing',
  P12_PASSWORD_NEEDED: 'The .p12 file needs its password',
  P12_WRONG_PASSWORD: 'Wrong password for the .p12 file',
  P12_TOO_MUCH_WORK: 'The .p12 file asks for too much work to open',
  KEY_MISMATCH: 'The key does not belong to the certificate',
  EXPIRED: 'The certificate has expired',
  NOT_YET_VALID: 'The certificate is not valid yet',
  NO_KEY: 'No private key found',
  NO_CERTIFICATE: 'No certificate found',
  KEY_ENCRYPTED: 'The private key is password-protected',
  NO_PERMISSION: 'A certificate file could not be opened',
  UNREADABLE: 'A certificate file could not be read',
  NO_CLIENT_AUTH: 'The certificate is not made for logging in',
};
