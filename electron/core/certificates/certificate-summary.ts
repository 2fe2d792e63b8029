/** What a person needs to know about a certificate (never key material), from Node's native X.509 parser. */
import { X509Certificate, type KeyObject } from 'node:crypto';
import type { CertificateSummary, KeySummary } from '../../../shared/certificate-types.js';
import { allowsClientAuth, readUsageExtensions } from './certificate-extensions.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const CURVE_BITS: Readonly<Record<string, number>> = {
  prime256v1: 256,
  secp256k1: 256,
  secp384r1: 384,
  secp521r1: 521,
};

export function describePublicKey(key: KeyObject): { type: KeySummary['type']; bits: number | null } {
  const type = key.asymmetricKeyType;
  const details = key.asymmetricKeyDetails ?? {};
  if (type === 'rsa' || type === 'rsa-pss') return { type: 'RSA', bits: details.modulusLength ?? null };
  if (type === 'ec') return { type: 'EC', bits: CURVE_BITS[details.namedCurve ?? ''] ?? null };
  return { type: 'other', bits: null };
}

/** A fresh 365-day certificate has 365 days left; one that ran out an hour ago has -1. */
function wholeDays(ms: number): number {
  const days = ms / DAY_MS;
  return days >= 0 ? Math.ceil(days) : Math.floor(days);
}

function distinguishedName(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(', ');
}

/** Node escapes , + " \\ < > ; = and a leading # or space with a backslash; the plain name drops those. */
function unescapeValue(value: string): string {
  return value.replace(/\\([,+"\\<>;=# ])/g, '$1');
}

function commonNameOf(text: string): string | null {
  const line = text.split('\n').find((l) => l.startsWith('CN='));
  return line ? unescapeValue(line.slice(3)) : null;
}

function isSelfSigned(cert: X509Certificate): boolean {
  if (cert.subject !== cert.issuer) return false;
  try {
    return cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

export function summarizeCertificate(cert: X509Certificate, now: Date = new Date()): CertificateSummary {
  const notBefore = new Date(cert.validFrom);
  const notAfter = new Date(cert.validTo);
  return {
    subject: distinguishedName(cert.subject),
    commonName: commonNameOf(cert.subject),
    issuer: distinguishedName(cert.issuer),
    selfSigned: isSelfSigned(cert),
    serialNumber: cert.serialNumber.toLowerCase(),
    fingerprintSha256: cert.fingerprint256.toUpperCase(),
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    daysLeft: wholeDays(notAfter.getTime() - now.getTime()),
    publicKey: describePublicKey(cert.publicKey),
    clientAuth: allowsClientAuth(readUsageExtensions(cert.raw)),
    certificatePem: cert.toString(),
  };
}

/** Summary of a certificate given as PEM. Throws if the text is not a certificate (callers pass checked PEM). */
export function summarizeCertificatePem(pem: string, now: Date = new Date()): CertificateSummary {
  return summarizeCertificate(new X509Certificate(pem), now);
}
