/**
 * Decrypts the password-protected parts of a .p12 (encrypted safe contents and shrouded keys) on
 * native crypto: PKCS#12 PBE with 3DES (key derivation chunked, see pkcs12-kdf.ts), PBES2 with
 * PBKDF2 (crypto.pbkdf2 runs off the event loop) and AES or 3DES, and the 40-bit RC2 that OpenSSL 1.x
 * used for certificates (OpenSSL 3 dropped RC2 from its default provider, so forge's RC2 does that
 * small decryption). A wrong password or an algorithm it does not know comes back as
 * { ok: false, reason: 'password' | 'unsupported' }, never as a throw.
 */
import { createDecipheriv, pbkdf2 } from 'node:crypto';
import { promisify } from 'node:util';
import { asn1Children, asn1Oid, octetBytes, smallInteger } from './der-structure.js';
import forge from './forge.js';
import 'node-forge/lib/rc2.js';

/** Where p12-reader.ts still imports them from; der-structure.ts is their home. */
export { octetBytes, smallInteger } from './der-structure.js';
import { PKCS12_KDF_ID, digestLength, pkcs12Kdf, pkcs12KdfRounds, type KdfHash } from './pkcs12-kdf.js';
import { MAX_SALT_BYTES, type WorkBudget } from './work-budget.js';

const pbkdf2Async = promisify(pbkdf2);

export type DecryptOutcome =
  { readonly ok: true; readonly data: Buffer } | { readonly ok: false; readonly reason: 'password' | 'unsupported' };

const PBE = {
  sha3Des: '1.2.840.113549.1.12.1.3',
  shaRc2_40: '1.2.840.113549.1.12.1.6',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
} as const;

const PRF: Readonly<Record<string, KdfHash>> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};

const CIPHERS: Readonly<Record<string, { name: string; keyLength: number }>> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLength: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLength: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLength: 32 },
  '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLength: 24 },
};

function decipher(name: string, key: Buffer, iv: Buffer, data: Buffer): DecryptOutcome {
  try {
    const d = createDecipheriv(name, key, iv);
    return { ok: true, data: Buffer.concat([d.update(data), d.final()]) };
  } catch {
    return { ok: false, reason: 'password' };
  }
}

function rc2Decipher(key: Buffer, iv: Buffer, data: Buffer): DecryptOutcome {
  const cipher = forge.rc2.createDecryptionCipher(key.toString('binary'), 40);
  cipher.start(iv.toString('binary'));
  cipher.update(forge.util.createBuffer(data.toString('binary')));
  if (!cipher.finish()) return { ok: false, reason: 'password' };
  return { ok: true, data: Buffer.from(cipher.output.getBytes(), 'binary') };
}

/** `algorithm` is the AlgorithmIdentifier; `budget` is charged before each derivation (throws TooMuchWork when spent). */
export async function pbeDecrypt(
  algorithm: forge.asn1.Asn1 | undefined,
  data: Buffer,
  password: string,
  budget: WorkBudget,
): Promise<DecryptOutcome> {
  const unsupported: DecryptOutcome = { ok: false, reason: 'unsupported' };
  const [oidNode, params] = asn1Children(algorithm);
  const oid = asn1Oid(oidNode);
  if (oid === PBE.sha3Des || oid === PBE.shaRc2_40) {
    const [saltNode, countNode] = asn1Children(params);
    const salt = octetBytes(saltNode);
    const count = smallInteger(countNode);
    if (!salt || salt.length > MAX_SALT_BYTES || count === null || count < 1) return unsupported;
    const keyLength = oid === PBE.sha3Des ? 24 : 5;
    budget.spend(pkcs12KdfRounds(count, keyLength) + pkcs12KdfRounds(count, 8));
    const key = await pkcs12Kdf(password, salt, PKCS12_KDF_ID.key, count, keyLength);
    const iv = await pkcs12Kdf(password, salt, PKCS12_KDF_ID.iv, count, 8);
    return oid === PBE.sha3Des ? decipher('des-ede3-cbc', key, iv, data) : rc2Decipher(key, iv, data);
  }
  if (oid === PBE.pbes2) {
    const [kdf, scheme] = asn1Children(params);
    const [kdfOid, kdfParams] = asn1Children(kdf);
    if (asn1Oid(kdfOid) !== PBE.pbkdf2) return unsupported;
    const kdfParts = asn1Children(kdfParams);
    const salt = octetBytes(kdfParts[0]);
    const count = smallInteger(kdfParts[1]);
    const prfNode = kdfParts.find((n) => n.type === forge.asn1.Type.SEQUENCE);
    const prf = prfNode ? PRF[asn1Oid(asn1Children(prfNode)[0]) ?? ''] : 'sha1';
    const [cipherOid, ivNode] = asn1Children(scheme);
    const cipher = CIPHERS[asn1Oid(cipherOid) ?? ''];
    const iv = octetBytes(ivNode);
    if (!salt || salt.length > MAX_SALT_BYTES || count === null || count < 1 || !prf || !cipher || !iv)
      return unsupported;
    budget.spend(count * Math.ceil(cipher.keyLength / digestLength(prf)));
    // PBES2 inside PKCS#12 takes the password as UTF-8 bytes (as OpenSSL writes it).
    const key = await pbkdf2Async(Buffer.from(password, 'utf8'), salt, count, cipher.keyLength, prf);
    return decipher(cipher.name, key, iv, data);
  }
  return unsupported;
}
