/**
 * The application-key catalogue: turns what the Accounts API answered into AppKeyCheck / AppKeysCreation values
 * with plain words (from `text`, in the language in use). Unknown errorCodes are named, every invisible or
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

/** What the engine found out about the key; the catalogue adds the words. */
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

/** The name of one entry of APP_KEY_CHECK_TEXT (and of the CLI's CLI_KEY_CHECK_TEXT). */
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

export function explainAppKeyCheck(facts: KeyCheckFacts): AppKeyCheck {
  const words = (key: KeyKind | null, keyCount: number | null): AppKeyText =>
    text.APP_KEY_CHECK_TEXT[keyCheckEntry(facts.status, key, keyCount)];
  switch (facts.status) {
    case 'valid':
      return { status: 'valid', ...kindOf(facts.key), ...words(facts.key, null) };
    case 'not-yours':
      return { status: 'not-yours', ...words(null, facts.keyCount) };
    case 'refused':
      return { status: 'refused', code: facts.code, ...kindOf(facts.key), ...words(facts.key, null) };
    case 'not-given':
      return { status: 'not-given', ...words(null, facts.keyCount) };
    case 'not-checked': {
      const cause = explainAccountsProblem(facts.problem);
      return {
        status: 'not-checked',
        code: facts.problem.code,
        ...kindOf(facts.key),
        title: text.APP_KEY_CHECK_TEXT.notChecked.title,
        explanation: `${text.APP_KEY_CHECK_TEXT.notChecked.explanation} ${cause.explanation}`,
        whatToDo: text.APP_KEY_CHECK_TEXT.notChecked.whatToDo,
      };
    }
  }
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

/**
 * Outcome of creating keys: created, or not, with the reason in plain words. Betfair's own refusals (an
 * errorCode) explain themselves; a fault (no proper answer, also when the keys could not even be listed first)
 * says the keys could not be created and why.
 */
export function explainAppKeysCreation(appName: string, problem: AccountsProblem | null): AppKeysCreation {
  if (problem === null) return { created: true, appName };
  const words =
    problem.kind === 'error'
      ? explainAccountsError(problem.code)
      : {
          ...text.APP_KEYS_CREATION_TEXT.notCreated,
          explanation: `${text.APP_KEYS_CREATION_TEXT.notCreated.explanation} ${explainAccountsProblem(problem).explanation}`,
        };
  return {
    created: false,
    appName,
    code: problem.code,
    title: words.title,
    explanation: words.explanation,
    whatToDo: words.whatToDo,
  };
}

/** The sentence the UI and CLI show after creating: "Betfair created your two application keys under ...". */
export function createdKeysSentence(appName: string): string {
  return text.APP_KEYS_CREATION_TEXT.created(terminalSafe(appName));
}
