/**
 * Every machine-readable code the app, the bridge and the CLI speak, as unions, in one place.
 * Translations (shared/i18n/en/*) are keyed by these unions and hold words only; `Record<FaultCode, …>`
 * there makes a missing word a type error.
 */
import type { AccountsErrorCode } from './accounts-api.js';
import type { AppKeyCheckStatus } from './app-key-types.js';
import type { LoginStatus } from './login-status-codes.js';

export type { AccountsErrorCode, AppKeyCheckStatus, LoginStatus };

/**
 * What a fault means for whoever waits on it, declared beside the code. The CLI's exit code follows it
 * (electron/cli/exit-codes.ts): no proper answer came (3), the input was wrong (2), the login guard held
 * the login back (4).
 */
export type FaultClass = 'no-answer' | 'bad-input' | 'held-back';

/** Everything that stops a test login before Betfair gives a proper answer, with its class. */
export const FAULT_CLASSES = {
  DNS_NOT_FOUND: 'no-answer',
  CONNECTION_REFUSED: 'no-answer',
  CONNECTION_RESET: 'no-answer',
  TIMEOUT: 'no-answer',
  SERVER_CERT_UNTRUSTED: 'no-answer',
  SERVER_CERT_WRONG_HOST: 'no-answer',
  CLIENT_CERT_REJECTED: 'no-answer',
  PROXY: 'no-answer',
  UNEXPECTED_ANSWER: 'no-answer',
  BOT_LOGIN_NOT_AVAILABLE: 'bad-input',
  GUARD_RATE_LIMITED: 'held-back',
  GUARD_BANNED: 'held-back',
  GUARD_PASSWORD_CHECK: 'held-back',
  GUARD_BUSY: 'held-back',
  NETWORK_ERROR: 'no-answer',
  TLS_ERROR: 'no-answer',
  CERTIFICATE_PROBLEM: 'bad-input',
  DATA_DIR_UNWRITABLE: 'no-answer',
  DATA_DIR_SHARED: 'bad-input',
  TEST_ENDPOINT_INVALID: 'bad-input',
  APP_KEY_INVALID: 'bad-input',
  TEST_ENDPOINT_NOT_LOCAL: 'bad-input',
  LOGIN_FAILED_UNEXPECTEDLY: 'no-answer',
  INPUT_MISSING: 'bad-input',
} as const satisfies Record<string, FaultClass>;

export type FaultCode = keyof typeof FAULT_CLASSES;

export function isFaultCode(code: string): code is FaultCode {
  return Object.hasOwn(FAULT_CLASSES, code);
}

/** The class of any error code: a fault's own class; every other code (a file, a setting, usage) is bad input. */
export function faultClassOf(code: string): FaultClass {
  return isFaultCode(code) ? FAULT_CLASSES[code] : 'bad-input';
}

export type { FaultDetail } from './fault-detail.js';

/** What the certificate engine finds wrong (or worth a warning) in certificate and key files. */
export const FINDING_CODES = [
  'FILE_NOT_FOUND',
  'IS_FOLDER',
  'NOT_A_FILE',
  'NO_PERMISSION',
  'EMPTY_FILE',
  'FILE_TOO_LARGE',
  'TRUNCATED',
  'UNREADABLE',
  'NOT_A_KEY',
  'KEY_ENCRYPTED',
  'P12_PASSWORD_NEEDED',
  'P12_WRONG_PASSWORD',
  'P12_TOO_MUCH_WORK',
  'IS_CSR',
  'NO_CERTIFICATE',
  'NO_KEY',
  'TOO_MANY_CERTIFICATES',
  'TOO_MANY_KEYS',
  'KEY_MISMATCH',
  'NOT_RSA',
  'RSA_SIZE',
  'RSA_1024',
  'EXPIRED',
  'NOT_YET_VALID',
  'EXPIRES_SOON',
  'NO_CLIENT_AUTH',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export function isFindingCode(code: string): code is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(code);
}

/** Failures of the certificate engine itself (making files, loading a credential for a login). */
export type CertificateErrorCode =
  | 'INVALID_DAYS'
  | 'INVALID_SUBJECT'
  | 'NO_DIR'
  | 'NOT_A_FOLDER'
  | 'DIR_NOT_WRITABLE'
  | 'DISK_FULL'
  | 'FILES_EXIST'
  | 'WRITE_FAILED'
  | 'KEY_FAILED'
  | 'NO_FILES'
  | 'CHECK_FAILED'
  | 'CERTIFICATE_NOT_USABLE';

/** Refusals of the bridge handlers and the bridge itself (main process, preload, renderer). */
export type HandlerErrorCode =
  | 'BAD_INPUT'
  | 'UNEXPECTED'
  | 'NOT_ALLOWED'
  | 'NEEDS_SETUP'
  | 'NEEDS_CERTIFICATE'
  | 'NOT_OPENED'
  | 'CERTIFICATE_CHANGED'
  | 'BRIDGE_FAILED'
  | 'NO_BRIDGE';

/** Refusals of the browser test harness, which stands in for the bridge (tests/harness/server.ts). */
export type HarnessErrorCode =
  'HARNESS_UNKNOWN_METHOD' | 'HARNESS_BAD_REQUEST' | 'HARNESS_FORBIDDEN' | 'HARNESS_NOT_FOUND' | 'INTERNAL_ERROR';

/** Refusals of the bot-kit engine (electron/core/kit) beyond the certificate engine's. */
export type KitErrorCode = 'KIT_PASSWORD_NEEDED' | 'KIT_PASSWORD_TOO_SHORT' | 'KIT_PASSWORD_NOT_ASCII';

/** Why "Restart now" did not restart (shared/update-types.ts). */
export type UpdateErrorCode = 'UPDATE_BUSY' | 'NO_UPDATE_READY';

/** Refusals of a certificate renewal (shared/renewal.ts). */
export type RenewalErrorCode = 'NO_RENEWAL' | 'RENEWAL_NOT_UPLOADED' | 'RENEWAL_FILES_MISSING';

/** A command line the CLI cannot use (unknown flag, missing value, refused password flag, …): exit 2. */
export const USAGE_ERROR = 'USAGE';
export type UsageErrorCode = typeof USAGE_ERROR;

/** The app's own refusals of a name for new application keys, checked before anything is sent. */
export type AppNameProblem = 'APP_NAME_INVALID' | 'APP_NAME_CONTAINS_USERNAME';

/** Every code an AppError can carry. */
export type AppErrorCode =
  | FaultCode
  | FindingCode
  | CertificateErrorCode
  | HandlerErrorCode
  | HarnessErrorCode
  | AppNameProblem
  | KitErrorCode
  | UpdateErrorCode
  | RenewalErrorCode
  | UsageErrorCode;
