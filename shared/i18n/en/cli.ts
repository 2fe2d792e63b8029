/**
 * The CLI's words in one table (CLI_TEXT): its commands' help, usage and refusals, what `bot-login login` prints,
 * and its own words where the app's speak of the window (fields, buttons, steps), put in place by
 * electron/cli/terminal-words.ts. The English table is the model every language follows.
 */
import { ENV } from '../../env-names.js';
import { JURISDICTION_IDS } from '../../jurisdictions.js';
import { KEY_KINDS_TEXT, type APP_KEY_CHECK_TEXT } from './app-keys.js';
import type { FaultCode, LoginStatus } from '../../codes.js';
import type { AppKeyText, StatusText } from '../text-types.js';

const P12_PASSWORD_ENV = ENV.p12Password;

const PASSWORD_ENV = ENV.password;

const NO_ARGV_PASSWORD = `Passwords are not accepted on the command line (other users of this computer can see them). Set ${PASSWORD_ENV} (and ${P12_PASSWORD_ENV} for a .p12 file), or run the command in a terminal to be asked.`;

const LOGIN_WORKS = 'Your certificate, username and password work.';

const FIX_KEY_FIRST = 'Until the key is fixed, Betfair will refuse your bot on its first call with INVALID_APP_KEY.';

const USE_LISTED = 'Pick one of your own keys listed below and run the command again with --app-key KEY.';

const NEW_CERTIFICATE = 'Make a new certificate with "bot-login generate".';

const KIT_PASSWORD_ENV = ENV.kitPassword;

