/** The bot kit in English: its README.txt, the dashboard's "Set up my bot" and `bot-login kit`. */
import { ENV } from '../../env-names.js';

const PASSWORD_ENV = ENV.password;
const P12_PASSWORD_ENV = ENV.p12Password;

/** README.txt, written into every kit. Placeholders are file names, commands and codes. */
export const KIT_README_TEXT = {
  title: (framework: string) => `Bot kit for ${framework}: your Betfair bot login, ready for the server`,
  made: (date: string, site: string) => `Made on ${date} by Bot Login Wizard, for an account on ${site}.`,
  privateKey:
    'This folder holds your private key. Copy it only to your own machine, the one your bot runs on. Never send it by email or chat, and never put it in a shared place (a Git repository, a shared drive): anyone with the key and your password can log in as you.',
  noSecrets: 'Your Betfair password and any session are not in this folder: you add the password on the server.',
  modesOwnerOnly:
    'The files holding the key can be read by you only (file mode 0600). Keep them so on the server: chmod 600 FILE.',
  modesWindows:
    'Windows has no file modes such as 0600: these files follow the access rules of the folder they are in. Keep the folder in your own user folder; on a Linux server, make the key files readable by the bot only (chmod 600 FILE).',
  /** The README as the app's file list names it (in the README itself it is "this file"). */
  readmeInApp: 'how to set it up on the server, in your language',
  filesHeading: 'What is in this folder',
  files: {
    certificate: 'the certificate (public: the one uploaded to Betfair)',
    privateKey: 'the private key: keep it secret',
    keystore: 'certificate and key in one file, locked with the password you chose: keep it secret',
    envExample:
      'your settings for kit_settings.py, with your application key filled in: copy it to .env and add your password',
    settings: 'the settings your bot and the check share: reads .env and finds certs/ beside it',
    check: 'a short check: log in, keep the session alive once, read your funds, log out',
    project: 'the project file, so that "dotnet run" can build Program.cs',
    readme: 'this file',
    oneFileCli: 'the bot-login command line as one file: tests the login from the server',
  },
  stepsHeading: 'On the server, in three steps',
  stepCopy: (folder: string) =>
    `1. Copy this whole folder to the server, for example: scp -r ${folder} you@your-server:~/  and on the server: chmod 700 ~/${folder}`,
  stepSecretsPython: (envVar: string, passwordVar: string) =>
    `2. Copy .env.example to .env and write your Betfair password between the quotes after ${passwordVar}= (${envVar} already holds your application key). Then: chmod 600 .env. Nothing needs to be exported in the shell.`,
  stepSecretsKeystore: (passwordVar: string, keystoreVar: string) =>
    `2. Give the check your secrets as environment variables, never in the code: ${passwordVar} (your Betfair password) and ${keystoreVar} (the password you chose for the key file).`,
  stepSecretsNode: (passwordVar: string) =>
    `2. Give the check your Betfair password in the environment variable ${passwordVar}, never in the code.`,
  stepRun: (command: string) => `3. From this folder, run the check: ${command}`,
  checkSays:
    'The check says what happened at each step and ends with OK or with the code Betfair answered (see below). It never prints your password or the session token.',
  checkPathPython:
    'Its first line says how it logged in: through betfairlightweight (when it is installed: the same code as your bot) or through requests.',
  needs: (tools: string) => `It needs ${tools}.`,
  inYourBotHeading: 'In your bot',
  inYourBotPython: (lines: string) =>
    `Put your bot's .py file in this folder (or copy kit_settings.py, .env and certs/ beside it). These lines read the same .env as the check and find certs/ beside kit_settings.py wherever the folder is; nothing to export:\n${lines}`,
  inYourBotKeystore: (file: string) =>
    `Open ${file} the way the check does, with the password read from the environment.`,
  inYourBotNode: 'Pass the certificate and the key to the https request the way the check does.',
  cliHeading: 'Test with the one-file command line',
  cliIncluded:
    'bot-login.cjs needs only Node.js 20 or newer: nothing to install. It asks for your Betfair password (or reads it from ' +
    PASSWORD_ENV +
    ') and says in plain words what Betfair answered. From this folder:',
  cliMissing:
    'bot-login.cjs was not next to the app when this kit was made. Download bot-login.cjs from the release page of Bot Login Wizard (the release of your app version) into this folder. It needs only Node.js 20 or newer. Then, from this folder:',
  cliKeystore: `It asks for the key file's password too (or reads it from ${P12_PASSWORD_ENV}).`,
  troubleHeading: 'If something goes wrong',
  trouble: {
    certsNotFound:
      'CertsError ("Certificates not found in directory" or "No such file or directory"): certs/ is not beside kit_settings.py, or client-2048.crt or client-2048.key is missing from it. Keep the folder as the kit made it.',
    pemLib:
      '"PEM lib" or "key values mismatch" (an SSL error) when logging in: the .crt and the .key in certs/ do not belong together, or one of them is damaged. Copy both again from the kit and do not edit them.',
    strayFiles:
      'A stray .pem, .csr or a second .crt or .key in the certs folder: the library takes whichever file it meets, maybe the wrong one. Keep only client-2048.crt and client-2048.key there.',
    certAuthRequired:
      'CERT_AUTH_REQUIRED: Betfair does not know this certificate. Upload client-2048.crt (not the .pem, not the .key) on your account security page, in the section for automated betting program access, then try again.',
    restrictedLocation:
      'BETTING_RESTRICTED_LOCATION (or another ..._RESTRICTED_LOCATION): Betfair refused the login because of where the machine is on the internet. A test at home cannot show this: a cloud server or a VPN in another country can be refused. Only a test from the server itself tells; if it is refused, the bot must run from a place Betfair allows for your account.',
    wrongLogin:
      'INVALID_USERNAME_OR_PASSWORD: the username or the Betfair password is wrong. Check the password you set on the server.',
    keystorePasswordJava: (file: string, keystoreVar: string) =>
      `"Integrity check failed", "Failed PKCS12 integrity checking" or "keystore password was incorrect" opening ${file}: ${keystoreVar} is not the password you chose when the kit was made. Set the right one; if it is lost, make a new kit.`,
    javaEncoding:
      'INVALID_USERNAME_OR_PASSWORD although the password is right, and it has letters beyond plain English (such as £ or é): Java read it in the wrong character set. Start Java with LANG=C.UTF-8 (for example: LANG=C.UTF-8 java CheckLogin.java), and your bot the same way.',
    keystorePasswordDotnet: (file: string, keystoreVar: string) =>
      `"The specified network password is not correct" (Windows) or "the password may be incorrect" (Linux, macOS) opening ${file}: ${keystoreVar} is not the password you chose when the kit was made. Set the right one; if it is lost, make a new kit.`,
    nodeKey:
      '"bad decrypt" or "mac verify failure": Node was given a password-protected key, or a .p12/.pfx with the wrong passphrase. The key in certs/ needs no password: give the .crt and the .key the way the check does.',
    appKey:
      "INVALID_APP_KEY or NO_APP_KEY when reading the funds: the application key is wrong or not this account's. Use a key of this account (the delayed key is fine for a test).",
    noRequests: 'No module named requests: install it with python3 -m pip install requests',
    network:
      'A timeout or "connection refused": the server cannot reach Betfair (firewall, proxy). Outgoing HTTPS (port 443) must be allowed.',
  },
  /** In the README when the certificate runs out. */
  expires: (date: string) => `The certificate is valid until ${date}; make a new one and a new kit before then.`,
} as const;

