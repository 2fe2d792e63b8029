/**
 * The certificate request and the self-signed client certificate, with the extensions of the
 * reference's [ssl_client] section: basicConstraints CA:FALSE, nsCertType client,
 * keyUsage digitalSignature + keyEncipherment, extendedKeyUsage clientAuth (+ subjectKeyIdentifier).
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import forge from './forge.js';
import type { SubjectFields } from '../../../shared/certificate-types.js';
import type { RsaKeyPair } from './rsa-key-pair.js';
import { randomSerialHex } from './serial-number.js';
import { SHA256_WITH_RSA_OID, signSha256Rsa } from './native-signing.js';
import { subjectAttributes } from './subject-attributes.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** forge has these (they give the exact bytes to sign); @types/node-forge omits them. */
const pki = forge.pki as typeof forge.pki & {
  getTBSCertificate(cert: forge.pki.Certificate): forge.asn1.Asn1;
  getCertificationRequestInfo(csr: ReturnType<typeof forge.pki.createCertificationRequest>): forge.asn1.Asn1;
};

export interface BuiltCertificate {
  readonly certificatePem: string;
  readonly certificate: forge.pki.Certificate;
  readonly csrPem: string;
}

const CLIENT_EXTENSIONS = [
  { name: 'basicConstraints', cA: false },
  { name: 'nsCertType', client: true },
  { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
  { name: 'extKeyUsage', clientAuth: true },
  { name: 'subjectKeyIdentifier' },
];

/** A PKCS#10 request for the key, as in the reference's `openssl req -new` step. */
export function buildCsr(keys: RsaKeyPair, subject: SubjectFields): string {
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = forge.pki.publicKeyFromPem(keys.publicKeyPem);
  csr.setSubject(subjectAttributes(subject));
  csr.siginfo.algorithmOid = SHA256_WITH_RSA_OID;
  csr.signatureOid = SHA256_WITH_RSA_OID;
  const info = pki.getCertificationRequestInfo(csr);
  csr.certificationRequestInfo = info;
  csr.signature = signSha256Rsa(info, keys.privateKeyPem);
  return forge.pki.certificationRequestToPem(csr).replace(/\r\n/g, '\n');
}

/** Async only to give the event loop a turn between the request and the certificate. */
export async function buildSelfSignedCertificate(
  keys: RsaKeyPair,
  subject: SubjectFields,
  days: number,
  now: Date,
): Promise<BuiltCertificate> {
  const csrPem = buildCsr(keys, subject);
  await yieldToLoop();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(keys.publicKeyPem);
  cert.serialNumber = randomSerialHex();
  const notBefore = new Date(Math.floor(now.getTime() / 1000) * 1000);
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = new Date(notBefore.getTime() + days * DAY_MS);
  const attrs = subjectAttributes(subject);
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions(CLIENT_EXTENSIONS);
  cert.siginfo.algorithmOid = SHA256_WITH_RSA_OID;
  cert.signatureOid = SHA256_WITH_RSA_OID;
  const tbs = pki.getTBSCertificate(cert);
  cert.tbsCertificate = tbs;
  cert.signature = signSha256Rsa(tbs, keys.privateKeyPem);
  return { certificatePem: forge.pki.certificateToPem(cert).replace(/\r\n/g, '\n'), certificate: cert, csrPem };
}
