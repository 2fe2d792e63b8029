/**
 * The .p12 bundle: a certificate bag + a shrouded key bag (the PKCS#8 key encrypted with
 * pbeWithSHAAnd3-KeyTripleDES-CBC) and a SHA-1 MAC: the combination Windows, .NET, PowerShell,
 * Java and the macOS keychain all import, and that OpenSSL 3 reads without -legacy. forge's asn1
 * builds the structure; the key derivation, 3DES and HMAC run on Node's native crypto so the event
 * loop is not held.
 */
import { createCipheriv, createHash, createHmac, createPrivateKey } from 'node:crypto';
import forge from './forge.js';
import { P12_ITERATIONS, type P12Secrets } from './p12-secrets.js';

export const P12_FRIENDLY_NAME = 'Betfair bot login';

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const CTX = asn1.Class.CONTEXT_SPECIFIC;
const T = asn1.Type;

const OIDS = {
  data: '1.2.840.113549.1.7.1',
  certBag: '1.2.840.113549.1.12.10.1.3',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
  pbeSha3Des: '1.2.840.113549.1.12.1.3',
  sha1: '1.3.14.3.2.26',
} as const;

function bin(buffer: Buffer): string {
  return buffer.toString('binary');
}

function oid(value: string): forge.asn1.Asn1 {
  return asn1.create(U, T.OID, false, asn1.oidToDer(value).getBytes());
}

function octets(buffer: Buffer): forge.asn1.Asn1 {
  return asn1.create(U, T.OCTETSTRING, false, bin(buffer));
}

function integer(value: number): forge.asn1.Asn1 {
  return asn1.create(U, T.INTEGER, false, asn1.integerToDer(value).getBytes());
}

function seq(items: forge.asn1.Asn1[]): forge.asn1.Asn1 {
  return asn1.create(U, T.SEQUENCE, true, items);
}

function explicit0(item: forge.asn1.Asn1): forge.asn1.Asn1 {
  return asn1.create(CTX, 0, true, [item]);
}

function der(node: forge.asn1.Asn1): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), 'binary');
}

function bagAttributes(localKeyId: Buffer): forge.asn1.Asn1 {
  // forge writes a BMPSTRING's characters as 16-bit big-endian units itself.
  return asn1.create(U, T.SET, true, [
    seq([oid(OIDS.friendlyName), asn1.create(U, T.SET, true, [asn1.create(U, T.BMPSTRING, false, P12_FRIENDLY_NAME)])]),
    seq([oid(OIDS.localKeyId), asn1.create(U, T.SET, true, [octets(localKeyId)])]),
  ]);
}

function dataContentInfo(content: Buffer): forge.asn1.Asn1 {
  return seq([oid(OIDS.data), explicit0(octets(content))]);
}

export function buildP12(certificateDer: Buffer, privateKeyPem: string, secrets: P12Secrets): Buffer {
  const localKeyId = createHash('sha1').update(certificateDer).digest();

  const certBag = seq([
    oid(OIDS.certBag),
    explicit0(seq([oid(OIDS.x509Certificate), explicit0(octets(certificateDer))])),
    bagAttributes(localKeyId),
  ]);

  const keyInfo = createPrivateKey(privateKeyPem).export({ type: 'pkcs8', format: 'der' });
  const cipher = createCipheriv('des-ede3-cbc', secrets.key, secrets.iv);
  const encryptedKey = Buffer.concat([cipher.update(keyInfo), cipher.final()]);
  const shroudedKeyBag = seq([
    oid(OIDS.pkcs8ShroudedKeyBag),
    explicit0(
      seq([seq([oid(OIDS.pbeSha3Des), seq([octets(secrets.keySalt), integer(P12_ITERATIONS)])]), octets(encryptedKey)]),
    ),
    bagAttributes(localKeyId),
  ]);

  const authSafe = der(seq([dataContentInfo(der(seq([certBag]))), dataContentInfo(der(seq([shroudedKeyBag])))]));

  const digest = createHmac('sha1', secrets.macKey).update(authSafe).digest();
  const macData = seq([
    seq([seq([oid(OIDS.sha1), asn1.create(U, T.NULL, false, '')]), octets(digest)]),
    octets(secrets.macSalt),
    integer(P12_ITERATIONS),
  ]);

  return der(seq([integer(3), dataContentInfo(authSafe), macData]));
}
