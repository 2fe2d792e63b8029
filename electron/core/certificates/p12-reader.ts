/**
 * Opens a .p12/.pfx with its password and hands back the certificates (DER) and keys (KeyObjects).
 * All key derivation runs on native crypto and gives way to the event loop, and one file gets a total
 * budget of rounds (work-budget.ts), so a hostile bundle is answered at once rather than worked on for
 * minutes. Reads what OpenSSL 1.x and 3 (RC2/3DES, AES/PBKDF2), Windows, Java and this app write:
 * SHA-1/SHA-2 MACs, plain or encrypted safe contents.
 */
import { createHmac, createPrivateKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { asn1Children, asn1Oid, parseAsn1 } from './der-structure.js';
import forge from './forge.js';
import { octetBytes, pbeDecrypt, smallInteger } from './p12-decrypt.js';
import { PKCS12_KDF_ID, digestLength, pkcs12Kdf, pkcs12KdfRounds, type KdfHash } from './pkcs12-kdf.js';
import { MAX_SALT_BYTES, TooMuchWork, WorkBudget } from './work-budget.js';

export type P12Read =
  | { readonly ok: true; readonly certificates: readonly Buffer[]; readonly keys: readonly KeyObject[] }
  | {
      readonly ok: false;
      readonly code: 'P12_PASSWORD_NEEDED' | 'P12_WRONG_PASSWORD' | 'P12_TOO_MUCH_WORK' | 'UNREADABLE';
    };

const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
} as const;

const MAC_HASH: Readonly<Record<string, KdfHash>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

class Unreadable extends Error {}
class WrongPassword extends Error {}

/** The content of an [0] EXPLICIT wrapper. */
function explicitContent(node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1 | undefined {
  return node && node.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? asn1Children(node)[0] : undefined;
}

function mustParse(der: Buffer | null): forge.asn1.Asn1 {
  const parsed = der ? parseAsn1(der) : null;
  if (!parsed) throw new Unreadable('asn1');
  return parsed;
}

/** Which password bytes open the MAC: the given one, or for "no password" the two encodings tools use. */
async function checkMac(
  macData: forge.asn1.Asn1,
  authSafe: Buffer,
  password: string,
  budget: WorkBudget,
): Promise<string | null> {
  const [digestInfo, saltNode, countNode] = asn1Children(macData);
  const [algorithm, digestNode] = asn1Children(digestInfo);
  const hash = MAC_HASH[asn1Oid(asn1Children(algorithm)[0]) ?? ''];
  const expected = octetBytes(digestNode);
  const salt = octetBytes(saltNode);
  const count = countNode ? smallInteger(countNode) : 1;
  if (!hash || !expected || !salt || salt.length > MAX_SALT_BYTES || count === null || count < 1)
    throw new Unreadable('mac');
  // The MAC key is as long as the hash's output; a file asking for another length is not a real one.
  if (expected.length !== digestLength(hash)) throw new Unreadable('mac length');
  const candidates: Array<string | Buffer> = password === '' ? ['', Buffer.alloc(0)] : [password];
  for (const candidate of candidates) {
    budget.spend(pkcs12KdfRounds(count, expected.length, hash));
    const key = await pkcs12Kdf(candidate, salt, PKCS12_KDF_ID.mac, count, expected.length, hash);
    const actual = createHmac(hash, key).update(authSafe).digest();
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) return password;
  }
  return null;
}

interface Collected {
  certificates: Buffer[];
  keys: KeyObject[];
}

