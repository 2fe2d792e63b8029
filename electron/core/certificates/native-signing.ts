/**
 * Signs forge's to-be-signed bytes with Node's native crypto.sign (SHA-256 with RSA, PKCS#1 v1.5):
 * forge's pure-JS RSA signing would hold the event loop for tens of milliseconds.
 */
import { sign } from 'node:crypto';
import forge from './forge.js';

export const SHA256_WITH_RSA_OID = forge.pki.oids.sha256WithRSAEncryption ?? '1.2.840.113549.1.1.11';

/** Returns the signature as a forge binary string. */
export function signSha256Rsa(toBeSigned: forge.asn1.Asn1, privateKeyPem: string): string {
  const der = Buffer.from(forge.asn1.toDer(toBeSigned).getBytes(), 'binary');
  return sign('sha256', der, privateKeyPem).toString('binary');
}
