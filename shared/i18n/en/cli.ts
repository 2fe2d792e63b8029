/** Command-line text (argument parsing, generate, inspect) in English. */
import { ENV } from '../../env-names.js';

const P12_PASSWORD_ENV = ENV.p12Password;

export const CLI_ARGS_TEXT = {
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
} as const;

export const CLI_GENERATE_TEXT = {
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
} as const;

export const CLI_INSPECT_TEXT = {
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
    m === null ? '' : m ? '  Private key:  matches the certificate' : '  Private key:  does NOT match the certificate',
  usable: 'Usable: yes. Betfair can use these files for the bot login.',
  notUsable: 'Usable: no.',
  error: (message: string) => `  Problem: ${message}`,
  warning: (message: string) => `  Note: ${message}`,
  failed: (message: string) => `Could not check the files: ${message}`,
} as const;
