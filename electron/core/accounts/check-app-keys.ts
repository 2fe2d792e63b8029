/**
 * The application-key check of one test login, after SUCCESS and before the logout, on the same session:
 * (1) getDeveloperAppKeys; (1b) when the account has none and the caller asked, createDeveloperAppKeys (the new
 * keys become the list); (2) when a key was given, getAccountFunds with it. Then it decides the status:
 * refused (INVALID_APP_KEY / NO_APP_KEY) > not-yours (listed and absent) > valid; not-checked when the Accounts API
 * gave no usable answer. When the listing fails at the network level, nothing more is sent (the API is down).
 * Never throws; the session token stays in here.
 */
import { Agent } from 'node:https';
import { ACCOUNTS_OPERATIONS, APP_KEY_REFUSED_CODES } from '../../../shared/accounts-api.js';
import {
  keyCheckOf,
  keysCreationOf,
  type AccountsProblem,
  type KeyCheckFacts,
} from '../../../shared/app-key-catalogue.js';
import type { AppKeyCheck, AppKeySummary, AppKeysCreation } from '../../../shared/app-key-types.js';
import { text } from '../../../shared/i18n/text.js';
import type { Env } from '../data-dir.js';
import { unexpectedAccountsAnswer, type AccountsAnswer } from './accounts-answer.js';
import { callAccounts, type AccountsSession } from './accounts-call.js';
import { findKey, readDeveloperApp, readDeveloperApps } from './developer-apps.js';

export interface AppKeyCheckRequest {
  readonly url: URL;
  readonly token: string;
  readonly ca: readonly string[] | undefined;
  readonly timeoutMs: number;
  readonly env: Env;
  /** The key typed; empty when none was given. */
  readonly appKey: string;
  /** Create keys under this name when the account has none (already checked: not empty, no username in it). */
  readonly createAppKeysName?: string;
}

export interface AppKeyCheckOutcome {
  readonly appKeys: readonly AppKeySummary[] | null;
  readonly appKeyCheck: AppKeyCheck;
  readonly appKeysCreation?: AppKeysCreation;
}

type Listing =
  { readonly ok: true; readonly keys: AppKeySummary[] } | { readonly ok: false; readonly problem: AccountsProblem };

function problemOf(answer: Exclude<AccountsAnswer, { kind: 'result' }>): AccountsProblem {
  return answer.kind === 'error'
    ? { kind: 'error', code: answer.errorCode }
    : { kind: 'fault', code: answer.fault.code, detail: answer.fault.detail };
}

function wrongShape(url: URL, reason: string): AccountsProblem {
  const fault = unexpectedAccountsAnswer(url.hostname, 200, reason);
  return { kind: 'fault', code: fault.code, detail: fault.detail };
}

async function listKeys(session: AccountsSession): Promise<Listing> {
  const answer = await callAccounts(session, ACCOUNTS_OPERATIONS.listKeys);
  if (answer.kind !== 'result') return { ok: false, problem: problemOf(answer) };
  const keys = readDeveloperApps(answer.result);
  return keys === null
    ? { ok: false, problem: wrongShape(session.url, text.ACCOUNTS_UNEXPECTED.notKeys) }
    : { ok: true, keys };
}

async function createKeys(session: AccountsSession, appName: string): Promise<Listing> {
  const answer = await callAccounts(session, ACCOUNTS_OPERATIONS.createKeys, { appName });
  if (answer.kind !== 'result') return { ok: false, problem: problemOf(answer) };
  const keys = readDeveloperApp(answer.result);
  return keys === null
    ? { ok: false, problem: wrongShape(session.url, text.ACCOUNTS_UNEXPECTED.notKeys) }
    : { ok: true, keys };
}

type Funds = { readonly ok: true } | { readonly ok: false; readonly problem: AccountsProblem };

async function checkFunds(session: AccountsSession, appKey: string): Promise<Funds> {
  const answer = await callAccounts(session, ACCOUNTS_OPERATIONS.funds, {}, appKey);
  if (answer.kind !== 'result') return { ok: false, problem: problemOf(answer) };
  const result = answer.result;
  const isFunds = typeof result === 'object' && result !== null && 'availableToBetBalance' in result;
  return isFunds ? { ok: true } : { ok: false, problem: wrongShape(session.url, text.ACCOUNTS_UNEXPECTED.notFunds) };
}

/**
 * The status, by precedence: refused > not-yours > valid; not-checked otherwise. `funds` is null when no key was
 * given; when the key could not be asked about, it carries the reason.
 */
export function decideKeyCheck(appKey: string, listing: Listing, funds: Funds | null): KeyCheckFacts {
  const keys = listing.ok ? listing.keys : null;
  if (funds === null || appKey.trim() === '') return { status: 'not-given', keyCount: keys ? keys.length : null };
  const key = keys ? findKey(keys, appKey) : null;
  if (!funds.ok && funds.problem.kind === 'error' && APP_KEY_REFUSED_CODES.some((c) => c === funds.problem.code)) {
    return { status: 'refused', code: funds.problem.code, key };
  }
  if (keys && key === null) return { status: 'not-yours', keyCount: keys.length };
  return funds.ok ? { status: 'valid', key } : { status: 'not-checked', problem: funds.problem, key };
}

/** A listing that failed at the network level (no answer at all): nothing more is sent. */
function networkProblem(listing: Listing): AccountsProblem | null {
  if (listing.ok || listing.problem.kind !== 'fault' || listing.problem.code === 'UNEXPECTED_ANSWER') return null;
  return listing.problem;
}

export async function checkAppKeys(req: AppKeyCheckRequest): Promise<AppKeyCheckOutcome> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const session: AccountsSession = {
    url: req.url,
    token: req.token,
    ca: req.ca,
    agent,
    timeoutMs: req.timeoutMs,
    env: req.env,
  };
  try {
    let listing = await listKeys(session);
    let creation: AppKeysCreation | undefined;
    const name = req.createAppKeysName?.trim();
    if (name !== undefined && name !== '') {
      if (listing.ok && listing.keys.length === 0) {
        const created = await createKeys(session, name);
        creation = keysCreationOf(name, created.ok ? null : created.problem);
        if (created.ok) listing = created;
      } else if (!listing.ok) {
        creation = keysCreationOf(name, listing.problem);
      }
    }
    const appKey = req.appKey.trim();
    const down = networkProblem(listing);
    const funds: Funds | null =
      appKey === '' ? null : down ? { ok: false, problem: down } : await checkFunds(session, appKey);
    return {
      appKeys: listing.ok ? listing.keys : null,
      appKeyCheck: keyCheckOf(decideKeyCheck(appKey, listing, funds)),
      ...(creation ? { appKeysCreation: creation } : {}),
    };
  } finally {
    agent.destroy();
  }
}
