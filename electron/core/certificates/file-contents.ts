/**
 * Tells what one file holds, by its content rather than its name: certificates, certificate
 * requests, private keys (plain or password-locked), public keys, or a .p12 bundle.
 * Everything that goes wrong is a finding code; nothing throws.
 */
import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import forge from './forge.js';
import { asn1Children, asn1Oid, outerDerShape, parseAsn1 } from './der-structure.js';
import { scanPem, type PemBlock } from './pem-blocks.js';
import { readP12 } from './p12-reader.js';

export type ContentProblem =
  'TRUNCATED' | 'UNREADABLE' | 'P12_PASSWORD_NEEDED' | 'P12_WRONG_PASSWORD' | 'P12_TOO_MUCH_WORK';

export interface FileContents {
  readonly certificates: readonly X509Certificate[];
  readonly keys: readonly KeyObject[];
  readonly requests: number;
  readonly encryptedKeys: number;
  readonly publicKeys: number;
  readonly isP12: boolean;
  readonly problem: ContentProblem | null;
}

interface Collector {
  certificates: X509Certificate[];
  keys: KeyObject[];
  requests: number;
  encryptedKeys: number;
  publicKeys: number;
  isP12: boolean;
  problem: ContentProblem | null;
}

const PFX_DATA_OIDS = new Set(['1.2.840.113549.1.7.1', '1.2.840.113549.1.7.2']);

function empty(): Collector {
  return { certificates: [], keys: [], requests: 0, encryptedKeys: 0, publicKeys: 0, isP12: false, problem: null };
}

/** A certificate whose parts can all be read (Node decodes some lazily, so touch them now). */
function tryCertificate(der: Buffer): X509Certificate | null {
  try {
    const cert = new X509Certificate(der);
    void cert.publicKey.asymmetricKeyType;
    if (Number.isNaN(Date.parse(cert.validFrom)) || Number.isNaN(Date.parse(cert.validTo))) return null;
    void cert.fingerprint256;
    return cert;
  } catch {
    return null;
  }
}

function tryKey(der: Buffer, type: 'pkcs8' | 'pkcs1' | 'sec1'): KeyObject | null {
  try {
    const key = createPrivateKey({ key: der, format: 'der', type });
    createPublicKey(key).export({ type: 'spki', format: 'der' });
    return key;
  } catch {
    return null;
  }
}

function damaged(der: Buffer): ContentProblem {
  return outerDerShape(der) === 'truncated' ? 'TRUNCATED' : 'UNREADABLE';
}

function addBlock(into: Collector, block: PemBlock): void {
  const locked = block.headers.some((h) => /^Proc-Type:.*ENCRYPTED/i.test(h));
  const setProblem = (): void => {
    into.problem ??= damaged(block.der);
  };
  switch (block.label) {
    case 'CERTIFICATE':
    case 'X509 CERTIFICATE':
    case 'TRUSTED CERTIFICATE': {
      const cert = tryCertificate(block.der);
      if (cert) into.certificates.push(cert);
      else setProblem();
      return;
    }
    case 'CERTIFICATE REQUEST':
    case 'NEW CERTIFICATE REQUEST':
      into.requests += 1;
      return;
    case 'ENCRYPTED PRIVATE KEY':
      into.encryptedKeys += 1;
      return;
    case 'PRIVATE KEY':
    case 'RSA PRIVATE KEY':
    case 'EC PRIVATE KEY': {
      if (locked) {
        into.encryptedKeys += 1;
        return;
      }
      const type = block.label === 'PRIVATE KEY' ? 'pkcs8' : block.label === 'RSA PRIVATE KEY' ? 'pkcs1' : 'sec1';
      const key = tryKey(block.der, type);
      if (key) into.keys.push(key);
      else setProblem();
      return;
    }
    case 'PUBLIC KEY':
    case 'RSA PUBLIC KEY':
      into.publicKeys += 1;
      return;
    default:
      // Other blocks (EC PARAMETERS, DH PARAMETERS, ...) carry nothing we need.
      return;
  }
}

