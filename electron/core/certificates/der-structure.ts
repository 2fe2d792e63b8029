/**
 * Just enough DER to tell what a binary file is without trusting it: the outer element's
 * length (to spot a cut-off file), a forge ASN.1 parse that never throws, and readers of one
 * element (children, OID, OCTET STRING bytes, small INTEGER) that answer null rather than throw.
 */
import forge from './forge.js';

export type DerShape = 'sequence' | 'truncated' | 'not-der';

/** Looks only at the outer SEQUENCE header: complete, cut off, or not DER at all. */
export function outerDerShape(der: Buffer): DerShape {
  if (der.length < 2 || der[0] !== 0x30) return 'not-der';
  const first = der[1] ?? 0;
  let length: number;
  let headerLength: number;
  if (first < 0x80) {
    length = first;
    headerLength = 2;
  } else {
    const count = first & 0x7f;
    if (count === 0 || count > 4) return 'not-der';
    if (der.length < 2 + count) return 'truncated';
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + (der[2 + i] ?? 0);
    headerLength = 2 + count;
  }
  const total = headerLength + length;
  if (total > der.length) return 'truncated';
  // Trailing bytes after a complete element: not a clean DER file.
  if (total < der.length) return 'not-der';
  return 'sequence';
}

export function parseAsn1(der: Buffer): forge.asn1.Asn1 | null {
  try {
    return forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')), true);
  } catch {
    return null;
  }
}

export function asn1Children(node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] {
  if (!node || !Array.isArray(node.value)) return [];
  return node.value;
}

export function asn1Oid(node: forge.asn1.Asn1 | undefined): string | null {
  if (!node || node.type !== forge.asn1.Type.OID || typeof node.value !== 'string') return null;
  try {
    return forge.asn1.derToOid(node.value);
  } catch {
    return null;
  }
}

/** The bytes of an OCTET STRING, primitive or constructed (BER). */
export function octetBytes(node: forge.asn1.Asn1 | undefined): Buffer | null {
  if (!node) return null;
  if (typeof node.value === 'string') return Buffer.from(node.value, 'binary');
  // A constructed (BER) OCTET STRING: the concatenation of its parts.
  const parts = asn1Children(node).map((c) => octetBytes(c));
  return parts.every((p): p is Buffer => p !== null) ? Buffer.concat(parts) : null;
}

/** An INTEGER small enough for a number (iteration counts, versions); null for anything else. */
export function smallInteger(node: forge.asn1.Asn1 | undefined): number | null {
  if (!node || node.type !== forge.asn1.Type.INTEGER || typeof node.value !== 'string' || node.value.length > 6)
    return null;
  let n = 0;
  for (let i = 0; i < node.value.length; i += 1) n = n * 256 + node.value.charCodeAt(i);
  return n;
}
