/** Reads certlogin's answer: `{ sessionToken, loginStatus }` as JSON with HTTP 200, or an "unexpected answer". */
import { text } from '../../../shared/i18n/text.js';
import type { Fault } from '../transport/index.js';
import type { ExchangeOutcome } from '../transport/index.js';
import { readJsonAnswer } from '../transport/index.js';

export type CertloginAnswer =
  | { readonly kind: 'status'; readonly loginStatus: string; readonly sessionToken: string | null }
  | { readonly kind: 'fault'; readonly fault: Fault };

/**
 * The shape of every status Betfair documents (SUCCESS, INVALID_USERNAME_OR_PASSWORD, ...). Anything else from a
 * server is never shown or stored: a hostile one could send terminal escape codes or markup.
 */
const LOGIN_STATUS_SHAPE = /^[A-Z0-9_]{1,64}$/;

/**
 * A session token is sent back in the X-Authentication header (Accounts API, logout) and may be printed
 * (--keep-session): only visible ASCII can be. Betfair's are base64 text of about 44 characters; anything with a
 * CR/LF, a control or a non-ASCII character is an unexpected answer, and is neither sent nor shown.
 */
const SESSION_TOKEN_SHAPE = /^[\x21-\x7e]{1,1024}$/;

function unexpected(host: string, httpStatus: number, reason: string): CertloginAnswer {
  return { kind: 'fault', fault: { code: 'UNEXPECTED_ANSWER', detail: { host, httpStatus, reason } } };
}

export function readCertloginAnswer(outcome: ExchangeOutcome, host: string): CertloginAnswer {
  const answer = readJsonAnswer(outcome);
  if (answer.kind === 'fault') return answer;
  if (answer.kind === 'bad') return unexpected(host, answer.status, text.UNEXPECTED_REASONS[answer.problem]);
  const { status, data: record } = answer;
  const loginStatus = record.loginStatus;
  if (typeof loginStatus !== 'string' || loginStatus.trim() === '')
    return unexpected(host, status, text.UNEXPECTED_REASONS.noStatus);
  if (!LOGIN_STATUS_SHAPE.test(loginStatus)) return unexpected(host, status, text.UNEXPECTED_REASONS.oddStatus);
  const token = typeof record.sessionToken === 'string' && record.sessionToken !== '' ? record.sessionToken : null;
  if (loginStatus === 'SUCCESS' && token === null) return unexpected(host, status, text.UNEXPECTED_REASONS.noStatus);
  if (token !== null && !SESSION_TOKEN_SHAPE.test(token))
    return unexpected(host, status, text.UNEXPECTED_REASONS.oddToken);
  return { kind: 'status', loginStatus, sessionToken: token };
}

/** Logout answers `{ token, product, status, error }`; true only for status SUCCESS. */
export function readLogoutAnswer(outcome: ExchangeOutcome): boolean {
  if (outcome.kind !== 'answer' || outcome.status !== 200 || outcome.tooLarge) return false;
  try {
    const data: unknown = JSON.parse(outcome.body);
    return typeof data === 'object' && data !== null && (data as Record<string, unknown>).status === 'SUCCESS';
  } catch {
    return false;
  }
}
