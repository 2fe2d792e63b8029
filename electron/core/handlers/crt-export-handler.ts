/**
 * saveCertificateAsCrt: when the certificate in use sits inside a .pem or .p12 (which also hold the
 * key), write the certificate alone as a .crt next to it, the file Betfair wants uploaded.
 * Only the public certificate is written; the file is remembered so the UI offers it for upload.
 */
import { basename, extname, join } from 'node:path';
import { fail, ok, type Result } from '../../../shared/result.js';
import { text } from '../../../shared/i18n/text.js';
import { writeOwnFile } from '../write-own-file.js';
import type { HandlerContext } from './context.js';
import { certificateFolder } from './remember-certificate.js';

const CRT = /\.(crt|cer)$/i;

function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n').trim() === b.replace(/\r\n/g, '\n').trim();
}

export async function saveCertificateAsCrt(
  ctx: HandlerContext,
  input: { p12Password?: string | undefined },
): Promise<Result<{ readonly path: string }>> {
  const settings = ctx.settings.get();
  const cert = settings.certificate;
  if (!cert)
    return fail('NEEDS_CERTIFICATE', text.appText.errors.needsCertificate, {
      title: text.appText.errors.needsSetupTitle,
    });
  if (cert.source.kind === 'pair') return ok({ path: cert.source.certificatePath });
  const existing = cert.files.find((f) => CRT.test(f));
  if (existing) return ok({ path: existing });

  const bundle = cert.source.kind === 'pem' ? cert.source.pemPath : cert.source.p12Path;
  const report = await ctx.engines.inspectCertificateFiles({
    paths: [bundle],
    ...(cert.source.kind === 'p12' && input.p12Password ? { p12Password: input.p12Password } : {}),
  });
  const summary = report.ok ? report.value.certificate : null;
  if (!summary) return fail('UNREADABLE', text.appText.crt.unreadable);
  if (summary.fingerprintSha256 !== cert.fingerprintSha256)
    return fail('CERTIFICATE_CHANGED', text.appText.crt.changed);

  const path = join(certificateFolder(cert), `${basename(bundle, extname(bundle))}.crt`);
  let outcome: 'written' | 'exists';
  try {
    outcome = await writeOwnFile(path, summary.certificatePem, 0o644, (text) => sameText(text, summary.certificatePem));
  } catch {
    return fail('WRITE_FAILED', text.appText.crt.notSaved);
  }
  if (outcome === 'exists') return fail('FILES_EXIST', text.appText.crt.exists);
  ctx.settings.set({ ...settings, certificate: { ...cert, files: [...cert.files, path] } });
  return ok({ path });
}
