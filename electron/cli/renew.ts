/**
 * `bot-login renew --dir DIR`: the renewal of the app's dashboard on a headless server (shared/renewal.ts). Without a
 * flag it makes the new set beside the working one in DIR (or shows the one under way) with the bot's replacement
 * files in a kit's layout, and prints the steps in order; `--finish` (after the test with the new certificate
 * passed) puts the new set in the working set's place and the old one in the archive folder; `--cancel` goes back
 * to the working set, the unused set moved to the archive. `--json` for scripts.
 */
import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CERT_FILE_NAMES } from '../../shared/certificate-types.js';
import { formatDay } from '../../shared/i18n/format.js';
import { text } from '../../shared/i18n/text.js';
import { BOT_FILE_NAMES, BOT_FILES_DIR, datedCommonName, oldSetLabel, shortFingerprint } from '../../shared/renewal.js';
import { generateCertificate } from '../core/certificates/generate-certificate.js';
import {
  archiveRenewal,
  kitsBeside,
  makeRenewalFolder,
  promoteRenewal,
  renewalUnderWay,
  writeBotFiles,
} from '../core/certificates/renewal-files.js';
import type { ArgSpec } from './args.js';
import { defineCommand, type CommandContext } from './define-command.js';
import { EXIT } from './exit-codes.js';

const spec = (): ArgSpec => ({
  flags: { dir: { kind: 'string' }, finish: { kind: 'boolean' }, cancel: { kind: 'boolean' } },
  refused: {},
});

interface CertFacts {
  readonly fingerprintSha256: string;
  readonly commonName: string | null;
  readonly notAfter: string;
}

async function certFacts(path: string): Promise<CertFacts | null> {
  try {
    const cert = new X509Certificate(await readFile(path));
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? null;
    return { fingerprintSha256: cert.fingerprint256, commonName: cn, notAfter: new Date(cert.validTo).toISOString() };
  } catch {
    return null;
  }
}

function steps(dir: string, renewalDir: string, kits: readonly string[]): string {
  const t = text.CLI_RENEW_TEXT;
  const crt = join(renewalDir, CERT_FILE_NAMES.certificate);
  const key = join(renewalDir, CERT_FILE_NAMES.key);
  const lines = [
    t.stepsHeading,
    t.stepUpload(crt),
    t.stepBotFiles(join(renewalDir, BOT_FILES_DIR), BOT_FILE_NAMES.join(', ')),
    ...kits.map((kit) => `     ${t.kitFound(kit)}`),
    t.stepTest(`bot-login login --jurisdiction ID --cert ${crt} --key ${key} --username NAME`),
    t.stepFinish(`bot-login renew --dir ${dir} --finish`),
    t.cancelHint(`bot-login renew --dir ${dir} --cancel`),
  ];
  return `${lines.join('\n')}\n`;
}

async function start(ctx: CommandContext, dir: string, working: CertFacts): Promise<number> {
  const { io, json, printError } = ctx;
  const t = text.CLI_RENEW_TEXT;
  let renewalDir = await renewalUnderWay(dir);
  const resumed = renewalDir !== null;
  if (renewalDir === null) {
    const now = new Date();
    try {
      renewalDir = await makeRenewalFolder(dir, now);
    } catch {
      printError({ code: 'WRITE_FAILED', message: text.RENEWAL_TEXT.errors.notWritten });
      return EXIT.failed;
    }
    const made = await generateCertificate(
      { dir: renewalDir, subject: { commonName: datedCommonName(now) } },
      { keySearches: 1 },
    );
    if (!made.ok) {
      printError(made.error);
      return EXIT.failed;
    }
    const keyPem = await readFile(made.value.files.key, 'utf8');
    await writeBotFiles(renewalDir, made.value.certificate.certificatePem, keyPem);
  }
  const renewed = await certFacts(join(renewalDir, CERT_FILE_NAMES.certificate));
  if (!renewed) {
    printError({ code: 'RENEWAL_FILES_MISSING', message: text.RENEWAL_TEXT.errors.filesMissing });
    return EXIT.failed;
  }
  // The kits made for the working certificate: their certs/ files are the ones to replace on the bot's machine.
  const kits: string[] = [];
  for (const kit of await kitsBeside(dir)) {
    const facts = await certFacts(join(kit, 'certs', CERT_FILE_NAMES.certificate));
    if (facts?.fingerprintSha256 === working.fingerprintSha256) kits.push(kit);
  }
  if (json) {
    io.stdout(
      `${JSON.stringify({
        ok: true,
        stage: 'not-uploaded-or-not-tested',
        resumed,
        dir,
        renewalDir,
        certificate: join(renewalDir, CERT_FILE_NAMES.certificate),
        key: join(renewalDir, CERT_FILE_NAMES.key),
        botFilesDir: join(renewalDir, BOT_FILES_DIR),
        botFiles: BOT_FILE_NAMES,
        kits,
        newCertificate: renewed,
        workingCertificate: working,
        next: ['upload', 'replace-bot-files', 'test', 'finish'],
      })}\n`,
    );
    return EXIT.ok;
  }
  const head = [
    resumed ? t.resumed(renewalDir) : t.started(renewalDir),
    t.newCertificate(
      renewed.commonName ?? '',
      shortFingerprint(renewed.fingerprintSha256),
      formatDay(renewed.notAfter),
    ),
    t.working(working.commonName ?? '', formatDay(working.notAfter)),
    '',
  ];
  io.stdout(`${head.join('\n')}\n${steps(dir, renewalDir, kits)}`);
  return EXIT.ok;
}

