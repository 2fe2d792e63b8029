/**
 * `bot-login kit`: a bot kit (electron/core/kit) from a certificate given on the command line. This command wires the
 * certificate engine (read the credential, make the .pfx/.p12) to the kit engine, as the app's handler does.
 * Passwords: the new key file's from BOTLOGIN_KIT_PASSWORD or asked twice on a terminal; a --p12 file's from
 * BOTLOGIN_P12_PASSWORD or asked. Exit codes: 0 written, 1 not written, 2 wrong usage.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { isBotFramework, needsKitPassword, type BotFramework, type BotKit } from '../../shared/bot-kit.js';
import type { CredentialSource } from '../../shared/certificate-types.js';
import { isAppKeyShape } from '../../shared/app-key-shape.js';
import { ENV } from '../../shared/env-names.js';
import { text } from '../../shared/i18n/text.js';
import { isJurisdictionId, type JurisdictionId } from '../../shared/jurisdictions.js';
import { kitFileWords } from '../../shared/kit-steps.js';
import { loadClientCredential, p12FromPem } from '../core/certificates/index.js';
import { makeFolders } from '../core/make-folders.js';
import { embeddedOneFileCli, isSingleExecutable, locateOneFileCli, writeBotKit } from '../core/kit/index.js';
import type { ArgSpec } from './args.js';
import type { CliCommand, CliIo } from './command.js';
import { defineCommand, type CommandContext } from './define-command.js';
import { EXIT } from './exit-codes.js';

/** The fallback for readers of .pfx/.p12 older than docs/bot-kit.md lists: 3DES and a SHA-1 MAC. */
const LEGACY_KEYSTORE_FLAG = 'legacy-keystore';

const spec = (): ArgSpec => ({
  flags: {
    framework: { kind: 'string' },
    dir: { kind: 'string' },
    jurisdiction: { kind: 'string' },
    cert: { kind: 'string' },
    key: { kind: 'string' },
    pem: { kind: 'string' },
    p12: { kind: 'string' },
    username: { kind: 'string' },
    'app-key': { kind: 'string' },
    [LEGACY_KEYSTORE_FLAG]: { kind: 'boolean' },
  },
  refused: {
    password: text.CLI_TEXT.kit.passwordFlag,
    'p12-password': text.CLI_TEXT.kit.passwordFlag,
    'kit-password': text.CLI_TEXT.kit.passwordFlag,
    passin: text.CLI_TEXT.kit.passwordFlag,
    pass: text.CLI_TEXT.kit.passwordFlag,
  },
});

interface KitArgs {
  readonly framework: BotFramework;
  readonly dir: string;
  readonly jurisdiction: JurisdictionId;
  readonly source: CredentialSource;
  readonly username: string;
  readonly appKey: string;
}

function readArgs(strings: Readonly<Record<string, string>>): KitArgs | string {
  const framework = strings.framework;
  if (framework === undefined) return text.CLI_TEXT.kit.needFramework;
  if (!isBotFramework(framework)) return text.CLI_TEXT.kit.badFramework(framework);
  const dir = strings.dir?.trim();
  if (!dir) return text.CLI_TEXT.kit.noDir;
  const j = strings.jurisdiction;
  if (j === undefined) return text.CLI_TEXT.login.needJurisdiction;
  if (!isJurisdictionId(j)) return text.CLI_TEXT.login.badJurisdiction(j);
  const { cert, key, pem, p12 } = strings;
  const given = [cert !== undefined || key !== undefined, pem !== undefined, p12 !== undefined].filter(Boolean).length;
  if (given === 0) return text.CLI_TEXT.login.needCertificate;
  if (given > 1) return text.CLI_TEXT.login.oneCertificate;
  let source: CredentialSource;
  if (pem !== undefined) source = { kind: 'pem', pemPath: resolve(pem) };
  else if (p12 !== undefined) source = { kind: 'p12', p12Path: resolve(p12) };
  else if (cert === undefined) return text.CLI_TEXT.login.keyNeedsCert;
  else if (key === undefined) return text.CLI_TEXT.login.certNeedsKey;
  else source = { kind: 'pair', certificatePath: resolve(cert), keyPath: resolve(key) };
  const username = strings.username?.trim();
  if (!username) return text.CLI_TEXT.login.needUsername;
  const appKey = strings['app-key']?.trim();
  if (!appKey) return text.CLI_TEXT.kit.needAppKey;
  if (!isAppKeyShape(appKey)) return text.KIT_ERROR_TEXT.badAppKey;
  return { framework, dir: resolve(dir), jurisdiction: j, source, username, appKey };
}

