/**
 * The application-key check of one test login, after SUCCESS and before the logout, on the same session, two
 * connections at once: (1) getDeveloperAppKeys, then (1b) when the account has none and the caller asked,
 * createDeveloperAppKeys (the new keys become the list); and at the same time (2) when a key was given,
 * getAccountFunds with it. Then it decides the status: refused (INVALID_APP_KEY / NO_APP_KEY) > not-yours (listed
 * and absent) > valid; not-checked when the Accounts API gave no usable answer. One call's failure never hides
 * the other's answer. Never throws; the session token stays in here.
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
  /**
   * The connections for the key list (and the creation after it) and for the key check: two, so both calls go out
   * at once. Made here when absent; destroyed here either way.
   */
  readonly agents?: { readonly list: Agent; readonly funds: Agent };
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

/** The key list, then, when the account has none and the caller asked, the creation on the same connection. */
async function listOrCreate(
  session: AccountsSession,
  name: string | undefined,
): Promise<{ readonly listing: Listing; readonly creation: AppKeysCreation | undefined }> {
  const listing = await listKeys(session);
  if (name === undefined || name === '') return { listing, creation: undefined };
  if (!listing.ok) return { listing, creation: keysCreationOf(name, listing.problem) };
  if (listing.keys.length > 0) return { listing, creation: undefined };
  const created = await createKeys(session, name);
  return {
    listing: created.ok ? created : listing,
    creation: keysCreationOf(name, created.ok ? null : created.problem),
  };
}

export async function checkAppKeys(req: AppKeyCheckRequest): Promise<AppKeyCheckOutcome> {
  const agents = req.agents ?? {
    list: new Agent({ keepAlive: true, maxSockets: 1 }),
    funds: new Agent({ keepAlive: true, maxSockets: 1 }),
  };
  const session = (agent: Agent): AccountsSession => ({
    url: req.url,
    token: req.token,
    ca: req.ca,
    agent,
    timeoutMs: req.timeoutMs,
    env: req.env,
  });
  try {
    const appKey = req.appKey.trim();
    // The list and the key check go out together, each on its own connection: one round trip for both.
    const [{ listing, creation }, funds] = await Promise.all([
      listOrCreate(session(agents.list), req.createAppKeysName?.trim()),
      appKey === '' ? null : checkFunds(session(agents.funds), appKey),
    ]);
    return {
      appKeys: listing.ok ? listing.keys : null,
      appKeyCheck: keyCheckOf(decideKeyCheck(appKey, listing, funds)),
      ...(creation ? { appKeysCreation: creation } : {}),
    };
  } finally {
    agents.list.destroy();
    agents.funds.destroy();
  }
}
