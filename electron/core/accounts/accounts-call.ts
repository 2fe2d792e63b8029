/**
 * One Accounts API call on the test session: JSON-RPC POST with X-Authentication (the session token), plain
 * HTTPS (no client certificate), the same deadline, size cap and never-throw rules as the login. X-Application
 * is sent only when a key is being checked (getAccountFunds); the key-listing and key-creating calls send none.
 */
import type { Agent } from 'node:https';
import { accountsRequestBody, type AccountsOperation } from '../../../shared/accounts-api.js';
import type { Env } from '../data-dir.js';
import { postOnce } from '../transport/index.js';
import { readAccountsAnswer, type AccountsAnswer } from './accounts-answer.js';

/** Everything the calls of one test share: one keep-alive agent, so all of them use one TLS connection. */
export interface AccountsSession {
  readonly url: URL;
  /** The session token: sent in a header to Betfair, never returned or logged. */
  readonly token: string;
  readonly ca: readonly string[] | undefined;
  readonly agent: Agent;
  readonly timeoutMs: number;
  readonly env: Env;
}

export async function callAccounts(
  session: AccountsSession,
  operation: AccountsOperation,
  params: Readonly<Record<string, string>> = {},
  appKey?: string,
): Promise<AccountsAnswer> {
  const outcome = await postOnce({
    url: session.url,
    headers: {
      'X-Authentication': session.token,
      ...(appKey !== undefined ? { 'X-Application': appKey } : {}),
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: accountsRequestBody(operation, params),
    client: undefined,
    ca: session.ca,
    agent: session.agent,
    timeoutMs: session.timeoutMs,
    env: session.env,
  });
  return readAccountsAnswer(outcome, session.url.hostname);
}