/** The dashboard's "Set up my bot". */
export const KIT_UI_TEXT = {
  heading: 'Set up my bot',
  intro:
    'Make a folder with everything your bot needs on its own machine: the certificate in the form your framework wants, a short login check and a README.',
  frameworkLegend: 'Which framework does your bot use?',
  username: 'Betfair username',
  appKey: 'Application key',
  kitPassword: (file: string) => `Password for the ${file} file`,
  kitPasswordAgain: 'The same password again',
  kitPasswordHint: 'You choose it now; your bot needs it to open the file. It is not stored anywhere.',
  showPasswords: 'Show passwords',
  p12Password: 'Password of your .p12 file',
  write: 'Make the kit',
  writing: 'Making the kit…',
  written: (dir: string) => `The kit is ready in ${dir}`,
  filesLabel: 'Files in the kit',
  showFolder: 'Show in folder',
  noCli: 'The one-file command line was not found next to the app; the README says where to download it.',
  readmeRest: 'README.txt in the folder says the rest: the lines for your bot, and what to do if something goes wrong.',
  privateKeyNote: 'The folder holds your private key: copy it only to your own machine.',
  passwordsDiffer: 'The two passwords are not the same. Type the same password twice.',
  passwordNeeded: (file: string) => `Choose a password for the ${file} file and type it twice.`,
} as const;

/** Errors of the kit, for the app and the CLI. */
export const KIT_ERROR_TEXT = {
  notWritten: (dir: string) =>
    `The kit could not be written in ${dir}. Check that the folder exists and that you may write in it, then try again.`,
  dirNotMade: (dir: string) =>
    `The folder ${dir} could not be made. Check the path and that you may write in the folder above it, then try again.`,
  unreadable:
    'The certificate or its key could not be read for the kit. Check the certificate on the dashboard, then try again.',
  badValue: (what: string) =>
    `The ${what} cannot go into the kit's code: it has spaces, quotes or other characters Betfair does not use.`,
  username: 'username',
  appKey: 'application key',
  badAppKey:
    "The application key cannot go into the kit: an application key is letters, digits, '-' and '_' only. Copy it again from your Betfair account.",
  kitPasswordShort: (min: number) =>
    `Choose a longer password for the key file: at least ${min} characters, as the file carries your private key to another machine.`,
  framework: 'Choose one of the frameworks: betfairlightweight, flumine, dotnet, java or node.',
  kitPasswordNeeded: `Choose a password for the key file: .NET and Java open the key from a password-protected file.`,
  kitPasswordAscii:
    'Java opens the key file only with a password of plain letters, digits, spaces and punctuation (no accented letters or other scripts). Choose another password.',
} as const;
