/** `bot-login generate`: make key + certificate files in a folder (the .p12 password only from the environment). */
import { CERT_FILE_NAMES, type GenerateRequest, type GeneratedCertificate } from '../../shared/certificate-types.js';
import { ENV } from '../../shared/env-names.js';
import { formatDay } from '../../shared/i18n/format.js';
import { text } from '../../shared/i18n/text.js';
import {
  DEFAULT_JURISDICTION,
  isJurisdictionId,
  JURISDICTIONS,
  securityPageUrl,
  type JurisdictionId,
} from '../../shared/jurisdictions.js';
import { explainFault } from '../../shared/login-catalogue.js';
import { generateCertificate } from '../core/certificates/generate-certificate.js';
import type { ArgSpec } from './args.js';
import { defineCommand, type CommandContext } from './define-command.js';
import { EXIT } from './exit-codes.js';
import { takeKeySearch } from './key-head-start.js';
import { errorInTerminalWords } from './terminal-words.js';

/** The command's flags, read when it runs (the refusals are words in the language in use). */
const spec = (): ArgSpec => ({
  flags: {
    dir: { kind: 'string' },
    'common-name': { kind: 'string' },
    organization: { kind: 'string' },
    country: { kind: 'string' },
    email: { kind: 'string' },
    days: { kind: 'string' },
    force: { kind: 'boolean' },
    jurisdiction: { kind: 'string' },
  },
  refused: {
    password: text.CLI_TEXT.generate.passwordFlag,
    'p12-password': text.CLI_TEXT.generate.passwordFlag,
    passin: text.CLI_TEXT.generate.passwordFlag,
  },
});

/** Where the .crt is uploaded: the jurisdiction's security page, else betfair.com's (and how to find the others). */
function uploadLines(jurisdiction: JurisdictionId | undefined): string[] {
  const url = securityPageUrl(jurisdiction ?? DEFAULT_JURISDICTION);
  return jurisdiction === undefined
    ? [text.CLI_TEXT.generate.nextStep(url), text.CLI_TEXT.generate.otherSites]
    : [text.CLI_TEXT.generate.nextStep(url)];
}

function humanText(made: GeneratedCertificate, jurisdiction: JurisdictionId | undefined): string {
  const width = CERT_FILE_NAMES.key.length + 2;
  const lines = [
    text.CLI_TEXT.generate.made(made.dir),
    `  ${CERT_FILE_NAMES.certificate.padEnd(width)}${text.CLI_TEXT.generate.fileCrt}`,
    `  ${CERT_FILE_NAMES.key.padEnd(width)}${text.CLI_TEXT.generate.fileKey}`,
    `  ${CERT_FILE_NAMES.pem.padEnd(width)}${text.CLI_TEXT.generate.filePem}`,
  ];
  if (made.files.p12) lines.push(`  ${CERT_FILE_NAMES.p12.padEnd(width)}${text.CLI_TEXT.generate.fileP12}`);
  else lines.push(text.CLI_TEXT.generate.noP12);
  lines.push(text.CLI_TEXT.generate.fingerprint(made.certificate.fingerprintSha256));
  lines.push(text.CLI_TEXT.generate.validUntil(formatDay(made.certificate.notAfter), made.certificate.daysLeft));
  if (made.backupDir) lines.push(text.CLI_TEXT.generate.backup(made.backupDir));
  lines.push(...uploadLines(jurisdiction));
  return `${lines.join('\n')}\n`;
}

async function run({ args, io, json, printError, usage }: CommandContext): Promise<number> {
  const { strings, booleans } = args;
  const dir = strings.dir;
  if (dir === undefined || dir.trim() === '') return usage(text.CLI_TEXT.generate.noDir);
  const place = strings.jurisdiction;
  if (place !== undefined && !isJurisdictionId(place)) return usage(text.CLI_TEXT.login.badJurisdiction(place));
  if (place !== undefined && !JURISDICTIONS[place].botLoginAvailable) {
    const e = explainFault('BOT_LOGIN_NOT_AVAILABLE');
    printError({ code: 'BOT_LOGIN_NOT_AVAILABLE', message: e.meaning, title: e.title, whatToDo: e.whatToDo });
    return EXIT.usage;
  }
  const jurisdiction = place;
  let days: number | undefined;
  if (strings.days !== undefined) {
    if (!/^\d{1,5}$/.test(strings.days.trim())) {
      printError({ code: 'INVALID_DAYS', message: text.CLI_TEXT.generate.badDays });
      return EXIT.usage;
    }
    days = Number(strings.days.trim());
  }
  const password = io.env[ENV.p12Password];
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
  // The entry (electron/cli.ts) has usually started it already, before loading this command.
  const early = takeKeySearch();
  const made = await generateCertificate(request, { keySearches: 1, ...(early ? { keyPair: early } : {}) });
  if (!made.ok) {
    const message =
      made.error.code === 'FILES_EXIST'
        ? `${made.error.message}\n${text.CLI_TEXT.generate.forceHint}`
        : made.error.message;
    printError(errorInTerminalWords({ ...made.error, message }));
    return EXIT.failed;
  }
  if (json) {
    const { certificate, ...rest } = made.value;
    const uploadUrl = securityPageUrl(jurisdiction ?? DEFAULT_JURISDICTION);
    io.stdout(`${JSON.stringify({ ok: true, ...rest, certificate, uploadUrl })}\n`);
  } else io.stdout(humanText(made.value, jurisdiction));
  return EXIT.ok;
}

export const generateCommand = defineCommand({
  name: 'generate',
  summary: () => text.CLI_TEXT.generate.summary,
  help: () => text.CLI_TEXT.generate.help,
  args: spec,
  errorText: (error) => text.CLI_TEXT.generate.failed(error.message),
  run,
});
