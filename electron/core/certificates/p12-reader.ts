/**
 * Opens a .p12/.pfx with its password (forge: reads 3DES, RC2 and OpenSSL 3's AES/PBKDF2 bundles)
 * and hands back the certificates as DER and the keys as Node KeyObjects.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import forge from './forge.js';

export type P12Read =
  | { readonly ok: true; readonly certificates: readonly Buffer[]; readonly keys: readonly KeyObject[] }
  | { readonly ok: false; readonly code: 'P12_PASSWORD_NEEDED' | 'P12_WRONG_PASSWORD' | 'UNREADABLE' };

type Bag = { cert?: forge.pki.Certificate | null; key?: forge.pki.PrivateKey | null; asn1?: forge.asn1.Asn1 };

function toDer(node: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');
}

function isPasswordError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /Invalid password|wrong password|Failed to decrypt|MAC could not be verified/i.test(message);
}

function open(asn1: forge.asn1.Asn1, password: string): P12Read {
  const p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  const certificates: Buffer[] = [];
  const keys: KeyObject[] = [];
  for (const content of p12.safeContents) {
    for (const bag of content.safeBags as Bag[]) {
      if (bag.cert) certificates.push(toDer(forge.pki.certificateToAsn1(bag.cert)));
      else if (bag.key) {
        const info = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key as forge.pki.rsa.PrivateKey));
        keys.push(createPrivateKey({ key: toDer(info), format: 'der', type: 'pkcs8' }));
      } else if (bag.asn1) {
        // Not RSA: forge leaves the raw structure; Node reads certificates and PKCS#8 keys of any type.
        const der = toDer(bag.asn1);
        try {
          keys.push(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
        } catch {
          certificates.push(der);
        }
      }
    }
  }
  return { ok: true, certificates, keys };
}

export function readP12(asn1: forge.asn1.Asn1, password: string | undefined): P12Read {
  try {
    return open(asn1, password ?? '');
  } catch (error) {
    if (!isPasswordError(error)) return { ok: false, code: 'UNREADABLE' };
    return { ok: false, code: password ? 'P12_WRONG_PASSWORD' : 'P12_PASSWORD_NEEDED' };
  }
}