export const CLI_TEXT = {
  args: {
    unknownFlag: (flag: string): string => `Unknown option "${flag}". Run the command with --help to see its options.`,
    noValueAllowed: (name: string): string => `The option --${name} is a switch and takes no value.`,
    valueNeeded: (name: string): string => `The option --${name} needs a value after it.`,
    givenTwice: (name: string): string => `The option --${name} was given more than once; give it once.`,
    tooFewPositionals: (min: number): string =>
      min === 1 ? 'This command needs at least one file name.' : `This command needs at least ${min} file names.`,
    unexpectedPositional: (arg: string): string =>
      `Unexpected "${arg}". Run the command with --help to see how to use it.`,
    /** The title and next step of a usage error in --json output. */
    usageTitle: 'Wrong usage',
    usageWhatToDo: (command: string): string => `Run "bot-login ${command} --help" to see how to use it.`,
    unknownLanguage: (value: string, choices: readonly string[]): string =>
      `The language "${value}" is not available. Choose one of: ${choices.join(', ')}.`,
    unknownCommand: (name: string): string => `Unknown command "${name}".`,
    /** The top-level help; the list of commands (each with its summary) goes between the two parts. */
    topHelpStart:
      'Usage: bot-login <command> [options]\n\nSets up and checks the Betfair Exchange non-interactive (bot) login.\n\nCommands:',
    topHelpEnd:
      'Options of every command:\n' +
      '  --lang LANG   the language of the text: en, it, es, ro or sv (default: from LC_ALL, LC_MESSAGES or LANG)\n' +
      '  --json        print one JSON object instead of text\n\n' +
      'Run "bot-login <command> --help" for the options of a command.',
    unexpected: 'Something unexpected went wrong. Please try again; if it keeps happening, report it.',
  } as const,
  generate: {
    summary: 'Make a new key and client certificate for the Betfair bot login',
    help: `Usage: bot-login generate --dir DIR [options]

Makes a new RSA 2048 key and a self-signed client certificate in DIR:
  client-2048.crt   the certificate: upload this one to Betfair
  client-2048.key   the private key (keep it secret)
  client-2048.pem   certificate and key in one file
  client-2048.p12   both, password-protected (only when ${P12_PASSWORD_ENV} is set)

Options:
  --dir DIR               folder for the files (created if missing)
  --common-name NAME      name on the certificate (default "Betfair bot login")
  --organization TEXT     optional organisation name
  --country CC            optional two-letter country code
  --email ADDRESS         optional email address
  --days N                days the certificate is valid, 1 to 3650 (default 365)
  --jurisdiction ID       your Betfair site (international, au, it, es, ro, se), for the
                          address of its security page where the certificate is uploaded
  --force                 if certificate files are already there, move them to a dated
                          backup folder inside DIR and make new ones
  --json                  print one JSON object instead of text

The .p12 password is read only from the environment variable ${P12_PASSWORD_ENV}.

Exit codes: 0 made, 1 could not make them (the reason is printed), 2 wrong usage.
`,
    passwordFlag: `Passwords are not accepted on the command line (other users can see them). Set ${P12_PASSWORD_ENV} instead.`,
    noDir: 'Say where to put the files with --dir DIR.',
    forceHint:
      'To replace them, run the command again with --force: the old files move to a dated backup folder inside DIR. If a bot logs in with these files, use bot-login renew --dir DIR instead: it makes the new ones beside them, so the bot keeps running.',
    badDays: 'The number of days must be a whole number from 1 to 3650.',
    made: (dir: string) => `Made a new certificate in ${dir}`,
    fileCrt: 'upload this one to Betfair',
    fileKey: 'private key: keep it secret',
    filePem: 'certificate and key in one file',
    fileP12: 'certificate and key, protected by your password',
    noP12: `No .p12 made (set ${P12_PASSWORD_ENV} to get one).`,
    fingerprint: (fp: string) => `SHA-256 fingerprint: ${fp}`,
    validUntil: (date: string, days: number) => `Valid until ${date} (${days} days).`,
    backup: (dir: string) => `The previous files were moved to ${dir}`,
    nextStep: (url: string) =>
      `Next: upload client-2048.crt on your Betfair account's security page, then test the login:\n  ${url}`,
    otherSites:
      "Another Betfair site (betfair.com.au, .it, .es, .ro or .se)? Upload it on that site's own security page: add --jurisdiction ID to see its address.",
    failed: (message: string) => `Could not make the certificate: ${message}`,
  } as const,
  inspect: {
    summary: 'Check certificate and key files and say whether Betfair can use them',
    help: `Usage: bot-login inspect FILE [FILE...] [--json]

Checks certificate and key files: a .crt/.cer with its .key, a .pem holding both,
or a .p12/.pfx (its password is read from the environment variable ${P12_PASSWORD_ENV}).
Says whether they make a pair Betfair's bot login can use, and if not, why.

Options:
  --json    print one JSON object instead of text

Exit codes: 0 usable, 1 not usable (the reasons are printed), 2 wrong usage.
`,
    passwordFlag: `Passwords are not accepted on the command line (other users can see them). Set ${P12_PASSWORD_ENV} instead.`,
    passwordPrompt: 'Password for the .p12 file: ',
    passwordHint: `To give the .p12 password, set the environment variable ${P12_PASSWORD_ENV} and run the command again.`,
    certificate: 'Certificate',
    subject: (s: string) => `  Name:         ${s}`,
    issuer: (s: string, self: boolean) => `  Issued by:    ${self ? 'itself (self-signed)' : s}`,
    serial: (s: string) => `  Serial:       ${s}`,
    fingerprint: (fp: string) => `  SHA-256:      ${fp}`,
    validity: (from: string, to: string, days: number) =>
      `  Valid:        ${from} to ${to} (${days >= 0 ? `${days} days left` : `ran out ${-days} days ago`})`,
    keyLine: (type: string, bits: number | null) => `  Key:          ${type}${bits ? ` ${bits} bits` : ''}`,
    clientAuth: (yes: boolean) => `  Client login: ${yes ? 'allowed' : 'NOT allowed'}`,
    keyMatches: (m: boolean | null) =>
      m === null
        ? ''
        : m
          ? '  Private key:  matches the certificate'
          : '  Private key:  does NOT match the certificate',
    usable: 'Usable: yes. Betfair can use these files for the bot login.',
    notUsable: 'Usable: no.',
    error: (message: string) => `  Problem: ${message}`,
    warning: (message: string) => `  Note: ${message}`,
    failed: (message: string) => `Could not check the files: ${message}`,
  } as const,
  login: {
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
  --p12 FILE          a .p12/.pfx file; its password comes from ${P12_PASSWORD_ENV}
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
    keysNotCreated: (title: string, code: string): string =>
      `Your application keys were not created: ${title} (${code})`,
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
  } as const,
  passwordStdin: {
    help: `
The password from a script:
  --password-stdin    read the Betfair password from standard input (the first line),
                      e.g.  pass show betfair | bot-login login ... --password-stdin
                      This is safer than ${ENV.password}: on Linux an environment
                      variable stays readable in /proc/<pid>/environ (to your own user
                      and root) for the whole run, even though the command removes it
                      from its own environment as soon as it has read it.
`,
    empty:
      'No password came on standard input (--password-stdin): pipe it in, e.g. pass show betfair | bot-login login ...',
    tooLong: 'What came on standard input is far too long to be a password (--password-stdin reads one line).',
    noLine: (seconds: number) =>
      `No line came on standard input within ${seconds} seconds (--password-stdin waits for the first line only): pipe the password in followed by a line break, e.g. pass show betfair | bot-login login ...`,
    terminal:
      'Standard input is this terminal, where --password-stdin would show what you type. Leave out --password-stdin: the command then asks for the password at a hidden prompt.',
  } as const,
  /** The key check's words for a terminal, per entry of APP_KEY_CHECK_TEXT (entries left out read the same). */
  keyCheck: {
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
  } as const satisfies Partial<Record<keyof typeof APP_KEY_CHECK_TEXT, Partial<AppKeyText>>>,
  /** What to do after a loginStatus, for a terminal, where the app's words name its screens. */
  status: {
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
  } as const satisfies Partial<Record<LoginStatus, StatusText>>,
  /** What to do after a fault, for a terminal (faults left out read the same as in the app). */
  fault: {
    BOT_LOGIN_NOT_AVAILABLE:
      "Have your bot use Betfair's interactive login instead. If you do not live in Denmark, run the command again with --jurisdiction set to the country where you opened your Betfair account.",
    APP_KEY_INVALID:
      'Copy the key again from the Betfair account page that lists your application keys (the "Application Key" column), or leave --app-key out.',
    DATA_DIR_UNWRITABLE: `Check that you may write to the data folder (free disk space, permissions), or set ${ENV.dataDir} to a folder of your own, then run the command again.`,
    LOGIN_FAILED_UNEXPECTEDLY: 'Run the command again. If it keeps happening, report it.',
    INPUT_MISSING: `Give your username with --username and the password in ${ENV.password} (or type it when asked, in a terminal), then run the command again.`,
  } as const satisfies Partial<Record<FaultCode, string>>,
  /** Certificate findings and errors whose app words point at the app's own screens. */
  certificate: {
    p12PasswordNeeded: (file: string) => `"${file}" is protected by a password.`,
    notRsa: `This certificate uses a kind of key (not RSA) that Betfair does not accept. ${NEW_CERTIFICATE}`,
    rsaSize: (bits: number) => `This key is ${bits} bits long; Betfair asks for 2048 bits. ${NEW_CERTIFICATE}`,
    noClientAuth: `This certificate is not allowed to be used to log in (it is not a client certificate). ${NEW_CERTIFICATE}`,
    notUsable: 'These certificate files cannot be used for logging in. Check them with "bot-login inspect FILE...".',
    keyFailed: 'A new key could not be made. Run the command again; if it keeps failing, report it.',
    invalidEmail: 'The email address does not look right. Check it, or leave --email out.',
  } as const,
  /** `bot-login renew`: the renewal's steps for a terminal (shared/renewal.ts). */
  renew: {
    summary: 'Renew the certificate beside the working one, so the bot keeps running',
    help: `Usage: bot-login renew --dir DIR [--finish | --cancel] [--json]

Renews the certificate in DIR (the folder with client-2048.crt and client-2048.key) without
stopping the bot. Betfair keeps one certificate per account: once the new one is uploaded, the
old one stops logging in, so the order matters.

  bot-login renew --dir DIR           makes the new set in DIR/renewal-DATE (the working files
                                      are not touched), with the bot's replacement files in
                                      DIR/renewal-DATE/for-the-bot/certs/, and prints the steps;
                                      run again, it shows the renewal under way
  bot-login renew --dir DIR --finish  after the test with the new certificate passed: the new
                                      set takes the working files' names in DIR, the old set
                                      moves to DIR/old-certificates (owner-only)
  bot-login renew --dir DIR --cancel  back to the working set; the unused new set moves to
                                      DIR/old-certificates

Options:
  --json   print one JSON object instead of text

Exit codes: 0 done, 1 could not do it (the reason is printed), 2 wrong usage.
`,
    noDir: 'Say which folder holds the working certificate with --dir DIR.',
    bothFlags: 'Give --finish or --cancel, not both.',
    noWorking: (dir: string) =>
      `There is no certificate (client-2048.crt) in ${dir}. Give the folder your working certificate is in.`,
    noRenewal: (dir: string) => `No renewal is under way in ${dir}. Start one with: bot-login renew --dir ${dir}`,
    started: (dir: string) =>
      `Made the new certificate beside the working one, in ${dir}. Your working files are untouched.`,
    resumed: (dir: string) => `A renewal is under way in ${dir}: the new certificate is not made current yet.`,
    newCertificate: (name: string, fingerprint: string, date: string) =>
      `New certificate:     ${name} (fingerprint begins ${fingerprint}), valid until ${date}`,
    working: (name: string, date: string) => `Your bot still uses: ${name}, runs out on ${date}`,
    stepsHeading: 'In this order:',
    stepUpload: (crt: string) =>
      `  1. Upload ${crt} on your Betfair account's security page. From then on only the new certificate logs in; a bot already logged in keeps its session.`,
    stepBotFiles: (dir: string, files: string) =>
      `  2. Right after, on the bot's machine, replace ${files} in the bot's folder with the files in ${dir} (same names: no path changes).`,
    kitFound: (kit: string) => `Kit made for the working certificate: ${kit} (replace its certs/ files)`,
    stepTest: (command: string) => `  3. Test the new certificate: ${command}`,
    stepFinish: (command: string) => `  4. Once that test passes, make the new set the current one: ${command}`,
    cancelHint: (command: string) => `To go back to the working set at any point: ${command}`,
    finished: (dir: string) => `The new certificate is now the current one in ${dir}, under the same file names.`,
    botFilesAgain: (dir: string) =>
      `If not done yet, replace certs/client-2048.crt and certs/client-2048.key in the bot's folder with the files in ${dir}.`,
    archived: (dir: string) =>
      `The old certificate is in ${dir} (owner-only). Delete it once your bot has logged in with the new one.`,
    cancelled: (archive: string) =>
      `Back to the working certificate, unchanged. The unused new set moved to ${archive}. If you already uploaded the new certificate, upload the working one again.`,
    failed: (message: string) => `Could not renew the certificate: ${message}`,
  },
  /** The CLI's text output for the two checks. */
  botChecks: {
    stream: (title: string, host: string) => `Streaming (${host}): ${title}`,
    keepAlive: (title: string) => `Keeping the session (keepAlive): ${title}`,
    request: (message: string) => `  Write: ${message}`,
    noStreamFlag: 'Skip the Exchange Stream API check.',
    requireStreamFlag: 'Exit 5 when the key may not stream (NOT_AUTHORIZED and the other refusals).',
  } as const,
  /** `bot-login kit`. */
  kit: {
    summary: 'Make a bot kit: the certificate in the form your bot framework wants, a login check and a README',
    help: `Usage: bot-login kit --framework NAME --dir DIR (--cert FILE --key FILE | --pem FILE | --p12 FILE)
                      --jurisdiction ID --username NAME --app-key KEY

Writes a new folder inside DIR (bot-kit-NAME-DATE, never over an earlier kit) with what a bot
on another machine needs:
  betfairlightweight, flumine   certs/ with the .crt and .key, .env.example, check_login.py, kit_settings.py
  dotnet                        a .pfx locked with a password you choose, Program.cs
  java                          a .p12 keystore locked with a password you choose, CheckLogin.java
  node                          certs/ with the .crt and .key, check-login.mjs
and in every kit a README.txt in your language and bot-login.cjs (this command line as one file).

Options:
  --framework NAME      betfairlightweight, flumine, dotnet, java or node
  --dir DIR             the folder to write the kit in (usually the certificate's folder)
  --cert FILE --key FILE, --pem FILE or --p12 FILE
                        the certificate and key you log in with
  --jurisdiction ID     international, au, it, es, ro or se
  --username NAME       your Betfair username
  --app-key KEY         your application key
  --legacy-keystore     dotnet, java: lock the .pfx/.p12 the old way (3DES, SHA-1), for
                        readers older than those listed in docs/bot-kit.md (the default
                        is AES-256 with PBKDF2 and a SHA-256 MAC)
  --json                print one JSON object instead of text

Passwords are never accepted on the command line. The password for the new .pfx/.p12 (dotnet,
java) is read from ${KIT_PASSWORD_ENV}, else asked twice on a terminal; the password of a --p12
file from ${P12_PASSWORD_ENV}, else asked.

Exit codes: 0 written, 1 could not write it (the reason is printed), 2 wrong usage.
`,
    passwordFlag: `Passwords are not accepted on the command line (other users can see them). Set ${KIT_PASSWORD_ENV} or ${P12_PASSWORD_ENV} instead.`,
    needFramework:
      'Say which framework the bot uses with --framework: betfairlightweight, flumine, dotnet, java or node.',
    badFramework: (name: string) =>
      `There is no framework "${name}". Choose betfairlightweight, flumine, dotnet, java or node.`,
    noDir: 'Say where to write the kit with --dir DIR.',
    needAppKey: 'Give your application key with --app-key KEY.',
    kitPasswordPrompt: 'Choose a password for the key file: ',
    kitPasswordAgain: 'The same password again: ',
    kitPasswordsDiffer: 'The two passwords are not the same. Run the command again.',
    kitPasswordNeeded: `Set ${KIT_PASSWORD_ENV} to the password for the key file (.NET and Java need one), or run the command on a terminal to be asked.`,
    p12Prompt: 'Password for the .p12 file: ',
    made: (dir: string) => `Made the bot kit in ${dir}`,
    noCli: 'bot-login.cjs was not found next to this command line: the README says where to download it.',
    readNext: 'Next: read README.txt in the kit, then copy the folder to the machine your bot runs on.',
    failed: (message: string) => `Could not make the kit: ${message}`,
  } as const,
} as const;
