/**
 * What a test login means for the bot, from the login answer and the application-key check: the headline rule
 * ("Your bot login works" only when the key is valid).
 */
import type { AppKeyCheckStatus } from '../../shared/app-key-types.js';
import type { LoginReport } from '../../shared/login-types.js';

/**
 * works: the login and the key are fine;
 * choose: no key was given, the account's keys are listed to pick from;
 * create: no key was given and the account has none (the wizard offers to create them);
 * fix: the key given is refused or not the account's own;
 * not-checked: the login works but the Accounts API did not answer, so the key could not be checked.
 */
export type KeyVerdict = 'works' | 'choose' | 'create' | 'fix' | 'not-checked';

const VERDICTS: Readonly<Record<AppKeyCheckStatus, KeyVerdict>> = {
  valid: 'works',
  'not-given': 'choose',
  'not-yours': 'fix',
  refused: 'fix',
  'not-checked': 'not-checked',
};

/** Only for a report whose login succeeded. A report without a key check (none was asked for) counts as working. */
export function keyVerdict(report: LoginReport): KeyVerdict {
  if (!report.appKeyCheck) return 'works';
  const verdict = VERDICTS[report.appKeyCheck.status];
  return verdict === 'choose' && needsKeys(report) ? 'create' : verdict;
}

/** A passing test: the login works and nothing says the key is wrong, so the key and username are worth keeping. */
export function isPassingTest(report: LoginReport): boolean {
  if (!report.success) return false;
  const verdict = keyVerdict(report);
  return verdict === 'works' || verdict === 'not-checked';
}

/** The account has no keys yet (listed and empty): offer to create them. */
export function needsKeys(report: LoginReport): boolean {
  return report.success && report.appKeys !== null && report.appKeys.length === 0;
}
