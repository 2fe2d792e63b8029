/**
 * `bot-login login`'s part for the two checks after the key check: `--no-stream`, `--require-stream`, the
 * `--json` fields `streamCheck` and `keepAliveCheck`, and their lines in the text output. Codes come from the
 * report; the words from shared/bot-check-catalogue.ts in the language in use. The session token never appears.
 */
import { explainKeepAlive, explainStreamCheck, type StreamRequestFacts } from '../../shared/bot-check-catalogue.js';
import type { KeepAliveCheck, StreamCheck } from '../../shared/bot-check-types.js';
import { text } from '../../shared/i18n/text.js';
import type { LoginReport } from '../../shared/login-types.js';

export const NO_STREAM_FLAG = 'no-stream';
export const REQUIRE_STREAM_FLAG = 'require-stream';

/** The flags, for the command's ArgSpec. */
export const BOT_CHECK_FLAGS = {
  [NO_STREAM_FLAG]: { kind: 'boolean' },
  [REQUIRE_STREAM_FLAG]: { kind: 'boolean' },
} as const;

/** Two lines for the command's help. */
export function botChecksHelp(): string {
  const t = text.CLI_TEXT.botChecks;
  return `\n  --${NO_STREAM_FLAG}         ${t.noStreamFlag}\n  --${REQUIRE_STREAM_FLAG}    ${t.requireStreamFlag}\n`;
}

export interface StreamCheckJson {
  readonly status: StreamCheck['status'];
  readonly host: string;
  readonly errorCode?: string;
  readonly connectionsAvailable?: number;
  readonly title: string;
  readonly whatToDo: string;
  /** For NOT_AUTHORIZED: what to send to Betfair's Developer Support. */
  readonly request?: string;
}

export interface KeepAliveCheckJson {
  readonly status: KeepAliveCheck['status'];
  readonly errorCode?: string;
  readonly title: string;
  readonly whatToDo: string;
}

function factsOf(report: LoginReport, appKey: string, username: string): StreamRequestFacts {
  return { appKey, username, keyPassed: report.appKeyCheck?.status === 'valid' };
}

/** The `--json` fields, present after a login that worked (like appKeys). */
export function botChecksJson(
  report: LoginReport,
  appKey: string,
  username: string,
): { streamCheck?: StreamCheckJson | null; keepAliveCheck?: KeepAliveCheckJson | null } {
  if (!report.success) return {};
  const s = report.streamCheck ?? null;
  const k = report.keepAliveCheck ?? null;
  let streamCheck: StreamCheckJson | null = null;
  if (s !== null) {
    const e = explainStreamCheck(s, factsOf(report, appKey, username));
    streamCheck = {
      status: s.status,
      host: s.host,
      ...(s.errorCode !== undefined ? { errorCode: s.errorCode } : {}),
      ...(s.connectionsAvailable !== undefined ? { connectionsAvailable: s.connectionsAvailable } : {}),
      title: e.title,
      whatToDo: e.whatToDo,
      ...(e.request !== undefined ? { request: e.request } : {}),
    };
  }
  let keepAliveCheck: KeepAliveCheckJson | null = null;
  if (k !== null) {
    const e = explainKeepAlive(k);
    keepAliveCheck = {
      status: k.status,
      ...(k.errorCode !== undefined ? { errorCode: k.errorCode } : {}),
      title: e.title,
      whatToDo: e.whatToDo,
    };
  }
  return { streamCheck, keepAliveCheck };
}

/** The text lines: each check's title, what it means when it is not fine, and what to do. */
export function botChecksText(report: LoginReport, appKey: string, username: string): string[] {
  if (!report.success) return [];
  const lines: string[] = [];
  const t = text.CLI_TEXT.botChecks;
  const k = report.keepAliveCheck;
  if (k) {
    const e = explainKeepAlive(k);
    lines.push(t.keepAlive(e.title));
    if (e.tone === 'fail') lines.push(`  ${e.meaning}`, `  ${text.CLI_TEXT.login.whatToDo(e.whatToDo)}`);
  }
  const s = report.streamCheck;
  if (s) {
    const e = explainStreamCheck(s, factsOf(report, appKey, username));
    lines.push(t.stream(e.title, s.host || '-'));
    if (e.tone === 'warn' || e.tone === 'fail')
      lines.push(`  ${e.meaning}`, `  ${text.CLI_TEXT.login.whatToDo(e.whatToDo)}`);
    if (e.action) lines.push(`  ${text.CLI_TEXT.login.action(e.action.label, e.action.url)}`);
    if (e.request !== undefined) lines.push(t.request(e.request));
  }
  return lines;
}
