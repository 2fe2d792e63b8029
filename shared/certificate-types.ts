/** The certificate engine's data, as the UI and the CLI see it. Nothing here ever holds key material. */
import type { FindingCode } from './codes.js';

export const CERT_FILE_NAMES = {
  key: 'client-2048.key',
  certificate: 'client-2048.crt',
  pem: 'client-2048.pem',
  p12: 'client-2048.p12',
} as const;

export const DEFAULT_COMMON_NAME = 'Betfair bot login';
export const DEFAULT_VALIDITY_DAYS = 365;
export const MIN_VALIDITY_DAYS = 1;
export const MAX_VALIDITY_DAYS = 3650;

export interface SubjectFields {
  readonly commonName: string;
  readonly organization?: string;
  readonly organizationalUnit?: string;
  /** Two-letter country code. */
  readonly country?: string;
  readonly state?: string;
  readonly locality?: string;
  readonly email?: string;
}

/** How a login finds the certificate and key. A .p12 password is never stored: it is asked for each time. */
export type CredentialSource =
  | { readonly kind: 'pair'; readonly certificatePath: string; readonly keyPath: string }
  | { readonly kind: 'pem'; readonly pemPath: string }
  | { readonly kind: 'p12'; readonly p12Path: string };

export interface CertificateSummary {
  /** e.g. "CN=Betfair bot login, O=Example" */
  readonly subject: string;
  readonly commonName: string | null;
  readonly issuer: string;
  readonly selfSigned: boolean;
  /** Hex, lower case, no separators. */
  readonly serialNumber: string;
  /** "AB:CD:..." upper case, 32 pairs. */
  readonly fingerprintSha256: string;
  /** ISO 8601. */
  readonly notBefore: string;
  readonly notAfter: string;
  /** Whole days from now to notAfter (negative once expired). */
  readonly daysLeft: number;
  readonly publicKey: { readonly type: 'RSA' | 'EC' | 'other'; readonly bits: number | null };
  /** Extensions allow TLS client authentication (no extendedKeyUsage, or one including clientAuth; keyUsage with digitalSignature). */
  readonly clientAuth: boolean;
  /** The certificate in PEM (public, safe to show). */
  readonly certificatePem: string;
}

export interface KeySummary {
  readonly type: 'RSA' | 'EC' | 'other';
  readonly bits: number | null;
  readonly encrypted: boolean;
}

export type FindingSeverity = 'error' | 'warning';

/** A finding is codes and facts; its words are chosen where it is shown (shared/finding-words.ts). */
export interface Finding {
  /** Stable code, e.g. KEY_MISMATCH, EXPIRED, RSA_1024 (shared/codes.ts). */
  readonly code: FindingCode;
  readonly severity: FindingSeverity;
  /** The file the finding is about, by its name (not its path), for the codes about one file. */
  readonly file?: string;
  /** The key's size in bits, for RSA_SIZE. */
  readonly bits?: number;
}

export interface InspectRequest {
  readonly paths: readonly string[];
  /** Only for .p12/.pfx files. */
  readonly p12Password?: string;
}

export interface InspectReport {
  /** True when the files make a certificate + matching key Betfair can use (no error findings). */
  readonly usable: boolean;
  /** The files that were read, absolute paths. */
  readonly files: readonly string[];
  /** How a login would use these files; null unless both a certificate and a key were found. */
  readonly source: CredentialSource | null;
  readonly certificate: CertificateSummary | null;
  readonly key: KeySummary | null;
  /** null when only one of the two was given. */
  readonly keyMatchesCertificate: boolean | null;
  /** Errors first, then warnings. Empty when all is well. */
  readonly findings: readonly Finding[];
}

export interface GenerateRequest {
  readonly dir: string;
  readonly subject?: Partial<SubjectFields>;
  readonly days?: number;
  /** When given (non-empty), a .p12 is written too, protected with it. */
  readonly p12Password?: string;
  /** The user said yes to replacing an existing set; the old files move to a dated backup folder. */
  readonly replaceExisting?: boolean;
}

export interface GeneratedCertificate {
  readonly dir: string;
  readonly files: {
    readonly key: string;
    readonly certificate: string;
    readonly pem: string;
    readonly p12: string | null;
  };
  /** Where the previous set was moved, when one was replaced. */
  readonly backupDir: string | null;
  readonly certificate: CertificateSummary;
  readonly source: CredentialSource;
}
