/** `bot-login inspect FILE...`: check certificate/key files; exit 0 usable, 1 not usable, 2 wrong usage. */
import { ENV } from '../../shared/env-names.js';
import { formatDay } from '../../shared/i18n/format.js';
import { text } from '../../shared/i18n/text.js';
import { inspectCertificateFiles } from '../core/certificates/inspect-files.js';
import type { ArgSpec } from './args.js';
import { defineCommand, type CommandContext } from './define-command.js';
import { EXIT } from './exit-codes.js';
import { errorInTerminalWords, inspectInTerminalWords, type WordedInspectReport } from './terminal-words.js';

/** The command's flags, read when it runs (the refusals are words in the language in use). */
const spec = (): ArgSpec => ({
  flags: {},
  refused: {
    password: text.CLI_TEXT.inspect.passwordFlag,
    'p12-password': text.CLI_TEXT.inspect.passwordFlag,
    passin: text.CLI_TEXT.inspect.passwordFlag,
  },
  minPositionals: 1,
  maxPositionals: Infinity,
});

function humanText(report: WordedInspectReport): string {
  const lines: string[] = [];
  const cert = report.certificate;
  if (cert) {
    lines.push(text.CLI_TEXT.inspect.certificate);
    lines.push(
      text.CLI_TEXT.inspect.subject(cert.subject),
      text.CLI_TEXT.inspect.issuer(cert.issuer, cert.selfSigned),
      text.CLI_TEXT.inspect.serial(cert.serialNumber),
    );
    lines.push(text.CLI_TEXT.inspect.fingerprint(cert.fingerprintSha256));
    lines.push(text.CLI_TEXT.inspect.validity(formatDay(cert.notBefore), formatDay(cert.notAfter), cert.daysLeft));
    lines.push(
      text.CLI_TEXT.inspect.keyLine(cert.publicKey.type, cert.publicKey.bits),
      text.CLI_TEXT.inspect.clientAuth(cert.clientAuth),
    );
    const match = text.CLI_TEXT.inspect.keyMatches(report.keyMatchesCertificate);
    if (match) lines.push(match);
    lines.push('');
  }
  lines.push(report.usable ? text.CLI_TEXT.inspect.usable : text.CLI_TEXT.inspect.notUsable);
  for (const f of report.findings)
    lines.push(
      f.severity === 'error' ? text.CLI_TEXT.inspect.error(f.message) : text.CLI_TEXT.inspect.warning(f.message),
    );
  if (report.findings.some((f) => f.code === 'P12_PASSWORD_NEEDED' || f.code === 'P12_WRONG_PASSWORD'))
    lines.push(text.CLI_TEXT.inspect.passwordHint);
  return `${lines.join('\n')}\n`;
}

async function run({ args, io, json, printError }: CommandContext): Promise<number> {
  const paths = args.positionals;
  let password = io.env[ENV.p12Password] || undefined;
  let result = await inspectCertificateFiles(password === undefined ? { paths } : { paths, p12Password: password });
  // At a terminal, ask for a missing .p12 password once rather than failing.
  if (
    result.ok &&
    !json &&
    io.interactive &&
    password === undefined &&
    result.value.findings.some((f) => f.code === 'P12_PASSWORD_NEEDED')
  ) {
    password = await io.promptHidden(text.CLI_TEXT.inspect.passwordPrompt);
    if (password) result = await inspectCertificateFiles({ paths, p12Password: password });
  }
  if (!result.ok) {
    printError(errorInTerminalWords(result.error));
    return EXIT.usage;
  }
  const report = inspectInTerminalWords(result.value);
  if (json) io.stdout(`${JSON.stringify({ ok: true, ...report })}\n`);
  else io.stdout(humanText(report));
  return report.usable ? EXIT.ok : EXIT.failed;
}

export const inspectCommand = defineCommand({
  name: 'inspect',
  summary: () => text.CLI_TEXT.inspect.summary,
  help: () => text.CLI_TEXT.inspect.help,
  args: spec,
  errorText: (error) => text.CLI_TEXT.inspect.failed(error.message),
  run,
});
