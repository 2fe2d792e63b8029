/** `bot-login inspect FILE...`: check certificate/key files; exit 0 usable, 1 not usable, 2 wrong usage. */
import type { InspectReport } from '../../shared/certificate-types.js';
import { ENV } from '../../shared/env-names.js';
import { CLI_INSPECT_TEXT as TEXT } from '../../shared/i18n/en/cli.js';
import { inspectCertificateFiles } from '../core/certificates/inspect-files.js';
import type { ArgSpec } from './args.js';
import { defineCommand, type CommandContext } from './define-command.js';
import { EXIT } from './exit-codes.js';

const SPEC: ArgSpec = {
  flags: {},
  refused: { password: TEXT.passwordFlag, 'p12-password': TEXT.passwordFlag, passin: TEXT.passwordFlag },
  minPositionals: 1,
  maxPositionals: Infinity,
};

function day(iso: string): string {
  return iso.slice(0, 10);
}

function humanText(report: InspectReport): string {
  const lines: string[] = [];
  const cert = report.certificate;
  if (cert) {
    lines.push(TEXT.certificate);
    lines.push(TEXT.subject(cert.subject), TEXT.issuer(cert.issuer, cert.selfSigned), TEXT.serial(cert.serialNumber));
    lines.push(TEXT.fingerprint(cert.fingerprintSha256));
    lines.push(TEXT.validity(day(cert.notBefore), day(cert.notAfter), cert.daysLeft));
    lines.push(TEXT.keyLine(cert.publicKey.type, cert.publicKey.bits), TEXT.clientAuth(cert.clientAuth));
    const match = TEXT.keyMatches(report.keyMatchesCertificate);
    if (match) lines.push(match);
    lines.push('');
  }
  lines.push(report.usable ? TEXT.usable : TEXT.notUsable);
  for (const f of report.findings) lines.push(f.severity === 'error' ? TEXT.error(f.message) : TEXT.warning(f.message));
  if (report.findings.some((f) => f.code === 'P12_PASSWORD_NEEDED' || f.code === 'P12_WRONG_PASSWORD')) lines.push(TEXT.passwordHint);
  return `${lines.join('\n')}\n`;
}

async function run({ args, io, json, printError }: CommandContext): Promise<number> {
  const paths = args.positionals;
  let password = io.env[ENV.p12Password] || undefined;
  let result = await inspectCertificateFiles(password === undefined ? { paths } : { paths, p12Password: password });
  // At a terminal, ask for a missing .p12 password once rather than failing.
  if (result.ok && !json && io.interactive && password === undefined && result.value.findings.some((f) => f.code === 'P12_PASSWORD_NEEDED')) {
    password = await io.promptHidden(TEXT.passwordPrompt);
    if (password) result = await inspectCertificateFiles({ paths, p12Password: password });
  }
  if (!result.ok) {
    printError(result.error);
    return EXIT.usage;
  }
  if (json) io.stdout(`${JSON.stringify({ ok: true, ...result.value })}\n`);
  else io.stdout(humanText(result.value));
  return result.value.usable ? EXIT.ok : EXIT.failed;
}

export const inspectCommand = defineCommand({
  name: 'inspect',
  summary: TEXT.summary,
  help: TEXT.help,
  args: SPEC,
  errorText: (error) => TEXT.failed(error.message),
  run,
});
