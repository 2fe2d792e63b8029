/**
 * The .p12 bundle: a certificate bag + a shrouded key bag and a MAC, in one of two formats:
 * - aes256 (the bot kit's .pfx/.p12): the PKCS#8 key encrypted with PBES2 (PBKDF2-HMAC-SHA-256, AES-256-CBC) and an
 *   HMAC-SHA-256 MAC, 10,000 rounds each: what OpenSSL 3 and Java 18+ write by default (readers: docs/bot-kit.md);
 * - legacy (a new certificate's .p12, and the kit's fallback flag): pbeWithSHAAnd3-KeyTripleDES-CBC and a SHA-1 MAC,
 *   2,048 rounds: the combination every Windows, .NET, PowerShell, Java and macOS keychain imports, and that
 *   OpenSSL 3 reads without -legacy.
 * forge's asn1 builds the structure; the key derivations, ciphers and HMAC run on Node's native crypto so the event
 * loop is not held.
 */
import { createCipheriv, createHash, createHmac, createPrivateKey } from 'node:crypto';
import forge from './forge.js';
import { P12_AES_ITERATIONS, P12_ITERATIONS, type P12AesSecrets, type P12Secrets } from './p12-secrets.js';

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
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSha256: '1.2.840.113549.2.9',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

const NULL_PARAMS = (): forge.asn1.Asn1 => asn1.create(U, T.NULL, false, '');

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

/** The shrouded key's algorithm and encrypted bytes, and the MAC's hash, for one format. */
function keyEncryption(
  keyInfo: Buffer,
  secrets: P12Secrets | P12AesSecrets,
): { readonly algorithm: forge.asn1.Asn1; readonly encrypted: Buffer } {
  if (secrets.format === 'legacy') {
    const cipher = createCipheriv('des-ede3-cbc', secrets.key, secrets.iv);
    return {
      algorithm: seq([oid(OIDS.pbeSha3Des), seq([octets(secrets.keySalt), integer(P12_ITERATIONS)])]),
      encrypted: Buffer.concat([cipher.update(keyInfo), cipher.final()]),
    };
  }
  const cipher = createCipheriv('aes-256-cbc', secrets.key, secrets.iv);
  const pbkdf2Params = seq([
    octets(secrets.keySalt),
    integer(P12_AES_ITERATIONS),
    seq([oid(OIDS.hmacWithSha256), NULL_PARAMS()]),
  ]);
  return {
    algorithm: seq([
      oid(OIDS.pbes2),
      seq([seq([oid(OIDS.pbkdf2), pbkdf2Params]), seq([oid(OIDS.aes256Cbc), octets(secrets.iv)])]),
    ]),
    encrypted: Buffer.concat([cipher.update(keyInfo), cipher.final()]),
  };
}

export function buildP12(certificateDer: Buffer, privateKeyPem: string, secrets: P12Secrets | P12AesSecrets): Buffer {
  const localKeyId = createHash('sha1').update(certificateDer).digest();

  const certBag = seq([
    oid(OIDS.certBag),
    explicit0(seq([oid(OIDS.x509Certificate), explicit0(octets(certificateDer))])),
    bagAttributes(localKeyId),
  ]);

  const keyInfo = createPrivateKey(privateKeyPem).export({ type: 'pkcs8', format: 'der' });
  const { algorithm, encrypted } = keyEncryption(keyInfo, secrets);
  const shroudedKeyBag = seq([
    oid(OIDS.pkcs8ShroudedKeyBag),
    explicit0(seq([algorithm, octets(encrypted)])),
    bagAttributes(localKeyId),
  ]);

  const authSafe = der(seq([dataContentInfo(der(seq([certBag]))), dataContentInfo(der(seq([shroudedKeyBag])))]));

  const legacy = secrets.format === 'legacy';
  const digest = createHmac(legacy ? 'sha1' : 'sha256', secrets.macKey)
    .update(authSafe)
    .digest();
  const macData = seq([
    seq([seq([oid(legacy ? OIDS.sha1 : OIDS.sha256), NULL_PARAMS()]), octets(digest)]),
    octets(secrets.macSalt),
    integer(legacy ? P12_ITERATIONS : P12_AES_ITERATIONS),
  ]);

  return der(seq([integer(3), dataContentInfo(authSafe), macData]));
}
