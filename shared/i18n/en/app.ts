/**
 * User-facing strings of the app shell: the settings notice, the handler table's refusals and
 * validation messages, the snippet titles and comments. Plain words; no stack traces, no jargon.
 */
export const appText = {
  settings: {
    damagedNotice:
      'Your settings file was damaged, so the app put it aside and started with fresh settings. ' +
      'Your certificate files are untouched: choose your country again and point the app at them.',
    cannotSaveNotice:
      'The app cannot save its settings in its folder, so it will forget your choices when you close it. ' +
      'Check that your user account may write to its own application data folder.',
  },
  input: {
    generic:
      'The app sent a request it could not understand. Please try again; if it keeps happening, restart the app.',
    appKey: 'The application key is too long: an application key is a short code of letters and digits.',
    appName: 'Choose a name for your application keys, 1 to 64 characters long.',
    username: 'Enter your Betfair username.',
    password: 'Enter your Betfair password.',
    p12Password: 'The password for the .p12 file is too long.',
    folder: 'Choose a folder by its full path.',
    paths: 'Choose at least one file to check (at most ten).',
    path: 'Choose a file by its full path.',
    url: 'That link is not a web address the app can open.',
    jurisdiction: 'Choose where you live first.',
    days: 'Choose how many days the certificate should last (between 1 and 3650).',
    country: 'The country must be a two-letter code, such as GB.',
    subjectField: 'One of the certificate details is too long (keep each under 64 characters).',
  },
  errors: {
    unexpectedTitle: 'Something went wrong',
    unexpected:
      'Something unexpected went wrong inside the app. Nothing was sent to Betfair. Please try again; if it keeps happening, restart the app.',
    notAllowedFolder:
      'The app only shows files it made or that you chose in the app. Choose the file again in the app first.',
    notAllowedLink:
      'For your safety the app only opens Betfair’s own secure web pages, and this link is not one of them.',
    notAllowedSender: 'This request did not come from the app’s own window, so it was refused.',
    fileMissing: 'That file is no longer where the app left it. It may have been moved or deleted.',
    needsJurisdiction: 'Choose where you live first, so the app knows which Betfair site to use.',
    needsCertificate: 'Create a certificate or choose your existing one first.',
    needsSetupTitle: 'A step is missing',
    botLoginNotAvailable:
      'Betfair does not offer the bot login to customers in Denmark, so there is no code to show. Log in the usual way on the website.',
    bridgeFailed: 'The window lost touch with the app. Please restart the app.',
  },
  snippets: {
    betfairlightweightTitle: 'Python (betfairlightweight)',
    curlTitle: 'Command line (curl)',
    nodeTitle: 'Node.js (https)',
    keyWarning: 'Keep the private key to yourself: never share it, email it or commit it to a code repository.',
    passwordFromEnv:
      'Your password is read from the BETFAIR_PASSWORD environment variable, so it never sits in this file.',
    passwordOnStdin:
      'curl reads it from its standard input, so it never shows in the list of running programs other users can see.',
    p12PasswordFromEnv: 'The .p12 file’s password is read from the BETFAIR_P12_PASSWORD environment variable.',
    betfairlightweightNeedsPair:
      'betfairlightweight looks for a .crt and a .key file in the folder below. Your certificate is in one combined file, ' +
      'so copy the certificate part into a .crt file and the key part into a .key file in a folder only you can read.',
  },
  reminder: {
    summary: 'Renew your Betfair bot certificate',
    description: (expires: string, commonName: string | null, dir: string) =>
      `Your Betfair bot certificate${commonName ? ` "${commonName}"` : ''} runs out on ${expires}. ` +
      `Open Bot Login Wizard, make a new certificate and upload it to Betfair before then, or your bot will stop logging in.\n` +
      `The certificate files are in ${dir}.`,
    lateDescription: (expires: string, commonName: string | null, dir: string) =>
      `Your Betfair bot certificate${commonName ? ` "${commonName}"` : ''} runs out on ${expires}, less than two weeks away, so this reminder is for the next day, not two weeks before. ` +
      `Open Bot Login Wizard now and press "Renew certificate", or your bot will stop logging in.\n` +
      `The certificate files are in ${dir}.`,
    exists:
      'A file with the reminder\u2019s name is already next to your certificate and the app did not make it, so it was left alone. Move or rename it and try again.',
    saved:
      'The reminder could not be saved next to your certificate. Check that the folder still exists and that you may write to it.',
    notOpened: (path: string) =>
      `The reminder was saved as ${path}, but no calendar program opened it. Open that file with your calendar yourself.`,
  },
  crt: {
    unreadable:
      'The certificate could not be read from your file. If it is a .p12 file, check its password and try again.',
    exists:
      'A different .crt file with that name is already next to your certificate, so it was left alone. Move or rename it and try again.',
    notSaved:
      'The .crt file could not be saved next to your certificate. Check that the folder still exists and that you may write to it.',
    changed: 'The file no longer holds the certificate the wizard uses. Choose your certificate again in step 2.',
  },
  /** The app's menu bar (the items inside are Electron's own, in the system's language). */
  menu: {
    file: 'File',
    edit: 'Edit',
    window: 'Window',
  },
  dialogs: {
    chooseFolderTitle: 'Choose a folder for your certificate',
    chooseFolderButton: 'Use this folder',
    chooseFilesTitle: 'Choose your certificate and key files',
    chooseFilesButton: 'Check these files',
    certificateFilesFilter: 'Certificates and keys',
  },
} as const;
