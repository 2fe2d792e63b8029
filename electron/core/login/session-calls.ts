/**
 * The login engine's calls to identitysso: the certlogin POST (mutual TLS, one handshake), and on the session it
 * gives, keepAlive (once, before the logout, to prove the bot can keep its session instead of logging in again)
 * and the logout. Each is one exchange through the transport: its deadline, size cap and never-throw rules.
 */
import type { Agent } from 'node:https';
import { isKeepAliveErrorCode } from '../../../shared/stream-api.js';
import type { KeepAliveCheck } from '../../../shared/bot-check-types.js';
import type { Env } from '../data-dir.js';
import { postOnce, readJsonAnswer, type ExchangeOutcome } from '../transport/index.js';
import { readLogoutAnswer } from './certlogin-answer.js';
import type { LoginCredential } from './types.js';

/** What every call of one test shares. */
export interface SessionCallContext {
  readonly agent: Agent;
  readonly ca: readonly string[] | undefined;
  readonly timeoutMs: number;
  readonly env: Env;
}

export function postCertlogin(
  ctx: SessionCallContext,
  url: URL,
  credential: LoginCredential,
  appKey: string,
  username: string,
  password: string,
): Promise<ExchangeOutcome> {
  return postOnce({
    url,
    headers: {
      'X-Application': appKey,
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    },
    body: new URLSearchParams({ username, password }).toString(),
    client: { cert: credential.certPem, key: credential.keyPem },
    ca: ctx.ca,
    agent: ctx.agent,
    timeoutMs: ctx.timeoutMs,
    env: ctx.env,
  });
}

/** One call on the session (keepAlive, logout): empty body, the token and the key, on the login's connection. */
function postOnSession(
  ctx: SessionCallContext,
  url: URL,
  credential: LoginCredential,
  appKey: string,
  token: string,
): Promise<ExchangeOutcome> {
  return postOnce({
    url,
    headers: { 'X-Authentication': token, 'X-Application': appKey, Accept: 'application/json' },
    body: '',
    client: { cert: credential.certPem, key: credential.keyPem },
    ca: ctx.ca,
    agent: ctx.agent,
    timeoutMs: ctx.timeoutMs,
    env: ctx.env,
  });
}

export async function logout(
  ctx: SessionCallContext,
  url: URL,
  credential: LoginCredential,
  appKey: string,
  token: string,
): Promise<boolean> {
  return readLogoutAnswer(await postOnSession(ctx, url, credential, appKey, token));
}

/** The shape of a code worth showing; anything else from a server is never shown (it could carry escape codes). */
const CODE_SHAPE = /^[A-Z0-9_]{1,64}$/;

/** keepAlive's answer `{ token, product, status: SUCCESS | FAIL, error }` as a KeepAliveCheck. */
export function readKeepAliveAnswer(outcome: ExchangeOutcome): KeepAliveCheck {
  const answer = readJsonAnswer(outcome);
  if (answer.kind === 'fault') return { status: 'failed', errorCode: answer.fault.code };
  if (answer.kind === 'bad') return { status: 'failed', errorCode: 'UNEXPECTED_ANSWER' };
  const { status, error } = answer.data;
  if (status === 'SUCCESS') return { status: 'kept' };
  if (status !== 'FAIL') return { status: 'failed', errorCode: 'UNEXPECTED_ANSWER' };
  if (typeof error === 'string' && (isKeepAliveErrorCode(error) || CODE_SHAPE.test(error)))
    return { status: 'failed', errorCode: error };
  return { status: 'failed', errorCode: 'UNEXPECTED_ANSWER' };
}

/**
 * One keepAlive on identitysso (X-Authentication + X-Application, Accept JSON). Betfair's keepAlive needs no client
 * certificate; it is offered anyway, like the logout's, so both ride the login's TLS connection where the host is
 * the same (one handshake). Never throws.
 */
export async function keepAlive(
  ctx: SessionCallContext,
  url: URL,
  credential: LoginCredential,
  appKey: string,
  token: string,
): Promise<KeepAliveCheck> {
  try {
    return readKeepAliveAnswer(await postOnSession(ctx, url, credential, appKey, token));
  } catch {
    return { status: 'failed', errorCode: 'LOGIN_FAILED_UNEXPECTEDLY' };
  }
}
