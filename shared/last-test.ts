/**
 * The dashboard's last test: what is stored of a test (the verdict's facts, codes only) and how a stored one is
 * judged again. A result stored by a version before the one verdict (only at, success, code, title) is re-judged from
 * its code; an old success without key facts reads as "the key could not be checked: test again", never as "works".
 */
import { isLoginFailureStatus } from './login-status-codes.js';
import type { JurisdictionId } from './jurisdictions.js';
import type { LoginReport } from './login-types.js';
import type { Result } from './result.js';
import type { LastTest } from './settings-schema.js';
import { factsOfError, factsOfReport, judge, type VerdictFacts } from './verdict.js';
import { verdictWords } from './verdict-words.js';

/** What to store of one test. `typedKey` finds the key's app name among the listed keys (the key is not stored). */
export function lastTestOf(
  result: Result<LoginReport>,
  typedKey: string,
  jurisdiction: JurisdictionId,
  now: () => Date = () => new Date(),
): LastTest {
  const findings = result.ok ? factsOfReport(result.value, typedKey) : factsOfError(result.error);
  const verdict = judge(findings);
  return {
    at: result.ok ? result.value.at : now().toISOString(),
    success: findings.login === 'success',
    code: verdict.outcome,
    title: verdictWords(verdict, jurisdiction).title,
    findings: findings,
  };
}

/** Codes the previous version stored for a working login with a key problem. */
const OLD_KEY_CODES = {
  APP_KEY_NOT_YOURS: 'not-yours',
  APP_KEY_REFUSED: 'refused',
  APP_KEY_NOT_CHECKED: 'not-checked',
} as const;

/** The facts of a stored last test: its findings, or, for an older result, what its code says. */
export function factsOfLastTest(last: LastTest): VerdictFacts {
  if (last.findings) return last.findings;
  const none = { key: null, accountHasKeys: null, stream: null, keepAlive: null } as const;
  const oldKey = Object.hasOwn(OLD_KEY_CODES, last.code)
    ? OLD_KEY_CODES[last.code as keyof typeof OLD_KEY_CODES]
    : null;
  if (oldKey !== null) {
    return {
      ...none,
      login: 'success',
      loginCode: 'SUCCESS',
      key: { status: oldKey, delayed: null, active: null, appName: null },
    };
  }
  // An old SUCCESS had no key facts: the key reads as not checked (test again), never as "works".
  if (last.code === 'SUCCESS') return { ...none, login: 'success', loginCode: 'SUCCESS' };
  // A Betfair loginStatus is a refused login; anything else was a fault (no proper answer, or not tested).
  return { ...none, login: isLoginFailureStatus(last.code) ? 'refused' : 'fault', loginCode: last.code };
}
