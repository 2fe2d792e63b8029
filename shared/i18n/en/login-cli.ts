/** Text of the `bot-login login` command in English. */
import { JURISDICTION_IDS } from '../../jurisdictions.js';
import { ENV } from '../../env-names.js';
import { KEY_KINDS_TEXT } from './app-keys.js';

const PASSWORD_ENV = ENV.password;
const LOGIN_P12_PASSWORD_ENV = ENV.p12Password;

const NO_ARGV_PASSWORD = `Passwords are not accepted on the command line (other users of this computer can see them). Set ${PASSWORD_ENV} (and ${LOGIN_P12_PASSWORD_ENV} for a .p12 file), or run the command in a terminal to be asked.`;

export const CLI_LOGIN_TEXT = {
  summary: 'Test the Betfair bot login with your certificate, and explain the answer',
  help: `Usage: bot-login login --jurisdiction ID (--cert FILE --key FILE | --pem FILE | --p12 FILE)
                       --username NAME [--app-key KEY] [--create-app-keys NAME]
                       [--keep-session] [--json]

Sends one test login to Betfair's certificate login for your jurisdiction, using your
client certificate, and says in plain words what the answer means and what to do next.
When the login works, the same session also lists your account's application keys and,
with --app-key, checks that Betfair accepts that key (a bot needs all four: certificate,
username, password and application key). A successful test session is logged out again
unless --keep-session is given.

Every Betfair account can have two application keys:
  ${KEY_KINDS_TEXT.delayed}
  ${KEY_KINDS_TEXT.live}

Options:
  --jurisdiction ID   where your Betfair account is: ${JURISDICTION_IDS.join(', ')}
                      (international = betfair.com; dk cannot use the bot login)
  --cert FILE         the certificate (.crt), together with --key FILE (the private key)
  --pem FILE          one file holding both certificate and key
  --p12 FILE          a .p12/.pfx file; its password comes from ${LOGIN_P12_PASSWORD_ENV}
  --username NAME     your Betfair username
  --app-key KEY       the application key your bot will use (optional: without it
                      the test lists your keys so you can pick one)
  --create-app-keys NAME
                      when your account has no application keys yet, create them
                      under this name (it must not contain your username)
  --keep-session      do not log the test session out; print its session token
  --json              print one JSON object instead of text; besides the login's answer
                      it has "appKeys" (each {appName, applicationKey, version,
                      delayed, active}), "appKeyCheck" ({status, delayed?, active?,
                      code?, title, explanation, whatToDo}; status is valid, not-yours,
                      refused, not-given or not-checked) and, with --create-app-keys,
                      "appKeysCreation"; "verdict" is the overall outcome (works,
                      works-no-stream, delayed-key, key-inactive, choose-key, create-keys,
                      key-not-yours, key-refused, key-not-checked, login-failed...),
                      "title" and "whatToDo" say it in words; "ok" is true exactly when
                      the exit code is 0

The Betfair password is read from the environment variable ${PASSWORD_ENV}, or asked for
(hidden) when run in a terminal. It is never accepted on the command line.
At most 5 test logins a minute are sent, and none for 20 minutes after Betfair reports
too many logins (this is remembered in the app's data folder).

Exit codes: 0 your bot can log in and bet (a live key Betfair has activated); 1 Betfair
answered with a failure; 2 wrong usage or unusable input; 3 no proper answer (network,
secure connection, time-out, unexpected answer; also when the login works but the key
could not be checked); 4 held back to protect your account (too many tests, Betfair's
20-minute pause, or the short wait after two wrong passwords in a row); 5 the login works but your bot cannot bet with the key yet (no key
given, no keys yet, the delayed key, a live key not active yet, a key refused by Betfair
or not one of yours).
`,
  passwordFlag: NO_ARGV_PASSWORD,
  needJurisdiction: `Say where your Betfair account is with --jurisdiction (${JURISDICTION_IDS.join(', ')}).`,
  badJurisdiction: (value: string): string =>
    `"${value}" is not a jurisdiction this tool knows. Use one of: ${JURISDICTION_IDS.join(', ')}.`,
  needCertificate: 'Say which certificate to use: --cert FILE with --key FILE, or --pem FILE, or --p12 FILE.',
  oneCertificate: 'Give only one certificate: --cert with --key, or --pem, or --p12.',
  certNeedsKey: 'The option --cert needs --key FILE too (the private key that belongs to the certificate).',
  keyNeedsCert: 'The option --key needs --cert FILE too (the certificate the key belongs to).',
  keysHeading: 'Your application keys:',
  keyLine: (key: string, kind: string, appName: string, version: string): string =>
    `  ${key}  ${kind}  (app "${appName}", version ${version})`,
  noKeys:
    'Your account has no application keys yet. Create them with --create-app-keys NAME, for example --create-app-keys "My betting bot".',
  keyKinds: `${KEY_KINDS_TEXT.delayed} ${KEY_KINDS_TEXT.live}`,
  keysNotCreated: (title: string, code: string): string => `Your application keys were not created: ${title} (${code})`,
  needUsername: 'Give your Betfair username with --username.',
  needPassword: `No password: pipe it in with --password-stdin, set ${PASSWORD_ENV}, or run the command in a terminal to be asked for it.`,
  passwordPrompt: (username: string): string => `Betfair password for ${username}: `,
  p12Prompt: 'Password for the .p12 file: ',
  testEndpoint: (origin: string | null): string =>
    `Using a test endpoint${origin ? ` (${origin})` : ''}, not Betfair's real login servers.`,
  successHeading: (title: string): string => `SUCCESS: ${title}`,
  statusHeading: (status: string, title: string): string => `Betfair answered ${status}: ${title}`,
  faultHeading: (title: string, code: string): string => `The test login could not be completed: ${title} (${code})`,
  whatToDo: (text: string): string => `What to do: ${text}`,
  action: (label: string, url: string): string => `${label}: ${url}`,
  loggedOut: 'The test session was logged out again.',
  notLoggedOut: 'The test session could not be logged out; it will end by itself after a while.',
  keptSession: 'The test session was kept open (--keep-session).',
  sessionToken: (token: string): string => `Session token: ${token}`,
  retryAt: (when: string): string => `Next test allowed at: ${when}`,
} as const;
