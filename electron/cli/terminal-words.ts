/**
 * The words `bot-login login` and `bot-login inspect` print, made from the report's codes in the language in use: the
 * app's catalogue, with the CLI's own words where the app's speak of its window (fields, buttons, steps, "the
 * wizard"), for a terminal user who gives flags (tables in shared/i18n/<language>/cli.ts). Everything else reads as
 * the app's.
 */
import { keyCheckEntry, keyCheckWords, keyKindOf, type KeyCheckEntry } from '../../shared/app-key-catalogue.js';
import type { Finding, InspectReport } from '../../shared/certificate-types.js';
import { findingWords } from '../../shared/finding-words.js';
import type { FaultCode, LoginStatus } from '../../shared/codes.js';
import { text } from '../../shared/i18n/text.js';
import type { AppKeyText, StatusText } from '../../shared/i18n/text-types.js';
import { contextFor, explainLoginStatus, type StatusExplanation } from '../../shared/login-catalogue.js';
import { withLocationNote } from '../../shared/location-note.js';
import type { LoginReport } from '../../shared/login-types.js';
import type { AppError } from '../../shared/result.js';

/** What the loginStatus means, with the CLI's next step where the app's names its window, and the location note. */
export function terminalStatusWords(report: LoginReport): StatusExplanation {
  const words = explainLoginStatus(report.loginStatus, report.jurisdiction);
  const statuses: Partial<Record<LoginStatus, StatusText>> = text.CLI_TEXT.status;
  const own = Object.hasOwn(statuses, report.loginStatus) ? statuses[report.loginStatus as LoginStatus] : undefined;
  const whatToDo =
    own === undefined ? words.whatToDo : typeof own === 'string' ? own : own(contextFor(report.jurisdiction));
  return withLocationNote({ ...words, whatToDo });
}

/** The key check in terminal words: the app's entry, re-worded where the CLI has its own; null when none was made. */
export function terminalKeyCheckWords(report: LoginReport): AppKeyText | null {
  const check = report.appKeyCheck;
  if (check === null) return null;
  const keyCount = report.appKeys === null ? null : report.appKeys.length;
  const app = keyCheckWords(check, keyCount);
  const table: Partial<Record<KeyCheckEntry, Partial<AppKeyText>>> = text.CLI_TEXT.keyCheck;
  const own = table[keyCheckEntry(check.status, keyKindOf(check), keyCount)];
  if (own === undefined) return app;
  // not-checked adds the cause to its explanation; only its next step is the CLI's.
  const explanation = check.status === 'not-checked' ? app.explanation : (own.explanation ?? app.explanation);
  return { ...app, explanation, whatToDo: own.whatToDo ?? app.whatToDo };
}

/** A failure with the CLI's words where the app's name its window. */
export function errorInTerminalWords(error: AppError): AppError {
  const faults: Partial<Record<FaultCode, string>> = text.CLI_TEXT.fault;
  const whatToDo = Object.hasOwn(faults, error.code) ? faults[error.code as FaultCode] : undefined;
  const t = text.CLI_TEXT.certificate;
  const message =
    error.code === 'CERTIFICATE_NOT_USABLE'
      ? t.notUsable
      : error.code === 'KEY_FAILED'
        ? t.keyFailed
        : error.code === 'INVALID_SUBJECT' && error.message === text.GENERATE_TEXT.invalidEmail()
          ? t.invalidEmail
          : error.message;
  return { ...error, message, ...(whatToDo === undefined ? {} : { whatToDo }) };
}

/** One finding in terminal words: "make a new certificate with bot-login generate", no "enter the password". */
export function terminalFindingWords(finding: Finding): string {
  const t = text.CLI_TEXT.certificate;
  switch (finding.code) {
    case 'NOT_RSA':
      return t.notRsa;
    case 'NO_CLIENT_AUTH':
      return t.noClientAuth;
    case 'RSA_SIZE':
      return finding.bits === undefined ? findingWords(finding, text.FINDING_TEXT) : t.rsaSize(finding.bits);
    case 'P12_PASSWORD_NEEDED':
      // The CLI's words say what is wrong; the hint printed after the findings says what to do.
      return finding.file === undefined ? findingWords(finding, text.FINDING_TEXT) : t.p12PasswordNeeded(finding.file);
    default:
      return findingWords(finding, text.FINDING_TEXT);
  }
}

/** A finding with its words, as `bot-login inspect --json` prints it. */
export type WordedFinding = Finding & { readonly message: string };

/** An inspect report with each finding in terminal words (its `message`), for printing. */
export type WordedInspectReport = InspectReport & { readonly findings: readonly WordedFinding[] };

export function inspectInTerminalWords(report: InspectReport): WordedInspectReport {
  return { ...report, findings: report.findings.map((f) => ({ ...f, message: terminalFindingWords(f) })) };
}