/** Binary (DER) content: one certificate, key, request, encrypted key, or a PKCS#12 bundle. */
async function readDer(der: Buffer, p12Password: string | undefined): Promise<Collector> {
  const into = empty();
  const shape = outerDerShape(der);
  if (shape !== 'sequence') {
    into.problem = shape === 'truncated' ? 'TRUNCATED' : 'UNREADABLE';
    return into;
  }
  const cert = tryCertificate(der);
  if (cert) {
    into.certificates.push(cert);
    return into;
  }
  // Each attempt below parses up to 1 MB: give way to the event loop between them.
  await yieldToLoop();
  const key = tryKey(der, 'pkcs8') ?? tryKey(der, 'pkcs1') ?? tryKey(der, 'sec1');
  if (key) {
    into.keys.push(key);
    return into;
  }
  await yieldToLoop();
  const asn1 = parseAsn1(der);
  await yieldToLoop();
  const top = asn1Children(asn1 ?? undefined);
  const first = top[0];
  const second = top[1];
  if (asn1 && first?.type === forge.asn1.Type.INTEGER && PFX_DATA_OIDS.has(asn1Oid(asn1Children(second)[0]) ?? '')) {
    into.isP12 = true;
    const opened = await readP12(asn1, p12Password);
    if (!opened.ok) {
      into.problem = opened.code;
      return into;
    }
    for (const d of opened.certificates) {
      const c = tryCertificate(d);
      if (c) into.certificates.push(c);
    }
    into.keys.push(...opened.keys);
    return into;
  }
  // CertificationRequest: SEQUENCE { SEQUENCE { INTEGER, Name, SubjectPublicKeyInfo, [0] attributes }, ... }
  const info = asn1Children(first);
  if (
    info.length === 4 &&
    info[0]?.type === forge.asn1.Type.INTEGER &&
    info[3]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC
  ) {
    into.requests += 1;
    return into;
  }
  // EncryptedPrivateKeyInfo: SEQUENCE { AlgorithmIdentifier, OCTET STRING }
  if (top.length === 2 && first?.type === forge.asn1.Type.SEQUENCE && second?.type === forge.asn1.Type.OCTETSTRING) {
    into.encryptedKeys += 1;
    return into;
  }
  into.problem = 'UNREADABLE';
  return into;
}

/** PEM text as saved by any editor: UTF-8 (with or without BOM) or UTF-16 with a BOM (Windows Notepad "Unicode"). */
function asText(bytes: Buffer): string | null {
  const even = bytes.subarray(2, 2 + ((bytes.length - 2) & ~1));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return even.toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(even).swap16().toString('utf16le');
  const sample = bytes.subarray(0, 4096);
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) return null;
  return bytes.toString('utf8');
}

async function readContents(bytes: Buffer, p12Password: string | undefined): Promise<FileContents> {
  const text = asText(bytes);
  if (text === null || !text.includes('-----BEGIN ')) {
    if (text !== null && bytes[0] !== 0x30) return { ...empty(), problem: 'UNREADABLE' };
    return readDer(bytes, p12Password);
  }
  const scan = scanPem(text);
  if (scan.tooManyBlocks) return { ...empty(), problem: 'UNREADABLE' };
  const into = empty();
  for (const block of scan.blocks) addBlock(into, block);
  if (scan.truncated) into.problem = 'TRUNCATED';
  const found = into.certificates.length + into.keys.length + into.requests + into.encryptedKeys + into.publicKeys;
  if (found === 0 && into.problem === null) into.problem = 'UNREADABLE';
  return into;
}

/** Never throws: anything unexpected in a file the user picked is simply "unreadable". */
export async function readFileContents(bytes: Buffer, p12Password: string | undefined): Promise<FileContents> {
  try {
    return await readContents(bytes, p12Password);
  } catch {
    return { ...empty(), problem: 'UNREADABLE' };
  }
}
