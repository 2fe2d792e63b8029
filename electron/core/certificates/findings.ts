/** Builds findings (code + severity + plain message) and orders them errors first. */
import type { Finding, FindingSeverity } from '../../../shared/certificate-types.js';
import { text } from '../../../shared/i18n/text.js';
import type { FindingCode } from '../../../shared/codes.js';

const WARNINGS: ReadonlySet<FindingCode> = new Set<FindingCode>(['RSA_1024', 'EXPIRES_SOON']);

export function severityOf(code: FindingCode): FindingSeverity {
  return WARNINGS.has(code) ? 'warning' : 'error';
}

type FileCode = {
  [K in FindingCode]: (typeof text.FINDING_TEXT)[K] extends (file: string) => string ? K : never;
}[FindingCode];

/** A finding about one named file (the message shows the file's name, not its full path). */
export function fileFinding(code: FileCode, fileName: string): Finding {
  return { code, severity: severityOf(code), message: text.FINDING_TEXT[code](fileName) };
}

export function rsaSizeFinding(bits: number): Finding {
  return { code: 'RSA_SIZE', severity: 'error', message: text.FINDING_TEXT.RSA_SIZE(bits) };
}

type PlainCode = {
  [K in FindingCode]: (typeof text.FINDING_TEXT)[K] extends () => string ? K : never;
}[FindingCode];

export function finding(code: PlainCode): Finding {
  return { code, severity: severityOf(code), message: text.FINDING_TEXT[code]() };
}

/** Errors first, then warnings; one finding per code. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => (seen.has(f.code) ? false : (seen.add(f.code), true)));
  return [...unique.filter((f) => f.severity === 'error'), ...unique.filter((f) => f.severity === 'warning')];
}
