/**
 * `login --report`: after the test, the support report (shared/support-report.ts) of what it found, printed for the
 * user to read and send by hand (the CLI never sends it): the allow-listed facts in English codes, paths under the
 * home folder as ~. With --json it is the `supportReport` field.
 */
import { homedir } from 'node:os';
import { summarizeCertificatePem } from '../core/certificates/index.js';
import type { JurisdictionId } from '../../shared/jurisdictions.js';
import type { LoginReport } from '../../shared/login-types.js';
import type { Result } from '../../shared/result.js';
import { supportReport, testFactsOfError, testFactsOfReport, type SupportFacts } from '../../shared/support-report.js';

export const REPORT_FLAG = 'report';

declare const __BOTLOGIN_VERSION__: string;

/** The version of the build (a test run from source has none: "dev"). */
function appVersion(): string {
  return typeof __BOTLOGIN_VERSION__ === 'string' ? __BOTLOGIN_VERSION__ : 'dev';
}

function certificateFacts(certPem: string | null): SupportFacts['certificate'] {
  if (certPem === null) return null;
  try {
    const summary = summarizeCertificatePem(certPem);
    return { fingerprintSha256: summary.fingerprintSha256, notAfter: summary.notAfter };
  } catch {
    return null;
  }
}

export interface ReportInput {
  readonly jurisdiction: JurisdictionId;
  readonly result: Result<LoginReport>;
  /** The key the test used (only its last 4 characters are written). */
  readonly appKey: string;
  /** The certificate the test loaded, when it got that far. */
  readonly certPem: string | null;
  readonly now: Date;
}

export function cliSupportReport(input: ReportInput): string {
  const { result } = input;
  const facts: SupportFacts = {
    appVersion: appVersion(),
    os: `${process.platform} ${process.arch}`,
    jurisdiction: input.jurisdiction,
    ...(result.ok ? testFactsOfReport(result.value, input.appKey) : testFactsOfError(result.error.code)),
    certificate: certificateFacts(input.certPem),
    at: result.ok ? result.value.at : input.now.toISOString(),
  };
  return supportReport(facts, homedir()).text;
}
