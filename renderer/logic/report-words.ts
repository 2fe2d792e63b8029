/**
 * The words of what main answered, made from its codes and facts in the language in use (main sends no words for a
 * report), so a test result or the dashboard's last test follows a language switch made after it. An error keeps
 * main's words while they are in the language in use (they carry details), else they are made from its code.
 */
import { keyCheckWords as wordKeyCheck } from '../../shared/app-key-catalogue.js';
import { isFaultCode } from '../../shared/codes.js';
import type { AppKeyText } from '../../shared/i18n/text-types.js';
import type { JurisdictionId } from '../../shared/jurisdictions.js';
import { explainFault, explainLoginStatus, type StatusExplanation } from '../../shared/login-catalogue.js';
import type { LoginReport } from '../../shared/login-types.js';
import type { AppError } from '../../shared/result.js';
import type { LastTest } from '../../shared/settings-schema.js';
import { factsOfLastTest } from '../../shared/last-test.js';
import { judge, type Verdict, type VerdictFacts } from '../../shared/verdict.js';
import { verdictWords } from '../../shared/verdict-words.js';

/** Why a login failed (or what a working one means), for the report's own site. */
export function statusWords(report: LoginReport): StatusExplanation {
  return explainLoginStatus(report.loginStatus, report.jurisdiction);
}

/** The key check in the language in use; null when the login failed. */
export function keyCheckWords(report: LoginReport): AppKeyText | null {
  if (report.appKeyCheck === null) return null;
  return wordKeyCheck(report.appKeyCheck, report.appKeys === null ? null : report.appKeys.length);
}

/** A fault in the language in use: main's words while they are in it (they carry details), else made from its code. */
export function errorWords(error: AppError, sameLanguage: boolean): AppError {
  if (sameLanguage || !isFaultCode(error.code)) return error;
  const words = explainFault(error.code);
  return { ...error, title: words.title, message: words.meaning, whatToDo: words.whatToDo };
}

/** The dashboard's last test, judged again by the one verdict from what it stored, in the language in use. */
export interface LastTestWords {
  readonly facts: VerdictFacts;
  readonly verdict: Verdict;
  readonly title: string;
}

export function lastTestWords(last: LastTest, jurisdiction: JurisdictionId): LastTestWords {
  const facts = factsOfLastTest(last);
  const verdict = judge(facts);
  let title = verdictWords(verdict, jurisdiction).title;
  // A fault code this version does not know (stored by another version): keep the words stored with it.
  if (verdict.outcome === 'fault' && explainFault(verdict.code).unknown === true) title = last.title;
  return { facts, verdict, title };
}
