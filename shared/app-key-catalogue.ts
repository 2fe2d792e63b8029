/**
 * The application-key catalogue: turns what the Accounts API answered into AppKeyCheck / AppKeysCreation values
 * (codes and facts, for the bridge), and those into plain words where they are shown (from `text`, in the language
 * in use). Unknown errorCodes are named, every invisible or
 * controlling character in them shown escaped (shared/terminal-safe.ts), as is the name of created keys.
 */
import { text } from './i18n/text.js';
import type { AppKeyText } from './i18n/text-types.js';
import { isAccountsErrorCode, MAX_APP_NAME_LENGTH, appNameContainsUsername } from './accounts-api.js';
import type { AppKeyCheck, AppKeyCheckStatus, AppKeySummary, AppKeysCreation } from './app-key-types.js';
import type { Messages } from './i18n/messages.js';
import { explainFault, type FaultDetail } from './login-catalogue.js';
import { terminalSafe } from './terminal-safe.js';

/** Why the Accounts API gave no usable answer: a network/answer fault, or an AccountAPINGException errorCode. */
export type AccountsProblem =
  | { readonly kind: 'fault'; readonly code: string; readonly detail: FaultDetail }
  | { readonly kind: 'error'; readonly code: string };

/** All the catalogue reads of a key: which kind it is. */
export type KeyKind = Pick<AppKeySummary, 'delayed' | 'active'>;

/** What the engine found out about the key (keyCheckOf keeps what the words need). */
export type KeyCheckFacts =
  | { readonly status: 'valid'; readonly key: KeyKind | null }
  | { readonly status: 'not-yours'; readonly keyCount: number }
  | { readonly status: 'refused'; readonly code: string; readonly key: KeyKind | null }
  | { readonly status: 'not-given'; readonly keyCount: number | null }
  | { readonly status: 'not-checked'; readonly problem: AccountsProblem; readonly key: KeyKind | null };

/** Plain words for one Accounts API errorCode; an unknown code is named as it came. */
export function explainAccountsError(code: string): AppKeyText & { readonly unknown?: true } {
  if (isAccountsErrorCode(code)) return text.ACCOUNTS_ERROR_TEXT[code];
  const shown = code.trim() === '' ? '(empty)' : terminalSafe(code);
  return {
    title: text.UNKNOWN_ACCOUNTS_ERROR_TEXT.title,
    explanation: text.UNKNOWN_ACCOUNTS_ERROR_TEXT.explanation(shown),
    whatToDo: text.UNKNOWN_ACCOUNTS_ERROR_TEXT.whatToDo,
    unknown: true,
  };
}

/** The words for a problem: a fault's meaning (host, seconds...) or an errorCode's explanation. */
export function explainAccountsProblem(problem: AccountsProblem): AppKeyText {
  if (problem.kind === 'error') return explainAccountsError(problem.code);
  const e = explainFault(problem.code, problem.detail);
  return { title: e.title, explanation: e.meaning, whatToDo: e.whatToDo };
}

/** "delayed", "live, active" or "live, not active yet". */
export function describeAppKey(key: KeyKind): string {
  if (key.delayed) return text.KEY_LABELS.delayed;
  return `${text.KEY_LABELS.live}, ${key.active ? text.KEY_LABELS.active : text.KEY_LABELS.inactive}`;
}

function kindOf(key: KeyKind | null): { delayed?: boolean; active?: boolean } {
  return key ? { delayed: key.delayed, active: key.active } : {};
}

/** The name of one entry of APP_KEY_CHECK_TEXT (and of the CLI's CLI_TEXT.keyCheck). */
export type KeyCheckEntry = keyof Messages['APP_KEY_CHECK_TEXT'];

/**
 * Which words speak for a key check: its status, the key's kind when it is one of the listed keys, and how many
 * keys the account has (null: they could not be listed). The app's words and the CLI's are chosen the same way.
 */
export function keyCheckEntry(status: AppKeyCheckStatus, key: KeyKind | null, keyCount: number | null): KeyCheckEntry {
  switch (status) {
    case 'valid':
      if (key === null) return 'validUnlisted';
      if (key.delayed) return 'validDelayed';
      return key.active ? 'validLive' : 'validLiveInactive';
    case 'not-yours':
      return keyCount === 0 ? 'notYoursNoKeys' : 'notYours';
    case 'refused':
      return key !== null && !key.delayed && !key.active ? 'refusedInactiveLive' : 'refused';
    case 'not-given':
      if (keyCount === null) return 'notGivenNotListed';
      return keyCount === 0 ? 'notGivenNoKeys' : 'notGivenWithKeys';
    case 'not-checked':
      return 'notChecked';
  }
}

