/**
 * The words of what main answered, made again from its codes in the language in use, so a test result or the
 * dashboard's last test follows a language switch made after it. What cannot be made again from codes alone keeps
 * main's words: a key check that could not be done (its cause's details), and a fault's details (host, seconds).
 */
import { explainAppKeyCheck, type KeyKind } from '../../shared/app-key-catalogue.js';
import type { AppKeyCheck } from '../../shared/app-key-types.js';
import { isFaultCode } from '../../shared/codes.js';
import type { JurisdictionId } from '../../shared/jurisdictions.js';
import { explainFault, explainLoginStatus } from '../../shared/login-catalogue.js';
import type { LoginReport, StatusExplanation } from '../../shared/login-types.js';
import type { AppError } from '../../shared/result.js';
import type { LastTest } from '../../shared/settings-schema.js';
import { factsOfLastTest } from '../../shared/last-test.js';
import { judge, type Verdict, type VerdictFacts } from '../../shared/verdict.js';
import { verdictWords } from '../../shared/verdict-words.js';

/** Why a login failed (or what a working one means), for the report's own site. */
export function statusWords(report: LoginReport): StatusExplanation {
  return explainLoginStatus(report.loginStatus, report.jurisdiction);
}

/** The kind of key the check saw, or none. */
function keyOf(check: AppKeyCheck): KeyKind | null {
  if (check.delayed === undefined || check.active === undefined) return null;
  return { delayed: check.delayed, active: check.active };
}

/** The key check in the language in use (a check that could not be done keeps main's words). */
export function keyCheckWords(report: LoginReport): AppKeyCheck | null {
  const check = report.appKeyCheck;
  if (check === null) return null;
  const keyCount = report.appKeys === null ? null : report.appKeys.length;
  switch (check.status) {
    case 'valid':
      return explainAppKeyCheck({ status: 'valid', key: keyOf(check) });
    case 'not-yours':
      return explainAppKeyCheck({ status: 'not-yours', keyCount: keyCount ?? 1 });
    case 'refused':
      return explainAppKeyCheck({ status: 'refused', code: check.code ?? '', key: keyOf(check) });
    case 'not-given':
      return explainAppKeyCheck({ status: 'not-given', keyCount });
    case 'not-checked':
      return check;
  }
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
