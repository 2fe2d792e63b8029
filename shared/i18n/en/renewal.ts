/**
 * Renewing the certificate without the bot going down (shared/renewal.ts): the dashboard's renewal card, the answer
 * after a renewal test, the kit's "out of date" mark and the renewal's refusals. Betfair's page speaks of "the
 * certificate" on the account, so the words plan for an upload that replaces the old one.
 */
export const RENEWAL_TEXT = {
  heading: 'Renew your certificate',
  /** What happens, in the order it happens. */
  plan: [
    'The app makes a new certificate in a folder of its own, beside the one your bot uses. Nothing your bot reads changes: it keeps working.',
    'You upload the new certificate to Betfair. Betfair keeps one certificate per account, so from then on only the new one can log in. A bot that is already logged in keeps its session; only its next login needs the new files.',
    'Right after the upload, replace two files on the bot’s machine: certs/client-2048.crt and certs/client-2048.key in the bot’s folder. The new ones have the same names, so no setting of your bot changes.',
    'You test the new certificate here. Only when it works does it take the old one’s place; the old one is kept in an archive folder until you delete it.',
  ],
  start: 'Make the new certificate',
  notNow: 'Not now',
  making: 'Making the new certificate…',
  inProgress: {
    'not-uploaded': 'Renewal in progress: the new certificate is not uploaded yet.',
    'not-tested': 'Renewal in progress: the new certificate is uploaded but not tested yet.',
  },
  nextUpload:
    'Next: upload the new certificate on Betfair’s security page, then press “I have uploaded it”. Until then your bot keeps working with the old one.',
  nextTest:
    'Next: replace the two files on the bot’s machine (below), then test your login here with the new certificate.',
  newCertificate: (name: string, fingerprint: string) => `New certificate: ${name} (fingerprint begins ${fingerprint})`,
  working: (name: string, date: string) => `Your bot still uses: ${name}, runs out on ${date}`,
  showNew: 'Show the new certificate file',
  uploaded: 'I have uploaded it',
  testNew: 'Test the new certificate',
  cancel: 'Cancel the renewal',
  cancelTitle: 'Cancel the renewal?',
  cancelText:
    'You go back to the working certificate, unchanged. The new certificate is not deleted: it moves to the archive folder.',
  cancelTextUploaded: (path: string) =>
    `You go back to the working certificate, unchanged; the new one moves to the archive folder. You have uploaded the new certificate, and Betfair keeps only one: upload the working one again (${path}) or your bot cannot log in.`,
  keepGoing: 'Go on with the renewal',
  botFilesHeading: 'On the bot’s machine',
  botFiles: (dir: string) =>
    `In your bot’s folder, replace certs/client-2048.crt and certs/client-2048.key with the two files in ${dir}. Keep the names and the folder: your bot’s settings do not change.`,
  showBotFiles: 'Show the files for the bot',
  keystoreKits:
    'A .NET or Java kit reads a .pfx or .p12: after the test, make a new kit with “Set up my bot” and replace that one file in the bot’s folder.',
  doneHeading: 'Renewal done: the new certificate works',
  done: 'The new certificate is now the current one, with the same file names in the same folder.',
  archive: (dir: string) =>
    `The old certificate is kept in ${dir} (only you can open it). Delete it once your bot has logged in with the new certificate: until then it is your way back.`,
  deleteArchive: 'Delete the old certificates',
  deleteTitle: 'Delete the old certificates?',
  deleteText: (dir: string) =>
    `This deletes ${dir} and every certificate and key in it. Do it only once your bot has logged in with the new certificate.`,
  deleteConfirm: 'Delete',
  closeDone: 'Close this note',
  /** The answer after a passing renewal test, instead of "the same certificate files". */
  afterTest: (dir: string) =>
    `Your bot needs the new files: in its folder, replace certs/client-2048.crt and certs/client-2048.key with the two in ${dir}, then restart it or let it log in again.`,
  /** "Set up my bot": a kit whose certificate is not the current one. */
  kitOutdated: (folder: string) =>
    `${folder} holds an older certificate: its bot cannot log in with it. Replace its certificate files, or make a new kit.`,
  /** The "not recognised" answer: which certificate was tested, to compare with the one on Betfair's page. */
  testedCertificate: (name: string, fingerprint: string) =>
    `The certificate tested: ${name}, fingerprint begins ${fingerprint}. Compare it with the one on Betfair’s page.`,
  errors: {
    noRenewal: 'No renewal is in progress. Press “Renew certificate” to start one.',
    notUploaded: 'Upload the new certificate to Betfair first, then press “I have uploaded it”.',
    filesMissing:
      'The renewal’s files are no longer where the app made them. Cancel the renewal and start it again; your working certificate is untouched.',
    notWritten:
      'The app could not write the new certificate beside the working one. Check that the folder can be written to and has free space; your working certificate is untouched.',
    notMoved:
      'The new certificate works, but the app could not put it in the working certificate’s place. Nothing was lost: both are still where they were. Try the test again.',
    archiveNotDeleted: 'The archive folder could not be deleted. Delete it yourself in your file manager.',
  },
};
