/**
 * Every string the wizard window shows (English). The renderer reads text only from here
 * (place names: ./jurisdictions.ts), so a translation is one new file per language.
 */

function plural(n: number, one: string, many: string): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

export const ui = {
  appTitle: 'Bot Login Wizard',

  common: {
    next: 'Next',
    back: 'Back',
    cancel: 'Cancel',
    showInFolder: 'Show in folder',
    loading: 'Loading…',
    version: (v: string) => `Version ${v}`,
    details: 'Details',
  },

  steps: {
    label: 'Steps',
    names: {
      jurisdiction: 'Betfair site',
      certificate: 'Certificate',
      upload: 'Upload',
      test: 'Test',
      dashboard: 'Done',
    },
    position: (n: number, total: number) => `Step ${n} of ${total}`,
    done: 'done',
  },

  language: {
    /** The switcher's label, on every screen. */
    label: 'Language',
    /** Offered in this language when the user picks a Betfair site whose language this is (never forced). */
    offerQuestion: 'Would you like to use the app in English?',
    offerAccept: 'Switch to English',
    offerDecline: 'No, thanks',
  },

  banners: {
    testEndpoint: (origin: string) => `Test endpoint: ${origin}`,
    testEndpointHint: 'Test logins go to this test server, not to Betfair.',
    dismiss: 'Dismiss',
  },

  errors: {
    noBridge: 'The wizard could not reach the rest of the app. Close the window and open the app again.',
    unexpectedTitle: 'Something went wrong',
    unexpected: 'The app hit an unexpected problem. Try again; if it keeps happening, restart the app.',
    startupTitle: 'The wizard could not start',
  },

  jurisdiction: {
    heading: 'Which Betfair site do you use?',
    intro:
      'Betfair runs separate sites for some countries, and your account belongs to one of them. Pick the site you log in to when you bet.',
    legend: 'Which Betfair site do you use?',
    preselected: 'Picked from your computer\u2019s language and region. Change it if your account is on another site.',
    needsChoice: 'Choose your Betfair site to go on.',
    denmarkHeading: 'Bot login is not available on betfair.dk',
    denmarkWhy:
      'Accounts on betfair.dk must sign in with MitID, and that only works in Betfair\u2019s own login window (the interactive login). So Betfair offers no certificate (bot) login for betfair.dk, and this wizard cannot set one up.',
    denmarkInstead:
      'What you can do instead: a program can use Betfair\u2019s interactive login, where you sign in yourself in Betfair\u2019s login window and the program then bets for you until the session ends.',
    denmarkLink: 'Read Betfair\u2019s page on the interactive login',
    denmarkOtherSite: 'If your account is on another Betfair site, choose that one above.',
    saveFailed: 'Your choice could not be saved.',
  },

  certificate: {
    p12PasswordAgain: 'The .p12 password again',
    showP12Password: 'Show the .p12 password',
    p12Mismatch: 'The two .p12 passwords are not the same. Type the same password in both fields.',
    p12NotAscii:
      'Use only unaccented letters (A\u2013Z, a\u2013z), digits, spaces and the symbols of an English keyboard. Programs read other characters (such as \u00e9, \u00f8 or emoji) in different ways, so your bot might not be able to open the .p12 file.',
    heading: 'Your certificate',
    intro:
      'Betfair recognises your bot by a certificate: a few small files made on this computer. Make a new one here, or use one you already have.',
    createHeading: 'Create a new certificate',
    folderLabel: 'The files will be saved in this folder:',
    changeFolder: 'Change folder…',
    advanced: 'Advanced options',
    commonName: 'Name shown on Betfair',
    validDays: 'Valid for (days)',
    validDaysError: (min: number, max: number) => `Enter a whole number of days from ${min} to ${max}.`,
    commonNameError: 'Enter a name for the certificate.',
    p12Password: 'Password for a .p12 file (optional)',
    p12PasswordHint: 'Some programs (for example .NET ones) need a .p12 file. Give a password and one is made too.',
    create: 'Create certificate',
    creating: 'Creating your certificate…',
    replaceTitle: 'Replace the existing certificate?',
    replaceText:
      'This folder already holds certificate files. If you replace them, the old files are moved to a backup folder next to them, and you will need to upload the new certificate to Betfair.',
    replace: 'Replace',
    backupMoved: (dir: string) => `Your previous files were moved to ${dir}.`,
    keyFilesOwnerOnly: 'Only your user account can read the key files.',
    keyFilesNoModes:
      'Windows cannot mark the key files as readable by you alone, so keep this folder inside your own user folder, where other accounts cannot read it.',
    useExisting: 'Use an existing certificate',
    readyHeading: 'Certificate ready \u2013 next: upload it',
    readyIntro: 'Your bot will log in with these files. Next, put the certificate on your Betfair account.',
    makeNew: 'Make a new certificate',
    useOther: 'Use other files',
    fileRoles: {
      certificate: 'upload this one to Betfair',
      key: 'keep this one secret: it is your private key',
      pem: 'key and certificate in one file for bots (Python, curl); keep it secret',
      p12: 'for .NET/Java programs; keep it secret',
      other: 'keep this one safe',
    },
    existingHeading: 'Use a certificate you already have',
    existingIntro: 'Pick the certificate and its key (.crt and .key), one combined .pem file, or a .p12/.pfx file.',
    chooseFiles: 'Choose certificate files…',
    noFilesChosen: 'No files chosen yet.',
    chosenFiles: 'Chosen files:',
    existingP12Password: '.p12 password',
    check: 'Check these files',
    checking: 'Checking…',
    findingsHeading: 'What the check found',
    notUsable: 'These files cannot be used yet. Fix the problems above and check again.',
    commonNameValue: 'Name shown on Betfair',
    fingerprint: 'Fingerprint (SHA-256)',
    files: 'Files',
    needsCertificate: 'Create or choose a certificate to go on.',
  },

  expiry: {
    expiresOn: (date: string, days: number) => `Expires on ${date} (${plural(days, 'day', 'days')})`,
    expiredOn: (date: string, daysAgo: number) => `Expired on ${date} (${plural(daysAgo, 'day', 'days')} ago)`,
    soonWarning: (days: number) =>
      `Your certificate runs out in ${plural(days, 'day', 'days')}. Press “Renew certificate”: the app makes the new one beside the working one and says in which order to upload it and swap two files, so your bot keeps running.`,
    expiredWarning:
      'Your certificate has run out: your bot cannot log in with it. Make a new one and upload it to Betfair.',
    renew: 'Renew certificate',
    addReminder: 'Add a renewal reminder to my calendar',
    reminderAdded: (path: string) =>
      `A reminder two weeks before the certificate runs out was saved as ${path} and opened with your calendar.`,
    reminderAddedLate: (path: string) =>
      `Less than two weeks are left, so the reminder is for tomorrow (not two weeks before). It was saved as ${path} and opened with your calendar. Better: renew now.`,
  },

  upload: {
    heading: 'Upload your certificate',
    intro: (place: string) =>
      `Betfair must know your certificate before your bot can log in. Add it to your account on the Betfair site for ${place}.`,
    openPage: 'Open Betfair security page',
    showCrt: 'Show the .crt file',
    noCrt:
      'Your certificate is inside a file that also holds the private key, and Betfair wants the certificate on its own (a .crt file). The wizard can save it as a .crt for you.',
    saveCrt: 'Save the certificate as a .crt',
    savingCrt: 'Saving…',
    crtSaved: (fileName: string) => `Saved as ${fileName}: upload this file`,
    crtP12Password: '.p12 password (to read the certificate)',
    stepsHeading: 'How to upload it',
    steps: (crtName: string, crtOnDisk: boolean) => [
      'Press "Open Betfair security page". Your web browser opens your account security page. Log in if Betfair asks you to.',
      'Scroll down to the "Automated Betting Program Access" section (API access) and press its Edit button.',
      crtOnDisk
        ? `Press Browse (or Choose file) and pick ${crtName}. Press "Show the .crt file" to see where it is kept.`
        : `Press "Save the certificate as a .crt" here first, then on Betfair\u2019s page press Browse (or Choose file) and pick the .crt file.`,
      'Press the button that uploads the certificate. Its details then appear in that part of the page.',
      'Come back here and tick the box below.',
    ],
    crtHint: 'Only upload the .crt file. Never upload or send anyone the .key, .pem or .p12 files.',
    confirm: 'I have uploaded the certificate',
    needsConfirm: 'Tick the box once the certificate is on your Betfair account.',
  },

  test: {
    /** The one question about remembering, in the test form. */
    remember: 'Remember my username and application key on this computer',
    heading: 'Test my login',
    notTestedTitle: 'Your login has not been tested yet',
    notTestedText:
      'Without a test you will not know whether your bot can log in. You can test it later from the dashboard.',
    notTestedGoOn: 'Go on without testing',
    /** The safe (primary) answer of "Your login has not been tested yet". */
    notTestedStay: 'Test my login first',
    intro:
      'Enter your Betfair username and password, and your application key if you have it. The wizard logs in once, the way your bot will, checks the key, and logs straight out again.',
    appKey: 'Application key',
    appKeyHint: 'Optional. Leave it empty and the wizard finds it for you.',
    username: 'Username',
    password: 'Password',
    p12Password: '.p12 password',
    showPassword: 'Show password',
    passwordNeverStored: 'Your password is never saved. It is sent to Betfair for this test only.',
    button: 'Test my login',
    testing: 'Testing…',
    waitButton: (countdown: string) => `Test my login (wait ${countdown})`,
    checkedButton: 'I have checked it, test again',
    checkedWaitButton: (countdown: string) => `Test again (wait ${countdown})`,
    waitReason: {
      'rate-limited': 'A few tests a minute keep your account safe.',
      banned: 'Betfair paused logins for this account: waiting it out.',
      'password-check': 'Two wrong passwords in a row: check yours first.',
    },
    passwordCheck:
      'Betfair did not accept the username and password twice in a row, and more wrong tries can lock the account. Check them by logging in on the Betfair website (or reset the password); after a short wait, press "I have checked it, test again".',
    rateLimited:
      'To protect your account, the wizard only tries a few logins per minute. You can test again when the countdown ends.',
    banned:
      'Betfair has paused logins for this account for a while after too many attempts. The wizard waits until the pause is over so that it does not get longer.',
    missingUsername: 'Enter your username.',
    missingPassword: 'Enter your password.',
    missingP12: 'Enter the password of your .p12 file.',
    loggedOut: 'The test session was logged out again, so nothing stays open.',
    logoutFailed: 'The test session could not be logged out; it closes by itself after a while.',
    whatItMeans: 'What it means',
    whatToDo: 'What to do',
    faultTitle: 'The test could not be done',
    testEndpointUsed: 'This test used the test endpoint, not Betfair.',
  },

  /** The application-key part of a test: the account's keys, creating keys. */
  appKeys: {
    whatIsIt: 'What is an application key?',
    listHeading: 'Your application keys',
    listIntro: 'These keys are on your Betfair account. Press "Use this key" to put one in the form.',
    appName: 'App name',
    key: 'Key',
    delayed: 'Delayed key',
    live: 'Live key',
    kindAndState: (kind: string, state: string) => `${kind}, ${state}`,
    copyKey: 'Copy key',
    useKey: 'Use this key',
    keyFilled: 'This key is now in the form. Type your password and press "Test my login" to check it.',
    keyFilledRemembered:
      'This key is now in the form, and the wizard remembers it. Type your password and press "Test my login" to check it.',
    createHeading: 'Create your application keys',
    appNameLabel: 'Name for your keys',
    appNameHint: 'Any name nobody else on Betfair uses. It must not contain your username.',
    createPassword: 'Betfair password',
    createPasswordMissing: 'Enter your Betfair password.',
    createPasswordHint: 'The wizard never keeps your password, so it needs it once more to create the keys.',
    createButton: 'Create my application keys',
    creating: 'Creating your keys\u2026',
    goToDashboard: 'Go to my dashboard',
  },

  dashboard: {
    heading: 'Your bot login',
    jurisdiction: 'Betfair site',
    certificateHeading: 'Certificate',
    lastTest: 'Last test',
    lastTestNone: 'No test yet.',
    lastTestSuccess: (title: string, when: string) => `${title} (tested ${when})`,
    lastTestFailure: (title: string, when: string) => `Not ready yet: ${title} (tested ${when})`,
    testAgainHeading: 'Test again',
    snippetsHeading: 'Code samples for your own bot',
    snippetsIntro: 'Code that logs in with your certificate, filled in with your file paths.',
    copy: (title: string) => `Copy ${title} snippet`,
    copied: 'Copied',
    copyFailed: 'Copying did not work here. Select the code and copy it yourself.',
    keyWarning:
      'Keep your key files (.key, .pem and .p12) to yourself: never share them, email them, or commit them to git or any other code store. Anyone who has them and your password can log in as you.',
    snippetsFailed: 'The code examples could not be loaded.',
    startOver: 'Start over',
    startOverTitle: 'Start over?',
    startOverText:
      'The wizard forgets your choices and the certificate it uses. The certificate files stay on your computer, and the certificate stays on your Betfair account until you remove it there.',
    startOverConfirm: 'Yes, start over',
  },
} as const;