/** The check the engine sends: facts and codes only (the words are made where it is shown: keyCheckWords). */
export function keyCheckOf(facts: KeyCheckFacts): AppKeyCheck {
  switch (facts.status) {
    case 'valid':
      return { status: 'valid', ...kindOf(facts.key) };
    case 'not-yours':
      return { status: 'not-yours' };
    case 'refused':
      return { status: 'refused', code: facts.code, ...kindOf(facts.key) };
    case 'not-given':
      return { status: 'not-given' };
    case 'not-checked':
      return { status: 'not-checked', code: facts.problem.code, ...kindOf(facts.key), ...detailOf(facts.problem) };
  }
}

/** A fault's details travel with its code; an errorCode needs none. */
function detailOf(problem: AccountsProblem): { faultDetail?: FaultDetail } {
  return problem.kind === 'fault' ? { faultDetail: problem.detail } : {};
}

/** The problem a check or a creation carries: a fault when its details came with it, else an errorCode. */
function problemOf(code: string, faultDetail: FaultDetail | undefined): AccountsProblem {
  return faultDetail === undefined ? { kind: 'error', code } : { kind: 'fault', code, detail: faultDetail };
}

/** The kind of key a check saw, or none. */
export function keyKindOf(check: AppKeyCheck): KeyKind | null {
  if (check.delayed === undefined) return null;
  return { delayed: check.delayed, active: check.active === true };
}

/**
 * A key check in the language in use. `keyCount` is how many keys the account has (null: they could not be listed;
 * report.appKeys). A check that could not be done adds its cause (the fault's details, or the errorCode's words).
 */
export function keyCheckWords(check: AppKeyCheck, keyCount: number | null): AppKeyText {
  const words = text.APP_KEY_CHECK_TEXT[keyCheckEntry(check.status, keyKindOf(check), keyCount)];
  if (check.status !== 'not-checked') return words;
  const cause = explainAccountsProblem(problemOf(check.code ?? '', check.faultDetail));
  return { ...words, explanation: `${words.explanation} ${cause.explanation}` };
}

import type { AppNameProblem } from './codes.js';
export type { AppNameProblem };

export function checkAppName(appName: string, username: string): AppNameProblem | null {
  const name = appName.trim();
  if (name === '' || name.length > MAX_APP_NAME_LENGTH) return 'APP_NAME_INVALID';
  if (appNameContainsUsername(name, username)) return 'APP_NAME_CONTAINS_USERNAME';
  return null;
}

export function explainAppNameProblem(problem: AppNameProblem): AppKeyText {
  return problem === 'APP_NAME_INVALID'
    ? text.APP_KEYS_CREATION_TEXT.nameInvalid
    : text.APP_KEYS_CREATION_TEXT.nameContainsUsername;
}

/** Outcome of creating keys, as the engine sends it: created, or not with the code (and a fault's details). */
export function keysCreationOf(appName: string, problem: AccountsProblem | null): AppKeysCreation {
  if (problem === null) return { created: true, appName };
  return { created: false, appName, code: problem.code, ...detailOf(problem) };
}

/**
 * Why keys were not created, in the language in use. Betfair's own refusals (an errorCode) explain themselves; a
 * fault (no proper answer, also when the keys could not even be listed first) says the keys could not be created
 * and why.
 */
export function keysNotCreatedWords(creation: AppKeysCreation & { readonly created: false }): AppKeyText {
  const problem = problemOf(creation.code, creation.faultDetail);
  if (problem.kind === 'error') return explainAccountsError(problem.code);
  const words = text.APP_KEYS_CREATION_TEXT.notCreated;
  return { ...words, explanation: `${words.explanation} ${explainAccountsProblem(problem).explanation}` };
}

/** The sentence the UI and CLI show after creating: "Betfair created your two application keys under ...". */
export function createdKeysSentence(appName: string): string {
  return text.APP_KEYS_CREATION_TEXT.created(terminalSafe(appName));
}
