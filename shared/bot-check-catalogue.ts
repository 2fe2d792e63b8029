/**
 * The words for the stream and keepAlive checks (shared/bot-check-types.ts), in the language in use: a title, what
 * it means, what to do, and for a key not enabled for streaming the way to Betfair's Developer Support with the
 * request to send. Stored results keep codes only, so the words always follow the language.
 */
import type { KeepAliveCheck, StreamCheck } from './bot-check-types.js';
import { text } from './i18n/text.js';
import type { StatusAction } from './login-catalogue.js';
import { DEVELOPER_SUPPORT_URL, isKeepAliveErrorCode } from './stream-api.js';

/** ok: nothing to do; warn: the bot will stop here until fixed; fail: not checked properly; none: not checked. */
export type BotCheckTone = 'ok' | 'warn' | 'fail' | 'none';

export interface BotCheckExplanation {
  /** The status or the code behind it (allowed, NOT_AUTHORIZED, TIMEOUT, kept, NO_SESSION…). */
  readonly code: string;
  readonly tone: BotCheckTone;
  readonly title: string;
  readonly meaning: string;
  readonly whatToDo: string;
  readonly action?: StatusAction;
  /** For NOT_AUTHORIZED: the message to send to Developer Support (in English, the language they answer in). */
  readonly request?: string;
}

/** What the bettor knows that makes the request to Developer Support complete; empty when unknown. */
export interface StreamRequestFacts {
  readonly appKey?: string;
  readonly username?: string;
  /** The key passed its check: a stream not checked then was skipped (--no-stream), not waiting for the key. */
  readonly keyPassed?: boolean;
}

/** The request itself, in English: Betfair's Developer Support answers in English. */
export function streamRequestMessage(appKey: string, username: string): string {
  return `Hello, please enable the Exchange Stream API for this application key: ${appKey}. My Betfair username is ${username}. Thank you.`;
}

/** The stream's own codes with their own words (the rest are explained as unknown). */
const EXPLAINED = [
  'NO_APP_KEY',
  'INVALID_APP_KEY',
  'NO_SESSION',
  'INVALID_SESSION_INFORMATION',
  'TOO_MANY_REQUESTS',
  'TIMEOUT',
  'UNEXPECTED_ERROR',
] as const;
type Explained = (typeof EXPLAINED)[number];

function isExplained(code: string): code is Explained {
  return (EXPLAINED as readonly string[]).includes(code);
}

const FAULTS = ['TIMEOUT', 'UNEXPECTED_ANSWER', 'CLOSED_EARLY', 'SERVER_CERT_UNTRUSTED', 'CONNECTION_REFUSED'] as const;
type StreamFault = (typeof FAULTS)[number];

function isStreamFault(code: string): code is StreamFault {
  return (FAULTS as readonly string[]).includes(code);
}

function notAuthorized(facts: StreamRequestFacts): BotCheckExplanation {
  const ui = text.BOT_CHECKS_UI;
  const appKey = facts.appKey?.trim() || ui.yourKey;
  const username = facts.username?.trim() || ui.yourUsername;
  const t = text.STREAM_CHECK_TEXT.NOT_AUTHORIZED;
  return {
    code: 'NOT_AUTHORIZED',
    tone: 'warn',
    title: t.title,
    meaning: t.meaning,
    whatToDo: t.whatToDo(appKey, username),
    action: { label: ui.supportAction, url: DEVELOPER_SUPPORT_URL },
    request: streamRequestMessage(appKey, username),
  };
}

function refusal(
  code: string,
  connectionsAvailable: number | undefined,
  facts: StreamRequestFacts,
): BotCheckExplanation {
  const t = text.STREAM_CHECK_TEXT;
  if (code === 'NOT_AUTHORIZED') return notAuthorized(facts);
  if (code === 'MAX_CONNECTION_LIMIT_EXCEEDED') {
    const e = connectionsAvailable === 0 ? t.MAX_CONNECTION_LIMIT_EXCEEDED_NONE_LEFT : t.MAX_CONNECTION_LIMIT_EXCEEDED;
    return { code, tone: 'warn', ...e };
  }
  if (isExplained(code)) return { code, tone: 'warn', ...t[code] };
  const u = t.unknownCode;
  return {
    code,
    tone: 'warn',
    title: u.title,
    meaning: u.meaning(code),
    whatToDo: u.whatToDo,
    action: { label: text.BOT_CHECKS_UI.supportAction, url: DEVELOPER_SUPPORT_URL },
  };
}

function fault(code: string, host: string): BotCheckExplanation {
  const f = text.STREAM_FAULT_TEXT;
  const e = isStreamFault(code) ? f[code] : f.other;
  return { code, tone: 'fail', title: e.title, meaning: e.meaning(host), whatToDo: f.whatToDo };
}

export function explainStreamCheck(check: StreamCheck, facts: StreamRequestFacts = {}): BotCheckExplanation {
  const t = text.STREAM_CHECK_TEXT;
  switch (check.status) {
    case 'allowed':
      return { code: 'allowed', tone: 'ok', ...t.allowed };
    case 'not-checked':
      // What to do follows why: skipped with a key that passed, or waiting for a key that did not.
      return { code: 'not-checked', tone: 'none', ...(facts.keyPassed === true ? t.skipped : t.notChecked) };
    case 'not-allowed':
      return refusal(check.errorCode ?? 'UNKNOWN', check.connectionsAvailable, facts);
    case 'failed':
      return fault(check.errorCode ?? 'NETWORK_ERROR', check.host);
  }
}

export function explainKeepAlive(check: KeepAliveCheck): BotCheckExplanation {
  const t = text.KEEP_ALIVE_TEXT;
  if (check.status === 'kept') return { code: 'kept', tone: 'ok', ...t.kept };
  if (check.status === 'not-checked') return { code: 'not-checked', tone: 'none', ...t.notChecked };
  const code = check.errorCode ?? 'UNEXPECTED_ANSWER';
  if (isKeepAliveErrorCode(code)) return { code, tone: 'fail', ...t[code] };
  return { code, tone: 'fail', title: t.unknown.title, meaning: t.unknown.meaning(code), whatToDo: t.unknown.whatToDo };
}
