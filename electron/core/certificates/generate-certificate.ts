/**
 * Makes a new key + self-signed client certificate and writes the reference's files:
 * client-2048.key (0600), client-2048.crt (0644), client-2048.pem (certificate then key, 0600)
 * and, with a password, client-2048.p12 (0600). The event loop is given way between the steps.
 * The key search (Node's thread pool) starts first; the .p12 keys are derived and the forge-based
 * parts (certificate, summary, .p12 structure) are loaded on the main thread while it runs.
 */
import { X509Certificate } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import {
  CERT_FILE_NAMES,
  DEFAULT_VALIDITY_DAYS,
  MAX_VALIDITY_DAYS,
  MIN_VALIDITY_DAYS,
  type GenerateRequest,
  type GeneratedCertificate,
} from '../../../shared/certificate-types.js';
import { text } from '../../../shared/i18n/text.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { errorCodeOf } from '../error-code.js';
import { makeFolders } from '../make-folders.js';
import { TargetExistsError, writeFilesAtomically, type FileToWrite } from './atomic-write.js';
import { existingSetFiles, moveSetToBackup, restoreFromBackup } from './existing-set-backup.js';
import { deriveP12Secrets } from './p12-secrets.js';
import { generateRsaKeyPair, type RsaKeyPair } from './rsa-key-pair.js';
import { checkSubject } from './subject-fields.js';

function notWritable(dir: string): Result<never> {
  return fail('DIR_NOT_WRITABLE', text.GENERATE_TEXT.dirNotWritable(dir), {
    title: text.GENERATE_TITLES.DIR_NOT_WRITABLE,
  });
}

function writeFailure(error: unknown, dir: string): Result<never> {
  const code = errorCodeOf(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return notWritable(dir);
  if (code === 'ENOSPC' || code === 'EDQUOT') return fail('DISK_FULL', text.GENERATE_TEXT.diskFull());
  if (code === 'ENOTDIR' || code === 'EEXIST') return fail('NOT_A_FOLDER', text.GENERATE_TEXT.notAFolder(dir));
  return fail('WRITE_FAILED', text.GENERATE_TEXT.writeFailed());
}

function filesExist(names: readonly string[]): Result<never> {
  return fail('FILES_EXIST', text.GENERATE_TEXT.filesExist(names), { title: text.GENERATE_TITLES.FILES_EXIST });
}

/** Makes sure `dir` is a folder we can write into (creating it, 0700, if missing). */
async function prepareFolder(dir: string): Promise<Result<true>> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) return fail('NOT_A_FOLDER', text.GENERATE_TEXT.notAFolder(dir));
    return ok(true);
  } catch (error) {
    if (errorCodeOf(error) !== 'ENOENT') return writeFailure(error, dir);
  }
  try {
    await makeFolders(dir, 0o700);
    return ok(true);
  } catch (error) {
    // A parent that cannot hold folders (/proc/…) answers "not found": for the user, a folder the app cannot write.
    return errorCodeOf(error) === 'ENOENT' ? notWritable(dir) : writeFailure(error, dir);
  }
}

export interface GenerateOptions {
  readonly now?: Date;
  /**
   * Prime searches that race for the key (default: two where there are two cores). A process that
   * exits right after (the CLI) wants one: at exit Node waits for a search still running.
   */
  readonly keySearches?: number;
  /** A key search the caller started earlier (the CLI starts one before it loads this module); used instead of a new one. */
  readonly keyPair?: Promise<RsaKeyPair>;
}

export async function generateCertificate(
  req: GenerateRequest,
  opts: GenerateOptions = {},
): Promise<Result<GeneratedCertificate>> {
  const now = opts.now ?? new Date();
  const days = req.days ?? DEFAULT_VALIDITY_DAYS;
  if (!Number.isInteger(days) || days < MIN_VALIDITY_DAYS || days > MAX_VALIDITY_DAYS)
    return fail('INVALID_DAYS', text.GENERATE_TEXT.invalidDays(MIN_VALIDITY_DAYS, MAX_VALIDITY_DAYS), {
      title: text.GENERATE_TITLES.INVALID_DAYS,
    });
  const subject = checkSubject(req.subject);
  if (!subject.ok)
    return fail(subject.error.code, subject.error.message, { title: text.GENERATE_TITLES.INVALID_SUBJECT });
  if (req.dir.trim() === '') return fail('NO_DIR', text.GENERATE_TEXT.noDir());
  const dir = resolve(req.dir);

  const folder = await prepareFolder(dir);
  if (!folder.ok) return folder;
  const existing = await existingSetFiles(dir);
  if (existing.length > 0 && !req.replaceExisting) return filesExist(existing);

  // The key search runs in the thread pool; meanwhile the main thread derives the .p12's
  // password-derived keys (they do not depend on the RSA key) and loads forge's parts.
  const keySearch = opts.keyPair ?? generateRsaKeyPair(undefined, opts.keySearches);
  keySearch.catch(() => undefined); // awaited below; this only stops an early return leaving it unhandled
  const password = req.p12Password ?? '';
  const p12Secrets = password === '' ? null : deriveP12Secrets(password);
  p12Secrets?.catch(() => undefined);
  const [{ buildSelfSignedCertificate }, { summarizeCertificate }, { buildP12 }] = await Promise.all([
    import('./certificate-builder.js'),
    import('./certificate-summary.js'),
    import('./p12-writer.js'),
  ]);

  let keys;
  try {
    keys = await keySearch;
  } catch {
    return fail('KEY_FAILED', text.GENERATE_TEXT.keyFailed());
  }
  await yieldToLoop();
  const built = await buildSelfSignedCertificate(keys, subject.value, days, now);
  const certificate = new X509Certificate(built.certificatePem);
  await yieldToLoop();
  const p12 = p12Secrets ? buildP12(certificate.raw, keys.privateKeyPem, await p12Secrets) : null;

  const paths = {
    key: join(dir, CERT_FILE_NAMES.key),
    certificate: join(dir, CERT_FILE_NAMES.certificate),
    pem: join(dir, CERT_FILE_NAMES.pem),
    p12: p12 ? join(dir, CERT_FILE_NAMES.p12) : null,
  };
  const files: FileToWrite[] = [
    { path: paths.key, data: keys.privateKeyPem, mode: 0o600 },
    { path: paths.certificate, data: built.certificatePem, mode: 0o644 },
    { path: paths.pem, data: built.certificatePem + keys.privateKeyPem, mode: 0o600 },
  ];
  if (p12 && paths.p12) files.push({ path: paths.p12, data: p12, mode: 0o600 });

  let backupDir: string | null = null;
  let moved: string[] = [];
  try {
    // Look again right before moving: another program may have written files meanwhile.
    moved = await existingSetFiles(dir);
    if (moved.length > 0) {
      if (!req.replaceExisting) return filesExist(moved);
      backupDir = await moveSetToBackup(dir, moved, now);
    }
    await writeFilesAtomically(files);
  } catch (error) {
    // Nothing new was written: put the old set back where it was, so the folder is as before.
    if (backupDir) await restoreFromBackup(dir, backupDir, moved);
    if (error instanceof TargetExistsError) return filesExist(await existingSetFiles(dir));
    return writeFailure(error, dir);
  }

  return ok({
    dir,
    files: paths,
    backupDir,
    certificate: summarizeCertificate(certificate, now),
    source: { kind: 'pair', certificatePath: paths.certificate, keyPath: paths.key },
  });
}
