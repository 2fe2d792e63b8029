/**
 * What a certificate check found wrong with a file, in words (en): one short sentence plus what to do. In the results
 * part: the window loads it with the certificate step, the CLI has it from the start.
 */
import type { FindingCode } from '../../codes.js';

/** Finding code -> message. Keys are the stable codes the UI and CLI see. */
export const FINDING_TEXT = {
  FILE_NOT_FOUND: (file: string) => `There is no file called "${file}". Check the name and the folder, then try again.`,
  IS_FOLDER: (file: string) => `"${file}" is a folder, not a file. Pick the certificate or key file inside it.`,
  NOT_A_FILE: (file: string) => `"${file}" is not an ordinary file. Pick the certificate or key file itself.`,
  NO_PERMISSION: (file: string) =>
    `This app is not allowed to read "${file}". Give your user account read access to it, or copy it somewhere you own.`,
  EMPTY_FILE: (file: string) => `"${file}" is empty. Pick the file again, or make a new certificate.`,
  FILE_TOO_LARGE: (file: string) =>
    `"${file}" is far too big to be a certificate or key (over 1 MB). Check that you picked the right file.`,
  TRUNCATED: (file: string) =>
    `"${file}" is cut off part-way through. Copy it again in full from where it came from, or make a new certificate.`,
  UNREADABLE: (file: string) =>
    `"${file}" does not contain a certificate or key this app can read. Check that you picked the right file.`,
  NOT_A_KEY: (file: string) =>
    `"${file}" holds a public key, which is not enough: the private key file (usually .key) is needed.`,
  KEY_ENCRYPTED: (file: string) =>
    `The key in "${file}" is locked with a password. Use the unlocked key file, or a .p12 file together with its password.`,
  P12_PASSWORD_NEEDED: (file: string) => `"${file}" is protected by a password. Enter the password you chose for it.`,
  P12_WRONG_PASSWORD: (file: string) =>
    `The password is wrong for "${file}". The certificate itself may be fine: type this file's password (for a file from a bot kit, the one chosen when the kit was made).`,
  P12_TOO_MUCH_WORK: (file: string) =>
    `"${file}" asks for an unreasonable amount of work to open (far more than any real .p12 file), so it was not opened. Export the certificate again from where it came from, or make a new certificate.`,
  IS_CSR: (file: string) =>
    `"${file}" is a certificate request, not the certificate itself. Use the .crt file made from it, or make a new certificate.`,
  NO_CERTIFICATE: () =>
    'Only a key was given; the certificate that goes with it is missing. Add the .crt file (or use the .pem or .p12 file).',
  NO_KEY: () =>
    'Only a certificate was given; its private key is missing. Add the .key file (or use the .pem or .p12 file).',
  TOO_MANY_CERTIFICATES: () =>
    'More than one certificate was given. Give just the one you uploaded to Betfair, with its key.',
  TOO_MANY_KEYS: () => 'More than one private key was given. Give just the key that belongs to your certificate.',
  KEY_MISMATCH: () =>
    'The key does not belong to this certificate. Use the key file made together with it, or make a new certificate.',
  NOT_RSA: () =>
    'This certificate uses a kind of key (not RSA) that Betfair does not accept. Make a new certificate with this app.',
  RSA_SIZE: (bits: number) =>
    `This key is ${bits} bits long; Betfair asks for 2048 bits. Make a new certificate with this app.`,
  RSA_1024: () =>
    'This key is 1024 bits: Betfair still accepts it, but now asks for 2048 bits. Consider making a new certificate.',
  EXPIRED: () => 'This certificate has run out. Make a new one and upload it to Betfair.',
  NOT_YET_VALID: () =>
    "This certificate's start date is in the future, so it cannot be used yet. Check your computer's clock, or make a new one.",
  EXPIRES_SOON: () => 'This certificate runs out in less than 30 days. Make a new one soon and upload it to Betfair.',
  NO_CLIENT_AUTH: () =>
    'This certificate is not allowed to be used to log in (it is not a client certificate). Make a new one with this app.',
} as const satisfies Record<FindingCode, (arg: never) => string>;
