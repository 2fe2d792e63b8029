/**
 * The support report's facts (shared/support-report.ts), from what the window knows: the app's info, the settings
 * (site, certificate) and either the answer on screen (a report or a fault) or the stored last test (dashboard).
 * Only the allow-listed facts are picked here; the key is passed whole only to be cut to its last 4 characters.
 */
import type { AppInfo } from '../../shared/api.js';
import { DEFAULT_JURISDICTION } from '../../shared/jurisdictions.js';
import type { LoginReport } from '../../shared/login-types.js';
import type { AppError } from '../../shared/result.js';
import type { LastTest, Settings } from '../../shared/settings-schema.js';
import {
  testFactsOfError,
  testFactsOfLastTest,
  testFactsOfReport,
  type SupportFacts,
} from '../../shared/support-report.js';
import { factsOfReport, judge } from '../../shared/verdict.js';

/** What the report is about: the answer on screen, or the stored last test (then the key is the remembered one). */
export type ReportSubject =
  | { readonly kind: 'report'; readonly report: LoginReport; readonly appKey: string }
  | { readonly kind: 'error'; readonly error: AppError; readonly at: string }
  | { readonly kind: 'last-test'; readonly last: LastTest | null };

function base(
  info: AppInfo,
  settings: Settings,
): Pick<SupportFacts, 'appVersion' | 'os' | 'jurisdiction' | 'certificate'> {
  const certificate = settings.certificate;
  return {
    appVersion: info.version,
    os: info.platform,
    jurisdiction: settings.jurisdiction ?? DEFAULT_JURISDICTION,
    certificate: certificate
      ? { fingerprintSha256: certificate.fingerprintSha256, notAfter: certificate.notAfter }
      : null,
  };
}

/**
 * The subject of a report for an answer on screen; null for a "works" answer (nothing to report). `tested` is what
 * the test used (its key is cut to 4 characters in the report).
 */
export function reportSubjectOf(
  outcome:
    | { readonly kind: 'report'; readonly report: LoginReport; readonly tested: { readonly appKey: string } }
    | { readonly kind: 'error'; readonly error: AppError },
  now: Date,
): ReportSubject | null {
  if (outcome.kind === 'error') return { kind: 'error', error: outcome.error, at: now.toISOString() };
  const appKey = outcome.tested.appKey;
  if (judge(factsOfReport(outcome.report, appKey)).outcome === 'works') return null;
  return { kind: 'report', report: outcome.report, appKey };
}

export function supportFacts(info: AppInfo, settings: Settings, subject: ReportSubject, now: Date): SupportFacts {
  switch (subject.kind) {
    case 'report':
      return { ...base(info, settings), ...testFactsOfReport(subject.report, subject.appKey), at: subject.report.at };
    case 'error':
      return { ...base(info, settings), ...testFactsOfError(subject.error.code), at: subject.at };
    case 'last-test':
      return {
        ...base(info, settings),
        ...testFactsOfLastTest(subject.last, settings.appKey ?? ''),
        at: subject.last?.at ?? now.toISOString(),
      };
  }
}
