/**
 * startRenewal, confirmRenewalUpload, cancelRenewal, deleteArchive, closeRenewalNote, and the renewal's end after a
 * passing test (finishRenewal, called by testLogin). The working set is never touched before the new certificate
 * passes a test: see shared/renewal.ts and certificates/renewal-files.ts.
 */
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { fail, ok, type Result } from '../../../shared/result.js';
import { text } from '../../../shared/i18n/text.js';
import type { RenewalInProgress, Settings } from '../../../shared/settings-schema.js';
import { CERT_FILE_NAMES } from '../../../shared/certificate-types.js';
import { datedCommonName, oldSetLabel } from '../../../shared/renewal.js';
import {
  archiveRenewal,
  deleteArchive as removeArchive,
  makeRenewalFolder,
  promoteRenewal,
  writeBotFiles,
} from '../certificates/renewal-files.js';
import type { HandlerContext } from './context.js';
import { certificateFolder } from './remember-certificate.js';

function needsCertificate(): Result<never> {
  return fail('NEEDS_CERTIFICATE', text.appText.errors.needsCertificate, {
    title: text.appText.errors.needsSetupTitle,
  });
}

function saved(ctx: HandlerContext, next: Settings): Result<Settings> {
  ctx.settings.set(next);
  return ok(next);
}

/** Makes the new set (and the bot's replacement files) in a renewal folder beside the working set. */
export async function startRenewal(ctx: HandlerContext, now = new Date()): Promise<Result<Settings>> {
  const settings = ctx.settings.get();
  const cert = settings.certificate;
  if (!cert) return needsCertificate();
  if (settings.renewal) return ok(settings); // already under way: resume it
  const notWritten = fail('WRITE_FAILED', text.RENEWAL_TEXT.errors.notWritten);

  let dir: string;
  try {
    dir = await makeRenewalFolder(certificateFolder(cert), now);
  } catch {
    return notWritten;
  }
  const made = await ctx.engines.generateCertificate({ dir, subject: { commonName: datedCommonName(now) } });
  if (!made.ok) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return made;
  }
  const credential = await ctx.engines.loadClientCredential(made.value.source);
  let botFilesDir: string;
  try {
    if (!credential.ok) throw new Error(credential.error.code);
    botFilesDir = await writeBotFiles(dir, credential.value.certPem, credential.value.keyPem);
  } catch {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return notWritten;
  }
  const { files } = made.value;
  const renewal: RenewalInProgress = {
    startedAt: now.toISOString(),
    dir,
    source: made.value.source,
    fingerprintSha256: made.value.certificate.fingerprintSha256,
    commonName: made.value.certificate.commonName,
    notAfter: made.value.certificate.notAfter,
    files: [files.certificate, files.key, files.pem],
    botFilesDir,
    uploaded: false,
  };
  return saved(ctx, { ...ctx.settings.get(), renewal, renewalDone: null });
}

/** The bettor uploaded the new certificate: from now on "Test my login" tests it. */
export function confirmRenewalUpload(ctx: HandlerContext): Result<Settings> {
  const settings = ctx.settings.get();
  if (!settings.renewal) return fail('NO_RENEWAL', text.RENEWAL_TEXT.errors.noRenewal);
  return saved(ctx, { ...settings, renewal: { ...settings.renewal, uploaded: true } });
}

/** Back to the working set, untouched; the renewal's folder moves into the archive (nothing is deleted). */
export async function cancelRenewal(ctx: HandlerContext): Promise<Result<Settings>> {
  const settings = ctx.settings.get();
  const { renewal, certificate } = settings;
  if (!renewal || !certificate) return fail('NO_RENEWAL', text.RENEWAL_TEXT.errors.noRenewal);
  let archiveDir = settings.archiveDir;
  try {
    archiveDir = await archiveRenewal(certificateFolder(certificate), renewal.dir);
  } catch {
    // The folder is gone or cannot move: the working set is untouched either way, so the renewal still ends.
  }
  return saved(ctx, { ...ctx.settings.get(), renewal: null, archiveDir });
}

/** Deletes the one archive folder the app made (old and cancelled sets). */
export async function deleteArchive(ctx: HandlerContext): Promise<Result<Settings>> {
  const settings = ctx.settings.get();
  if (settings.archiveDir) {
    try {
      await removeArchive(settings.archiveDir);
    } catch {
      return fail('WRITE_FAILED', text.RENEWAL_TEXT.errors.archiveNotDeleted);
    }
  }
  return saved(ctx, { ...ctx.settings.get(), archiveDir: null });
}

/** The bettor read the renewal's last note ("On the bot's machine…"). */
export function closeRenewalNote(ctx: HandlerContext): Result<Settings> {
  return saved(ctx, { ...ctx.settings.get(), renewalDone: null });
}

/**
 * After the new certificate passed a test: it takes the working set's place (same names, same folder), the old set
 * goes to the archive, the kits made for the old one stay marked as out of date. Ok(false) when the files could not
 * move (everything is put back; the renewal stays under way).
 */
export async function finishRenewal(ctx: HandlerContext, now = new Date()): Promise<Result<boolean>> {
  const settings = ctx.settings.get();
  const { renewal, certificate } = settings;
  if (!renewal || !certificate) return fail('NO_RENEWAL', text.RENEWAL_TEXT.errors.noRenewal);
  const workingDir = certificateFolder(certificate);
  let moved;
  try {
    moved = await promoteRenewal(
      workingDir,
      renewal.dir,
      certificate.files,
      oldSetLabel(certificate.notAfter, certificate.fingerprintSha256),
    );
  } catch {
    return ok(false);
  }
  const path = (name: string): string => join(workingDir, name);
  saved(ctx, {
    ...ctx.settings.get(),
    certificate: {
      dir: workingDir,
      source: { kind: 'pair', certificatePath: path(CERT_FILE_NAMES.certificate), keyPath: path(CERT_FILE_NAMES.key) },
      fingerprintSha256: renewal.fingerprintSha256,
      commonName: renewal.commonName,
      notAfter: renewal.notAfter,
      files: [...moved.files],
    },
    uploadConfirmed: true,
    renewal: null,
    renewalDone: { at: now.toISOString(), botFilesDir: renewal.botFilesDir },
    archiveDir: moved.archiveDir,
  });
  return ok(true);
}
