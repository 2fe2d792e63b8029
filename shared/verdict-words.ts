/**
 * The words of a verdict (shared/verdict.ts) in the language in use: its own words for the outcomes it owns, the
 * login status catalogue's for a refused login and the fault catalogue's for a fault. Made from codes when needed,
 * so a stored result follows the language.
 */
import { describeAppKey } from './app-key-catalogue.js';
import { text } from './i18n/text.js';
import type { JurisdictionId } from './jurisdictions.js';
import { explainFault, explainLoginStatus } from './login-catalogue.js';
import type { Verdict, VerdictFacts } from './verdict.js';

export interface VerdictWords {
  readonly title: string;
  readonly whatToDo: string;
}

export function verdictWords(verdict: Verdict, jurisdiction: JurisdictionId): VerdictWords {
  if (verdict.outcome === 'login-failed') {
    const e = explainLoginStatus(verdict.code, jurisdiction);
    return { title: e.title, whatToDo: e.whatToDo };
  }
  if (verdict.outcome === 'fault') {
    const e = explainFault(verdict.code);
    return { title: e.title, whatToDo: e.whatToDo };
  }
  return text.VERDICT_TEXT[verdict.outcome];
}

/** The key row: its app name, delayed or live, active or not, and whether the bot can bet with it. */
export function keyRowWords(facts: VerdictFacts, verdict: Verdict): string {
  const rows = text.VERDICT_ROWS;
  const key = facts.key;
  if (key === null || key.status === 'not-checked') return rows.keyNotChecked;
  if (key.status === 'not-given') return rows.keyNotChosen;
  const parts: string[] = [];
  if (key.appName !== null) parts.push(rows.appName(key.appName));
  if (key.status === 'not-yours') parts.push(rows.keyNotYours);
  else if (key.status === 'refused') parts.push(rows.keyRefused);
  if (key.delayed !== null && (key.active !== null || key.delayed))
    parts.push(describeAppKey({ delayed: key.delayed, active: key.active ?? true }));
  else if (key.status === 'valid') parts.push(rows.keyKindUnknown);
  if (verdict.canBet !== null) parts.push(rows.canBet(verdict.canBet));
  return parts.join(' \u00b7 ');
}

export function streamRowWords(facts: VerdictFacts): string {
  const rows = text.VERDICT_ROWS;
  switch (facts.stream?.status) {
    case 'allowed':
      return rows.streamAllowed;
    case 'not-allowed':
      return facts.stream.errorCode ? `${rows.streamNotAllowed} (${facts.stream.errorCode})` : rows.streamNotAllowed;
    case 'failed':
      return rows.streamFailed;
    default:
      return rows.streamNotChecked;
  }
}

export function keepAliveRowWords(facts: VerdictFacts): string {
  const rows = text.VERDICT_ROWS;
  switch (facts.keepAlive?.status) {
    case 'kept':
      return rows.keepAliveKept;
    case 'failed':
      return facts.keepAlive.errorCode
        ? `${rows.keepAliveFailed} (${facts.keepAlive.errorCode})`
        : rows.keepAliveFailed;
    default:
      return rows.keepAliveNotChecked;
  }
}
