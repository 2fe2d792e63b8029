/**
 * Checks the files a person gave (any mix of .crt/.cer/.key/.pem/.p12/.pfx) and says, in plain
 * words, whether they make a certificate + key pair Betfair can use. The report never holds key
 * material; the matching key stays inside `analyseFiles` for the login (loadClientCredential).
 */
import { createPublicKey, type KeyObject, type X509Certificate } from 'node:crypto';
import { basename, extname, resolve } from 'node:path';
import type {
  CredentialSource,
  Finding,
  InspectReport,
  InspectRequest,
  KeySummary,
} from '../../../shared/certificate-types.js';
import { text } from '../../../shared/i18n/text.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { readCapped } from './capped-file-read.js';
import { describePublicKey, summarizeCertificate } from './certificate-summary.js';
import { readFileContents } from './file-contents.js';
import { fileFinding, finding, orderFindings, rsaSizeFinding } from './findings.js';

const EXPIRY_WARNING_DAYS = 30;

interface Found<T> {
  readonly item: T;
  readonly file: string;
  readonly fromP12: boolean;
}

export interface Analysis {
  readonly report: InspectReport;
  /** Present only when the report is usable. Never leaves the main side. */
  readonly material: { readonly certificate: X509Certificate; readonly key: KeyObject } | null;
}

/** Two copies of the same key (say in .key and .pem) count once: compare their public halves. */
function keyId(key: KeyObject): string {
  return createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');
}

function distinctBy<T>(items: readonly T[], id: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = id(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function keySummary(key: KeyObject): KeySummary {
  return { ...describePublicKey(key), encrypted: false };
}

function certificateChecks(cert: X509Certificate, now: Date): Finding[] {
  const out: Finding[] = [];
  const summary = summarizeCertificate(cert, now);
  const { type, bits } = summary.publicKey;
  if (type !== 'RSA') out.push(finding('NOT_RSA'));
  else if (bits === 1024) out.push(finding('RSA_1024'));
  else if (bits !== 2048) out.push(rsaSizeFinding(bits ?? 0));
  const notBefore = Date.parse(summary.notBefore);
  const notAfter = Date.parse(summary.notAfter);
  if (now.getTime() > notAfter) out.push(finding('EXPIRED'));
  else if (now.getTime() < notBefore) out.push(finding('NOT_YET_VALID'));
  else if (summary.daysLeft < EXPIRY_WARNING_DAYS) out.push(finding('EXPIRES_SOON'));
  if (!summary.clientAuth) out.push(finding('NO_CLIENT_AUTH'));
  return out;
}

function keyMatches(cert: X509Certificate, key: KeyObject): boolean {
  try {
    return cert.checkPrivateKey(key);
  } catch {
    return false; // e.g. an EC key with an RSA certificate
  }
}

function sourceFor(cert: Found<X509Certificate>, key: Found<KeyObject>): CredentialSource {
  if (cert.file === key.file) {
    const ext = extname(cert.file).toLowerCase();
    return cert.fromP12 || ext === '.p12' || ext === '.pfx'
      ? { kind: 'p12', p12Path: cert.file }
      : { kind: 'pem', pemPath: cert.file };
  }
  return { kind: 'pair', certificatePath: cert.file, keyPath: key.file };
}

export async function analyseFiles(req: InspectRequest, now: Date = new Date()): Promise<Analysis> {
  const files = [...new Set(req.paths.map((p) => resolve(p)))];
  const findings: Finding[] = [];
  let certs: Found<X509Certificate>[] = [];
  let keys: Found<KeyObject>[] = [];
  let requests = 0;
  let encryptedKeys = 0;

  for (const file of files) {
    const name = basename(file);
    const read = await readCapped(file);
    if (!read.ok) {
      findings.push(fileFinding(read.code, name));
      continue;
    }
    const contents = await readFileContents(read.bytes, req.p12Password);
    if (contents.problem) findings.push(fileFinding(contents.problem, name));
    certs.push(...contents.certificates.map((item) => ({ item, file, fromP12: contents.isP12 })));
    keys.push(...contents.keys.map((item) => ({ item, file, fromP12: contents.isP12 })));
    requests += contents.requests;
    encryptedKeys += contents.encryptedKeys;
    if (contents.requests > 0 && contents.certificates.length === 0) findings.push(fileFinding('IS_CSR', name));
    if (contents.encryptedKeys > 0 && contents.keys.length === 0) findings.push(fileFinding('KEY_ENCRYPTED', name));
    if (contents.publicKeys > 0 && contents.keys.length === 0 && contents.certificates.length === 0)
      findings.push(fileFinding('NOT_A_KEY', name));
  }

  certs = distinctBy(certs, (c) => c.item.fingerprint256);
  keys = distinctBy(keys, (k) => keyId(k.item));
  // A request only matters when no certificate was given at all.
  const relevant = certs.length > 0 ? findings.filter((f) => f.code !== 'IS_CSR') : findings;
  findings.splice(0, findings.length, ...relevant);

  if (certs.length > 1) findings.push(finding('TOO_MANY_CERTIFICATES'));
  if (keys.length > 1) findings.push(finding('TOO_MANY_KEYS'));
  const cert = certs.length === 1 ? certs[0] : undefined;
  const key = keys.length === 1 ? keys[0] : undefined;
  const quietSoFar = findings.every((f) => f.severity !== 'error');
  if (certs.length > 0 && keys.length === 0 && quietSoFar && encryptedKeys === 0) findings.push(finding('NO_KEY'));
  if (keys.length > 0 && certs.length === 0 && quietSoFar && requests === 0) findings.push(finding('NO_CERTIFICATE'));

  if (cert) findings.push(...certificateChecks(cert.item, now));
  else if (key && describePublicKey(key.item).type !== 'RSA') findings.push(finding('NOT_RSA'));
  let keyMatchesCertificate: boolean | null = null;
  if (cert && key) {
    keyMatchesCertificate = keyMatches(cert.item, key.item);
    if (!keyMatchesCertificate) findings.push(finding('KEY_MISMATCH'));
  }

  const ordered = orderFindings(findings);
  const usable = Boolean(cert && key) && ordered.every((f) => f.severity !== 'error');
  const report: InspectReport = {
    usable,
    files,
    source: cert && key ? sourceFor(cert, key) : null,
    certificate: cert ? summarizeCertificate(cert.item, now) : null,
    key: key
      ? keySummary(key.item)
      : encryptedKeys > 0 && keys.length === 0
        ? { type: 'other', bits: null, encrypted: true }
        : null,
    keyMatchesCertificate,
    findings: ordered,
  };
  return { report, material: usable && cert && key ? { certificate: cert.item, key: key.item } : null };
}

export async function inspectCertificateFiles(req: InspectRequest): Promise<Result<InspectReport>> {
  if (req.paths.length === 0 || req.paths.some((p) => p.trim() === ''))
    return fail('NO_FILES', text.CREDENTIAL_TEXT.noPaths());
  try {
    return ok((await analyseFiles(req)).report);
  } catch {
    // Every known problem is a finding; this is the last guard so nothing throws across the bridge.
    return fail('CHECK_FAILED', text.CREDENTIAL_TEXT.checkFailed());
  }
}
