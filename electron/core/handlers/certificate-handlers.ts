/** chooseFolder, chooseCertificateFiles, generateCertificate, inspectCertificate, useCertificate, showInFolder. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type {
  GenerateRequest,
  GeneratedCertificate,
  InspectReport,
  InspectRequest,
} from '../../../shared/certificate-types.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { text } from '../../../shared/i18n/text.js';
import type { HandlerContext } from './context.js';
import { certificateFromGenerated, certificateFromReport, withCertificate } from './remember-certificate.js';

export async function chooseFolder(
  ctx: HandlerContext,
  input: { defaultPath?: string } | null | undefined,
): Promise<Result<string | null>> {
  return ok(await ctx.platform.chooseFolder(input?.defaultPath));
}

export async function chooseCertificateFiles(ctx: HandlerContext): Promise<Result<string[]>> {
  return ok(await ctx.platform.chooseCertificateFiles());
}

export async function generateCertificate(
  ctx: HandlerContext,
  req: GenerateRequest,
): Promise<Result<GeneratedCertificate>> {
  const result = await ctx.engines.generateCertificate(req);
  if (result.ok) ctx.settings.set(withCertificate(ctx.settings.get(), certificateFromGenerated(result.value)));
  return result;
}

export function inspectCertificate(ctx: HandlerContext, req: InspectRequest): Promise<Result<InspectReport>> {
  return ctx.engines.inspectCertificateFiles(req);
}

export async function useCertificate(ctx: HandlerContext, req: InspectRequest): Promise<Result<InspectReport>> {
  const result = await ctx.engines.inspectCertificateFiles(req);
  if (result.ok) {
    const stored = certificateFromReport(result.value);
    if (stored) ctx.settings.set(withCertificate(ctx.settings.get(), stored));
  }
  return result;
}

/**
 * Only the files the app made or the user chose in the app (settings.certificate.files), and the bot kits written
 * in this run (their folders).
 */
export function showInFolder(
  ctx: HandlerContext,
  input: { path: string },
  writtenKits: ReadonlySet<string> = new Set(),
): Result<null> {
  const wanted = resolve(input.path);
  const settings = ctx.settings.get();
  const known = [
    ...(settings.certificate?.files ?? []),
    ...writtenKits,
    // A renewal's new set and the bot's replacement files (shared/renewal.ts).
    ...(settings.renewal ? [...settings.renewal.files, settings.renewal.botFilesDir] : []),
    ...(settings.renewalDone ? [settings.renewalDone.botFilesDir] : []),
  ];
  if (!known.some((file) => resolve(file) === wanted)) {
    return fail('NOT_ALLOWED', text.appText.errors.notAllowedFolder);
  }
  if (!existsSync(wanted)) return fail('FILE_NOT_FOUND', text.appText.errors.fileMissing);
  ctx.platform.showItemInFolder(wanted);
  return ok(null);
}
