/** `bot-login generate`: make key + certificate files in a folder (the .p12 password only from the environment). */
import { CERT_FILE_NAMES, type GenerateRequest, type GeneratedCertificate } from '../../shared/certificate-types.js';
import { CLI_GENERATE_TEXT as TEXT, P12_PASSWORD_ENV } from '../../shared/i18n/en/cli.js';
import type { AppError } from '../../shared/result.js';
import { generateCertificate } from '../core/certificates/generate-certificate.js';
import { parseArgs, USAGE_ERROR, type ArgSpec } from './args.js';
import type { CliCommand, CliIo } from './command.js';
import { printCliError } from './print-error.js';

const SPEC: ArgSpec = {
  flags: {
    dir: { kind: 'string' },
    'common-name': { kind: 'string' },
    organization: { kind: 'string' },
    country: { kind: 'string' },
    email: { kind: 'string' },
    days: { kind: 'string' },
    force: { kind: 'boolean' },
    json: { kind: 'boolean' },
  },
  refused: { password: TEXT.passwordFlag, 'p12-password': TEXT.passwordFlag, passin: TEXT.passwordFlag },
};

function printError(io: CliIo, json: boolean, error: AppError): void {
  printCliError(io, json, error, TEXT.failed);
}

function humanText(made: GeneratedCertificate): string {
  const width = CERT_FILE_NAMES.key.length + 2;
  const lines = [
    TEXT.made(made.dir),
    `  ${CERT_FILE_NAMES.certificate.padEnd(width)}${TEXT.fileCrt}`,
    `  ${CERT_FILE_NAMES.key.padEnd(width)}${TEXT.fileKey}`,
    `  ${CERT_FILE_NAMES.pem.padEnd(width)}${TEXT.filePem}`,
  ];
  if (made.files.p12) lines.push(`  ${CERT_FILE_NAMES.p12.padEnd(width)}${TEXT.fileP12}`);
  else lines.push(TEXT.noP12);
  lines.push(TEXT.fingerprint(made.certificate.fingerprintSha256));
  lines.push(TEXT.validUntil(made.certificate.notAfter.slice(0, 10), made.certificate.daysLeft));
  if (made.backupDir) lines.push(TEXT.backup(made.backupDir));
  lines.push(TEXT.nextStep);
  return `${lines.join('\n')}\n`;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const wantsJson = args.includes('--json');
  const parsed = parseArgs(args, SPEC);
  if (!parsed.ok) {
    printError(io, wantsJson, parsed.error);
    return 2;
  }
  const { strings, booleans } = parsed.value;
  const json = booleans.has('json');
  const dir = strings.dir;
  if (dir === undefined || dir.trim() === '') {
    printError(io, json, { code: USAGE_ERROR, message: TEXT.noDir });
    return 2;
  }
  let days: number | undefined;
  if (strings.days !== undefined) {
    if (!/^\d{1,5}$/.test(strings.days.trim())) {
      printError(io, json, { code: 'INVALID_DAYS', message: TEXT.badDays });
      return 2;
    }
    days = Number(strings.days.trim());
  }
  const password = io.env[P12_PASSWORD_ENV];
  const subject: { -readonly [K in keyof NonNullable<GenerateRequest['subject']>]: string } = {};
  if (strings['common-name'] !== undefined) subject.commonName = strings['common-name'];
  if (strings.organization !== undefined) subject.organization = strings.organization;
  if (strings.country !== undefined) subject.country = strings.country;
  if (strings.email !== undefined) subject.email = strings.email;
  const request: GenerateRequest = {
    dir,
    subject,
    replaceExisting: booleans.has('force'),
    ...(days === undefined ? {} : { days }),
    ...(password ? { p12Password: password } : {}),
  };

  // One prime search: the process exits right after, and Node would wait for a second one still running.
  const made = await generateCertificate(request, { keySearches: 1 });
  if (!made.ok) {
    const message = made.error.code === 'FILES_EXIST' ? `${made.error.message}\n${TEXT.forceHint}` : made.error.message;
    printError(io, json, { ...made.error, message });
    return 1;
  }
  if (json) {
    const { certificate, ...rest } = made.value;
    io.stdout(`${JSON.stringify({ ok: true, ...rest, certificate })}\n`);
  } else io.stdout(humanText(made.value));
  return 0;
}

export const generateCommand: CliCommand = {
  name: 'generate',
  summary: TEXT.summary,
  help: TEXT.help,
  run,
};