/** The key file's password: the environment, else asked twice on a terminal; a string is a usage error's words. */
async function kitPassword(io: CliIo): Promise<{ readonly password: string } | string> {
  const fromEnv = io.env[ENV.kitPassword];
  io.forgetEnv?.(ENV.kitPassword);
  if (fromEnv) return { password: fromEnv };
  if (!io.interactive) return text.CLI_TEXT.kit.kitPasswordNeeded;
  const first = await io.promptHidden(text.CLI_TEXT.kit.kitPasswordPrompt);
  if (!first) return text.CLI_TEXT.kit.kitPasswordNeeded;
  const again = await io.promptHidden(text.CLI_TEXT.kit.kitPasswordAgain);
  return first === again ? { password: first } : text.CLI_TEXT.kit.kitPasswordsDiffer;
}

function humanText(kit: BotKit): string {
  const width = Math.max(...kit.files.map((f) => f.name.length)) + 2;
  const lines = [
    text.CLI_TEXT.kit.made(kit.dir),
    ...kit.files.map((f) => `  ${f.name.padEnd(width)}${kitFileWords(f.role)}`),
  ];
  if (!kit.includesOneFileCli) lines.push(text.CLI_TEXT.kit.noCli);
  lines.push(text.KIT_README_TEXT.privateKey, text.CLI_TEXT.kit.readNext);
  return `${lines.join('\n')}\n`;
}

/**
 * The one-file CLI of the running command line: a single executable's own embedded copy (never a file beside the
 * executable), else the entry file itself, or dist/bot-login.cjs beside dist/cli.
 */
function runningOneFileCli(): string | Buffer | null {
  if (isSingleExecutable()) return embeddedOneFileCli();
  const entry = process.argv[1];
  if (!entry) return null;
  let file = entry;
  try {
    file = realpathSync(entry);
  } catch {
    // keep the path as given
  }
  return locateOneFileCli({ entryFile: file });
}

export interface KitCommandDeps {
  /** The one-file CLI to put in the kit (tests: a stand-in, or null); default: found beside the running CLI. */
  readonly oneFileCli?: string | Buffer | null;
}

export function createKitCommand(deps: KitCommandDeps = {}): CliCommand {
  async function run({ args, io, json, printError, usage }: CommandContext): Promise<number> {
    const input = readArgs(args.strings);
    if (typeof input === 'string') return usage(input);

    let password: string | undefined;
    if (needsKitPassword(input.framework)) {
      const chosen = await kitPassword(io);
      if (typeof chosen === 'string') return usage(chosen);
      password = chosen.password;
    }
    let p12Password = io.env[ENV.p12Password] || undefined;
    io.forgetEnv?.(ENV.p12Password);
    if (input.source.kind === 'p12' && p12Password === undefined && io.interactive)
      p12Password = (await io.promptHidden(text.CLI_TEXT.kit.p12Prompt)) || undefined;

    const credential = await loadClientCredential(input.source, p12Password);
    p12Password = undefined;
    if (!credential.ok) {
      printError(credential.error);
      return EXIT.failed;
    }
    // Like generate --dir: a missing folder is made, owner-only (it will hold the kit with the private key), one level at
    // a time (Node's recursive mkdir never returns for a path under /proc).
    const made = await makeFolders(input.dir, 0o700).then(
      () => true,
      () => false,
    );
    if (!made) {
      printError({ code: 'WRITE_FAILED', message: text.KIT_ERROR_TEXT.dirNotMade(input.dir) });
      return EXIT.failed;
    }
    const result = await writeBotKit(
      {
        parentDir: input.dir,
        framework: input.framework,
        jurisdiction: input.jurisdiction,
        username: input.username,
        appKey: input.appKey,
        certPem: credential.value.certPem,
        keyPem: credential.value.keyPem,
        ...(password !== undefined ? { kitPassword: password } : {}),
        oneFileCli: deps.oneFileCli !== undefined ? deps.oneFileCli : runningOneFileCli(),
        platform: process.platform,
      },
      {
        makeKeystore: (certPem, keyPem, chosen) =>
          p12FromPem(certPem, keyPem, chosen, args.booleans.has(LEGACY_KEYSTORE_FLAG) ? 'legacy' : 'aes256'),
      },
    );
    password = undefined;
    if (!result.ok) {
      printError(result.error);
      return result.error.code === 'BAD_INPUT' || result.error.code.startsWith('KIT_PASSWORD')
        ? EXIT.usage
        : EXIT.failed;
    }
    if (json) io.stdout(`${JSON.stringify({ ok: true, ...result.value })}\n`);
    else io.stdout(humanText(result.value));
    return EXIT.ok;
  }
  return defineCommand({
    name: 'kit',
    summary: () => text.CLI_TEXT.kit.summary,
    help: () => text.CLI_TEXT.kit.help,
    args: spec,
    errorText: (error) => text.CLI_TEXT.kit.failed(error.message),
    run,
  });
}

export const kitCommand: CliCommand = createKitCommand();
