/**
 * Certificate engine text in English: why making a certificate failed. Each message is one short sentence plus what to do.
 */
import type { CertificateErrorCode } from '../../codes.js';

/** Errors from making a certificate (Result failures). */
export const GENERATE_TEXT = {
  invalidDays: (min: number, max: number) => `The number of days must be a whole number from ${min} to ${max}.`,
  invalidCommonName: () => 'The name on the certificate must be 1 to 64 characters long.',
  invalidField: (label: string) => `The ${label} must be at most 64 characters long and cannot contain line breaks.`,
  /** The certificate's optional name fields as invalidField names them. */
  fieldLabels: {
    organization: 'organisation',
    organizationalUnit: 'department',
    state: 'state or county',
    locality: 'town or city',
  },
  invalidCountry: () => 'The country must be a two-letter code such as GB, IE or AU.',
  invalidEmail: () => 'The email address does not look right. Leave it empty or check it.',
  noDir: () => 'Choose a folder for the certificate files.',
  notAFolder: (dir: string) => `"${dir}" is a file, not a folder. Choose a folder for the certificate files.`,
  dirNotWritable: (dir: string) =>
    `This app cannot write into "${dir}". Choose a folder in your own files, or give yourself permission to write there.`,
  diskFull: () => 'The disk is full, so the files could not be saved. Free some space and try again.',
  filesExist: (names: readonly string[]) =>
    `This folder already has certificate files (${names.join(', ')}). New ones replace them only if you say so (the old ones are then kept in a backup folder); or pick another folder.`,
  writeFailed: () => 'The certificate files could not be saved. Try again, or choose another folder.',
  keyFailed: () => 'A new key could not be made. Try again; if it keeps failing, restart the app.',
} as const;

export const GENERATE_TITLES = {
  FILES_EXIST: 'Certificate files are already there',
  INVALID_DAYS: 'Check the number of days',
  INVALID_SUBJECT: 'Check the certificate details',
  DIR_NOT_WRITABLE: 'Cannot save in this folder',
} as const satisfies Partial<Record<CertificateErrorCode, string>>;

/** Errors from loading a certificate + key for a login. */
export const CREDENTIAL_TEXT = {
  notUsable: () => 'These certificate files cannot be used for logging in. Check them in the certificate step.',
  noPaths: () => 'Choose the certificate and key files first.',
  checkFailed: () =>
    'These files could not be checked. Pick them again; if it keeps happening, make a new certificate.',
} as const;
