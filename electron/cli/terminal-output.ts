/**
 * The CLI's one choke point for what reaches the terminal. Text output keeps its line feeds and shows every other
 * control, escape-sequence start, bidi override and invisible format character as a visible escape
 * (shared/terminal-safe.ts); --json output gets the few characters JSON.stringify leaves raw written as \uXXXX
 * (the JSON still parses to the same values). Server values are escaped where they enter the text as well
 * (terminalSafeReport, the catalogues), so a line feed in an app name cannot start a line of its own.
 */
import type { AppKeyCheck, AppKeysCreation, AppKeySummary } from '../../shared/app-key-types.js';
import type { LoginReport } from '../../shared/login-types.js';
import { jsonTerminalSafe, terminalSafe, terminalSafeText } from '../../shared/terminal-safe.js';
import type { CliIo } from './command.js';

/** `io` with both streams passed through the terminal-safe filter for the output kind in use. */
export function terminalIo(io: CliIo, json: boolean): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(json ? jsonTerminalSafe(text) : terminalSafeText(text)),
    stderr: (text) => io.stderr(terminalSafeText(text)),
  };
}

function safeKey(key: AppKeySummary): AppKeySummary {
  return {
    ...key,
    applicationKey: terminalSafe(key.applicationKey),
    appName: terminalSafe(key.appName),
    version: terminalSafe(key.version),
  };
}

function safeCreation(c: AppKeysCreation): AppKeysCreation {
  const appName = terminalSafe(c.appName);
  return c.created ? { ...c, appName } : { ...c, appName, code: terminalSafe(c.code) };
}

function safeCheck(check: AppKeyCheck): AppKeyCheck {
  return check.code === undefined ? check : { ...check, code: terminalSafe(check.code) };
}

/**
 * The report with every value the server chose (status, key names, keys, versions, error codes) made
 * terminal-safe, for the plain-text output (--json prints the report as it came, JSON-escaped).
 */
export function terminalSafeReport(report: LoginReport): LoginReport {
  return {
    ...report,
    loginStatus: terminalSafe(report.loginStatus),
    appKeys: report.appKeys ? report.appKeys.map(safeKey) : report.appKeys,
    appKeyCheck: report.appKeyCheck ? safeCheck(report.appKeyCheck) : report.appKeyCheck,
    ...(report.appKeysCreation ? { appKeysCreation: safeCreation(report.appKeysCreation) } : {}),
  };
}
