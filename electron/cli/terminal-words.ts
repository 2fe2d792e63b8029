/**
 * The CLI's own words in place of the app's, where the app's speak of its window (fields, buttons, steps, "the
 * wizard"): the login engine words its report for the app, and these functions re-word, for a terminal user who
 * gives flags, the parts that need it (tables in shared/i18n/<language>/cli-words.ts). Everything else is kept.
 */
import { basename } from 'node:path';
import type { AppKeyCheck } from '../../shared/app-key-types.js';
import { keyCheckEntry, type KeyCheckEntry, type KeyKind } from '../../shared/app-key-catalogue.js';
import type { Finding, InspectReport } from '../../shared/certificate-types.js';
import type { FaultCode, LoginStatus } from '../../shared/codes.js';
import { text } from '../../shared/i18n/text.js';
import type { AppKeyText, StatusText } from '../../shared/i18n/text-types.js';
import { contextFor } from '../../shared/login-catalogue.js';
import type { LoginReport } from '../../shared/login-types.js';
import type { AppError } from '../../shared/result.js';

function kindOf(check: AppKeyCheck): KeyKind | null {
  return check.delayed === undefined ? null : { delayed: check.delayed, active: check.active === true };
}

/** The key check in terminal words: the same entry the app's words came from, re-worded where the CLI has its own. */
function keyCheckInTerminalWords(check: AppKeyCheck, report: LoginReport): AppKeyCheck {
  const entry = keyCheckEntry(check.status, kindOf(check), report.appKeys === null ? null : report.appKeys.length);
  const table: Partial<Record<KeyCheckEntry, Partial<AppKeyText>>> = text.CLI_KEY_CHECK_TEXT;
  const words = table[entry];
  if (words === undefined) return check;
  // not-checked adds the cause to its explanation; only its next step is the CLI's.
  const explanation = check.status === 'not-checked' ? check.explanation : (words.explanation ?? check.explanation);
  return { ...check, explanation, whatToDo: words.whatToDo ?? check.whatToDo };
}

/** A login report with the CLI's words where the app's name its window. */
export function reportInTerminalWords(report: LoginReport): LoginReport {
  const statuses: Partial<Record<LoginStatus, StatusText>> = text.CLI_STATUS_TEXT;
  const own = Object.hasOwn(statuses, report.loginStatus) ? statuses[report.loginStatus as LoginStatus] : undefined;
  const whatToDo =
    own === undefined
      ? report.explanation.whatToDo
      : typeof own === 'string'
        ? own
        : own(contextFor(report.jurisdiction));
  return {
    ...report,
    explanation: { ...report.explanation, whatToDo },
    appKeyCheck: report.appKeyCheck === null ? null : keyCheckInTerminalWords(report.appKeyCheck, report),
  };
}

/** A failure with the CLI's words where the app's name its window. */
export function errorInTerminalWords(error: AppError): AppError {
  const faults: Partial<Record<FaultCode, string>> = text.CLI_FAULT_TEXT;
  const whatToDo = Object.hasOwn(faults, error.code) ? faults[error.code as FaultCode] : undefined;
  const t = text.CLI_CERTIFICATE_TEXT;
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
function findingInTerminalWords(finding: Finding, report: InspectReport): Finding {
  const t = text.CLI_CERTIFICATE_TEXT;
  switch (finding.code) {
    case 'NOT_RSA':
      return { ...finding, message: t.notRsa };
    case 'NO_CLIENT_AUTH':
      return { ...finding, message: t.noClientAuth };
    case 'RSA_SIZE': {
      const bits = report.certificate?.publicKey.bits;
      return bits ? { ...finding, message: t.rsaSize(bits) } : finding;
    }
    case 'P12_PASSWORD_NEEDED': {
      // The finding names the file by its base name; the CLI's words say what is wrong, the hint says what to do.
      const file = report.files
        .map((p) => basename(p))
        .find((name) => finding.message === text.FINDING_TEXT.P12_PASSWORD_NEEDED(name));
      return file === undefined ? finding : { ...finding, message: t.p12PasswordNeeded(file) };
    }
    default:
      return finding;
  }
}

/** An inspect report with the CLI's words where the app's name its window. */
export function inspectInTerminalWords(report: InspectReport): InspectReport {
  return { ...report, findings: report.findings.map((f) => findingInTerminalWords(f, report)) };
}
