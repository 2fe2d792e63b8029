/**
 * Reads the extensions that decide whether a certificate may be used to log in
 * (keyUsage, extendedKeyUsage, basicConstraints) straight from the DER, for any key type.
 */
import forge from './forge.js';
import { asn1Children, asn1Oid, parseAsn1 } from './der-structure.js';

export const OID = {
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  anyExtendedKeyUsage: '2.5.29.37.0',
} as const;

export interface UsageExtensions {
  /** null when the certificate has no keyUsage extension. */
  readonly digitalSignature: boolean | null;
  /** null when the certificate has no extendedKeyUsage extension. */
  readonly extendedKeyUsages: readonly string[] | null;
}

function extensionValues(certDer: Buffer): Map<string, forge.asn1.Asn1> {
  const found = new Map<string, forge.asn1.Asn1>();
  const cert = parseAsn1(certDer);
  const tbs = asn1Children(cert ?? undefined)[0];
  // Extensions are the context-specific [3] element of the TBSCertificate.
  const wrapper = asn1Children(tbs).find(
    (n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && (n.type as number) === 3,
  );
  const list = asn1Children(asn1Children(wrapper)[0]);
  for (const ext of list) {
    const parts = asn1Children(ext);
    const oid = asn1Oid(parts[0]);
    const octets = parts[parts.length - 1];
    if (!oid || !octets || typeof octets.value !== 'string') continue;
    try {
      found.set(oid, forge.asn1.fromDer(octets.value));
    } catch {
      // An unreadable extension is ignored; the ones we need are checked for below.
    }
  }
  return found;
}

export function readUsageExtensions(certDer: Buffer): UsageExtensions {
  const exts = extensionValues(certDer);
  let digitalSignature: boolean | null = null;
  const ku = exts.get(OID.keyUsage);
  if (ku && typeof ku.value === 'string' && ku.value.length >= 2) {
    // BIT STRING: first byte is the unused-bit count; bit 0 (0x80 of the next byte) is digitalSignature.
    digitalSignature = (ku.value.charCodeAt(1) & 0x80) !== 0;
  }
  let extendedKeyUsages: string[] | null = null;
  const eku = exts.get(OID.extKeyUsage);
  if (eku)
    extendedKeyUsages = asn1Children(eku)
      .map((n) => asn1Oid(n) ?? '')
      .filter((o) => o !== '');
  return { digitalSignature, extendedKeyUsages };
}

/** Allowed for TLS client authentication: no EKU or one with clientAuth/any; no keyUsage or one with digitalSignature. */
export function allowsClientAuth(usage: UsageExtensions): boolean {
  const ekuOk =
    usage.extendedKeyUsages === null ||
    usage.extendedKeyUsages.includes(OID.clientAuth) ||
    usage.extendedKeyUsages.includes(OID.anyExtendedKeyUsage);
  const kuOk = usage.digitalSignature === null || usage.digitalSignature;
  return ekuOk && kuOk;
}