function addKey(into: Collected, der: Buffer): void {
  try {
    into.keys.push(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
  } catch {
    throw new WrongPassword('key');
  }
}

async function readSafeContents(
  der: Buffer,
  password: string,
  into: Collected,
  budget: WorkBudget,
  depth = 0,
): Promise<void> {
  if (depth > 3) throw new Unreadable('depth');
  await yieldToLoop(); // each parse below can be long for a large file: not straight after the last one
  for (const bag of asn1Children(mustParse(der))) {
    const [idNode, valueWrapper] = asn1Children(bag);
    const value = explicitContent(valueWrapper);
    switch (asn1Oid(idNode)) {
      case OID.certBag: {
        const [certId, certWrapper] = asn1Children(value);
        if (asn1Oid(certId) !== OID.x509Certificate) break;
        const cert = octetBytes(explicitContent(certWrapper));
        if (cert) into.certificates.push(cert);
        break;
      }
      case OID.keyBag:
        if (value) addKey(into, Buffer.from(forge.asn1.toDer(value).getBytes(), 'binary'));
        break;
      case OID.shroudedKeyBag: {
        const [algorithm, encrypted] = asn1Children(value);
        const data = octetBytes(encrypted);
        if (!data) throw new Unreadable('key bag');
        const opened = await pbeDecrypt(algorithm, data, password, budget);
        if (!opened.ok) throw opened.reason === 'password' ? new WrongPassword('key') : new Unreadable('key algorithm');
        addKey(into, opened.data);
        break;
      }
      case OID.safeContentsBag:
        if (value)
          await readSafeContents(
            Buffer.from(forge.asn1.toDer(value).getBytes(), 'binary'),
            password,
            into,
            budget,
            depth + 1,
          );
        break;
      default:
        break; // CRL and secret bags are of no use here.
    }
  }
}

async function open(
  pfx: forge.asn1.Asn1,
  password: string,
  hadPassword: boolean,
  budget: WorkBudget,
): Promise<P12Read> {
  const [version, authSafeInfo, macData] = asn1Children(pfx);
  if (smallInteger(version) !== 3) throw new Unreadable('version');
  const [typeNode, contentWrapper] = asn1Children(authSafeInfo);
  if (asn1Oid(typeNode) !== OID.data) throw new Unreadable('signed p12');
  const authSafe = octetBytes(explicitContent(contentWrapper));
  if (!authSafe) throw new Unreadable('auth safe');
  const needsPassword = (): P12Read => ({
    ok: false,
    code: hadPassword ? 'P12_WRONG_PASSWORD' : 'P12_PASSWORD_NEEDED',
  });
  if (macData && (await checkMac(macData, authSafe, password, budget)) === null) return needsPassword();

  const into: Collected = { certificates: [], keys: [] };
  try {
    for (const info of asn1Children(mustParse(authSafe))) {
      const [kind, wrapper] = asn1Children(info);
      const content = explicitContent(wrapper);
      const type = asn1Oid(kind);
      if (type === OID.data) {
        await readSafeContents(octetBytes(content) ?? Buffer.alloc(0), password, into, budget);
      } else if (type === OID.encryptedData) {
        const encryptedContentInfo = asn1Children(content)[1];
        const [, algorithm, encrypted] = asn1Children(encryptedContentInfo);
        const data = octetBytes(encrypted);
        if (!data) throw new Unreadable('encrypted data');
        const opened = await pbeDecrypt(algorithm, data, password, budget);
        if (!opened.ok)
          throw opened.reason === 'password' ? new WrongPassword('data') : new Unreadable('data algorithm');
        await readSafeContents(opened.data, password, into, budget);
      } else {
        throw new Unreadable('public-key protected p12');
      }
    }
  } catch (error) {
    if (error instanceof WrongPassword) return needsPassword();
    throw error;
  }
  return { ok: true, ...into };
}

export async function readP12(
  pfx: forge.asn1.Asn1,
  password: string | undefined,
  budget: WorkBudget = new WorkBudget(),
): Promise<P12Read> {
  try {
    return await open(pfx, password ?? '', Boolean(password), budget);
  } catch (error) {
    return { ok: false, code: error instanceof TooMuchWork ? 'P12_TOO_MUCH_WORK' : 'UNREADABLE' };
  }
}
