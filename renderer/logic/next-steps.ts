/**
 * What the test step offers after a login that works, from the one verdict (shared/verdict.ts): the headline is the
 * verdict's; these only decide which next steps come first.
 */
import type { LoginReport } from '../../shared/login-types.js';
import { judgeReport, type VerdictTone } from '../../shared/verdict.js';

/**
 * The key and username are worth remembering: the login works and nothing says the key is wrong (it is valid, or
 * could not be checked). A delayed or inactive key is still the account's own key: worth keeping for the snippets.
 */
export function keyWorthKeeping(report: LoginReport): boolean {
  if (!report.success) return false;
  const status = report.appKeyCheck?.status;
  return status === undefined || status === 'valid' || status === 'not-checked';
}

/** The verdict says: create the account's keys (none given, and the account has none). */
export function needsKeys(report: LoginReport): boolean {
  return judgeReport(report).outcome === 'create-keys';
}

/** The panel class of a verdict's tone. */
export const TONE_CLASSES: Readonly<Record<VerdictTone, string>> = {
  good: 'panel-success',
  warn: 'panel-warning',
  bad: 'panel-error',
};
