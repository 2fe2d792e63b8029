/**
 * Reads one Accounts API (JSON-RPC) answer: `{ jsonrpc, result, id }`, or an error that Betfair sends with
 * HTTP 200 as `{ jsonrpc, error: { code: -32099, message: "AANGX-0004", data: { AccountAPINGException:
 * { errorCode: "INVALID_APP_KEY", ... } } }, id }`. Anything else (HTTP 500, HTML, too large, empty) is a fault.
 */
import { text } from '../../../shared/i18n/text.js';
import type { ExchangeOutcome } from '../transport/index.js';
import { readJsonAnswer } from '../transport/index.js';
import type { Fault } from '../transport/index.js';

export type AccountsAnswer =
  | { readonly kind: 'result'; readonly result: unknown }
  /** The AccountAPINGException errorCode, or for another JSON-RPC error its message (e.g. "DSC-0021"). */
  | { readonly kind: 'error'; readonly errorCode: string }
  | { readonly kind: 'fault'; readonly fault: Fault };

/** Longest errorCode kept (it is shown to the user as it came). */
const MAX_CODE_LENGTH = 80;

/** An answer that is not an Accounts API answer (also used when a result has the wrong shape). */
export function unexpectedAccountsAnswer(host: string, httpStatus: number, reason: string): Fault {
  return {
    code: 'UNEXPECTED_ANSWER',
    detail: { host, httpStatus, reason, expected: text.ACCOUNTS_UNEXPECTED.expected },
  };
}

function unexpected(host: string, httpStatus: number, reason: string): AccountsAnswer {
  return { kind: 'fault', fault: unexpectedAccountsAnswer(host, httpStatus, reason) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortText(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  return text === '' ? null : text.slice(0, MAX_CODE_LENGTH);
}

function errorCodeOf(error: Record<string, unknown>): string | null {
  const data = error.data;
  if (isRecord(data)) {
    const name = typeof data.exceptionname === 'string' ? data.exceptionname : 'AccountAPINGException';
    const exception = data[name] ?? data.AccountAPINGException;
    if (isRecord(exception)) {
      const code = shortText(exception.errorCode);
      if (code !== null) return code;
    }
  }
  return shortText(error.message) ?? shortText(error.code);
}

export function readAccountsAnswer(outcome: ExchangeOutcome, host: string): AccountsAnswer {
  const answer = readJsonAnswer(outcome);
  if (answer.kind === 'fault') return answer;
  if (answer.kind === 'bad') {
    const reason =
      answer.problem === 'tooLarge' ? text.ACCOUNTS_UNEXPECTED.tooLarge : text.UNEXPECTED_REASONS[answer.problem];
    return unexpected(host, answer.status, reason);
  }
  const { status, data } = answer;
  if (isRecord(data.error)) {
    const code = errorCodeOf(data.error);
    return code === null
      ? unexpected(host, status, text.ACCOUNTS_UNEXPECTED.noResult)
      : { kind: 'error', errorCode: code };
  }
  if (!('result' in data)) return unexpected(host, status, text.ACCOUNTS_UNEXPECTED.noResult);
  return { kind: 'result', result: data.result };
}