async function finish(ctx: CommandContext, dir: string, renewalDir: string, working: CertFacts): Promise<number> {
  const t = text.CLI_RENEW_TEXT;
  let moved;
  try {
    moved = await promoteRenewal(dir, renewalDir, [], oldSetLabel(working.notAfter, working.fingerprintSha256));
  } catch {
    ctx.printError({ code: 'WRITE_FAILED', message: text.RENEWAL_TEXT.errors.notMoved });
    return EXIT.failed;
  }
  const botFilesDir = join(renewalDir, BOT_FILES_DIR);
  if (ctx.json) {
    ctx.io.stdout(
      `${JSON.stringify({ ok: true, stage: 'done', dir, files: moved.files, archiveDir: moved.archiveDir, oldSetDir: moved.oldSetDir, botFilesDir })}\n`,
    );
    return EXIT.ok;
  }
  ctx.io.stdout(`${[t.finished(dir), t.botFilesAgain(botFilesDir), t.archived(moved.oldSetDir)].join('\n')}\n`);
  return EXIT.ok;
}

async function cancel(ctx: CommandContext, dir: string, renewalDir: string): Promise<number> {
  let archiveDir: string;
  try {
    archiveDir = await archiveRenewal(dir, renewalDir);
  } catch {
    ctx.printError({ code: 'WRITE_FAILED', message: text.RENEWAL_TEXT.errors.filesMissing });
    return EXIT.failed;
  }
  if (ctx.json) ctx.io.stdout(`${JSON.stringify({ ok: true, stage: 'none', dir, archiveDir })}\n`);
  else ctx.io.stdout(`${text.CLI_RENEW_TEXT.cancelled(archiveDir)}\n`);
  return EXIT.ok;
}

async function run(ctx: CommandContext): Promise<number> {
  const { strings, booleans } = ctx.args;
  const t = text.CLI_RENEW_TEXT;
  if (strings.dir === undefined || strings.dir.trim() === '') return ctx.usage(t.noDir);
  if (booleans.has('finish') && booleans.has('cancel')) return ctx.usage(t.bothFlags);
  const dir = resolve(strings.dir);
  const working = await certFacts(join(dir, CERT_FILE_NAMES.certificate));
  if (!working) {
    ctx.printError({ code: 'NEEDS_CERTIFICATE', message: t.noWorking(dir) });
    return EXIT.failed;
  }
  if (!booleans.has('finish') && !booleans.has('cancel')) return start(ctx, dir, working);
  const renewalDir = await renewalUnderWay(dir);
  if (renewalDir === null) {
    ctx.printError({ code: 'NO_RENEWAL', message: t.noRenewal(dir) });
    return EXIT.failed;
  }
  return booleans.has('finish') ? finish(ctx, dir, renewalDir, working) : cancel(ctx, dir, renewalDir);
}

export const renewCommand = defineCommand({
  name: 'renew',
  summary: () => text.CLI_RENEW_TEXT.summary,
  help: () => text.CLI_RENEW_TEXT.help,
  args: spec,
  errorText: (error) => text.CLI_RENEW_TEXT.failed(error.message),
  run,
});
