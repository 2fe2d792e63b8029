/** Builds findings (code + severity + the facts their words need) and orders them errors first. */
import type { Finding, FindingSeverity } from '../../../shared/certificate-types.js';
import type { FindingCode } from '../../../shared/codes.js';
import type { FINDING_TEXT } from '../../../shared/i18n/en/finding-text.js';

const WARNINGS: ReadonlySet<FindingCode> = new Set<FindingCode>(['RSA_1024', 'EXPIRES_SOON']);

export function severityOf(code: FindingCode): FindingSeverity {
  return WARNINGS.has(code) ? 'warning' : 'error';
}

type FileCode = {
  [K in FindingCode]: (typeof FINDING_TEXT)[K] extends (file: string) => string ? K : never;
}[FindingCode];

/** A finding about one named file (by the file's name, not its full path). */
export function fileFinding(code: FileCode, fileName: string): Finding {
  return { code, severity: severityOf(code), file: fileName };
}

export function rsaSizeFinding(bits: number): Finding {
  return { code: 'RSA_SIZE', severity: 'error', bits };
}

type PlainCode = {
  [K in FindingCode]: (typeof FINDING_TEXT)[K] extends () => string ? K : never;
}[FindingCode];

export function finding(code: PlainCode): Finding {
  return { code, severity: severityOf(code) };
}

/** Errors first, then warnings; one finding per code. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => (seen.has(f.code) ? false : (seen.add(f.code), true)));
  return [...unique.filter((f) => f.severity === 'error'), ...unique.filter((f) => f.severity === 'warning')];
}
