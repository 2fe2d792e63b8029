/**
 * writeBotKit: the remembered certificate, read by the certificate engine, handed to the kit engine with the
 * certificate engine's .pfx/.p12 maker (the engines do not import each other; this is where they meet). The kit goes
 * next to the certificate; its folder is remembered for this run only, so "Show in folder" may reveal it.
 */
import type { BotKit, BotKitRequest } from '../../../shared/bot-kit.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { text } from '../../../shared/i18n/text.js';
import type { HandlerContext } from './context.js';
import { certificateFolder } from './remember-certificate.js';

export async function writeBotKit(
  ctx: HandlerContext,
  input: BotKitRequest,
  writtenKits: Set<string>,
): Promise<Result<BotKit>> {
  const settings = ctx.settings.get();
  const title = text.appText.errors.needsSetupTitle;
  if (!settings.jurisdiction) return fail('NEEDS_SETUP', text.appText.errors.needsJurisdiction, { title });
  const cert = settings.certificate;
  if (!cert) return fail('NEEDS_SETUP', text.appText.errors.needsCertificate, { title });

  const credential = await ctx.engines.loadClientCredential(
    cert.source,
    cert.source.kind === 'p12' ? input.p12Password : undefined,
  );
  if (!credential.ok) return credential;
  if (credential.value.fingerprintSha256 !== cert.fingerprintSha256)
    return fail('CERTIFICATE_CHANGED', text.appText.crt.changed);

  const result = await ctx.engines.writeBotKit(
    {
      parentDir: certificateFolder(cert),
      framework: input.framework,
      jurisdiction: settings.jurisdiction,
      username: input.username,
      appKey: input.appKey,
      certPem: credential.value.certPem,
      keyPem: credential.value.keyPem,
      ...(input.kitPassword !== undefined ? { kitPassword: input.kitPassword } : {}),
      oneFileCli: ctx.oneFileCli ?? null,
      platform: process.platform,
    },
    { makeKeystore: (certPem, keyPem, password) => ctx.engines.makeKeystore(certPem, keyPem, password) },
  );
  if (result.ok) {
    writtenKits.add(result.value.dir);
    // Remembered with its certificate, so "Set up my bot" can mark it once a renewal makes another one current.
    const current = ctx.settings.get();
    const kit = { dir: result.value.dir, framework: input.framework, fingerprintSha256: cert.fingerprintSha256 };
    ctx.settings.set({ ...current, kits: [...current.kits.filter((k) => k.dir !== kit.dir), kit].slice(-50) });
  }
  return result.ok ? ok(result.value) : result;
}
