/** addRenewalReminder: the .ics event next to the certificate, then opened with the system's calendar. */
import { join } from 'node:path';
import { fail, ok, type Result } from '../../../shared/result.js';
import { text } from '../../../shared/i18n/text.js';
import { REMINDER_FILE_NAME, REMINDER_PRODID, reminderIsLate, renewalEvent } from '../reminder/renewal-event.js';
import { writeOwnFile } from '../write-own-file.js';
import type { HandlerContext } from './context.js';
import { certificateFolder } from './remember-certificate.js';

export async function addRenewalReminder(
  ctx: HandlerContext,
  now = new Date(),
): Promise<Result<{ readonly path: string; readonly late: boolean }>> {
  const settings = ctx.settings.get();
  const cert = settings.certificate;
  if (!cert)
    return fail('NEEDS_CERTIFICATE', text.appText.errors.needsCertificate, {
      title: text.appText.errors.needsSetupTitle,
    });
  const dir = certificateFolder(cert);
  const path = join(dir, REMINDER_FILE_NAME);
  const event = renewalEvent({
    notAfter: cert.notAfter,
    commonName: cert.commonName,
    certificateDir: dir,
    now,
  });
  let outcome: 'written' | 'exists';
  try {
    outcome = await writeOwnFile(path, event, 0o644, (existing) => existing.includes(`PRODID:${REMINDER_PRODID}`));
  } catch {
    return fail('WRITE_FAILED', text.appText.reminder.saved);
  }
  if (outcome === 'exists') return fail('FILES_EXIST', text.appText.reminder.exists);
  try {
    await ctx.platform.openPath(path);
  } catch {
    return fail('NOT_OPENED', text.appText.reminder.notOpened(path));
  }
  return ok({ path, late: reminderIsLate(cert.notAfter, now) });
}
