/**
 * The kit engine: writes a new folder next to the certificate, ready to copy to the bot's machine (see
 * shared/bot-kit.ts and kit-layout.ts for what each framework gets). Plain Node; it never imports another engine:
 * the caller hands it the certificate and key (already read) and, for .NET and Java, a function that makes the
 * password-protected bundle. Never writes the Betfair password or a session token (it is never given them).
 * The files are written whole or not at all (certificates/atomic-write), the key and bundles owner-only (0600);
 * on a failure the new folder is removed again.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import {
  KIT_PASSWORD_MIN_LENGTH,
  KIT_USERNAME_SHAPE,
  kitPasswordProblem,
  needsKitPassword,
  type BotFramework,
  type BotKit,
  type BotKitFile,
} from '../../../shared/bot-kit.js';
import { isAppKeyShape } from '../../../shared/app-key-shape.js';
import { JURISDICTIONS, type JurisdictionId } from '../../../shared/jurisdictions.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { text } from '../../../shared/i18n/text.js';
import { writeFilesAtomically, type FileToWrite } from '../certificates/atomic-write.js';
import { createKitFolder } from './kit-folder.js';
import { kitHosts } from '../samples/hosts.js';
import { CERTS_DIR, P12_NAME, PFX_NAME, kitFiles, modeOf } from './kit-layout.js';
import { kitReadme } from './readme.js';
import { envExample, pythonCheck, pythonSettings } from '../samples/python.js';
import { DOTNET_PROJECT, dotnetCheck } from '../samples/dotnet.js';
import { javaCheck } from '../samples/java.js';
import { nodeCheck } from '../samples/node.js';
import type { SampleInput } from '../samples/sample-input.js';

export interface BotKitInput {
  /** The folder the kit folder is made in (the certificate's folder). */
  readonly parentDir: string;
  readonly framework: BotFramework;
  readonly jurisdiction: JurisdictionId;
  readonly username: string;
  readonly appKey: string;
  /** The certificate (PEM) and its unencrypted private key (PKCS#8 PEM). */
  readonly certPem: string;
  readonly keyPem: string;
  /** .NET and Java: the password for the .pfx / .p12. */
  readonly kitPassword?: string;
  /** The one-file CLI to put in: a file to copy (locateOneFileCli), its bytes (embeddedOneFileCli), or null. */
  readonly oneFileCli: string | Buffer | null;
  /** process.platform: on Windows the README says file modes do not apply. */
  readonly platform: string;
  readonly now?: Date;
}

export interface BotKitDeps {
  /** Makes a PKCS#12 (.pfx/.p12) from the certificate and key, locked with the password (the certificate engine's). */
  readonly makeKeystore: (certPem: string, keyPem: string, password: string) => Promise<Buffer>;
}

function checkSample(framework: BotFramework, sample: SampleInput): string {
  switch (framework) {
    case 'betfairlightweight':
    case 'flumine':
      return pythonCheck(sample);
    case 'dotnet':
      return dotnetCheck(sample, PFX_NAME);
    case 'java':
      return javaCheck(sample, P12_NAME);
    case 'node':
      return nodeCheck(sample);
  }
}

function contentOf(
  file: BotKitFile,
  input: BotKitInput,
  sample: SampleInput,
  keystore: Buffer | null,
): string | Buffer {
  switch (file.role) {
    case 'certificate':
      return input.certPem;
    case 'privateKey':
      return input.keyPem;
    case 'keystore':
      return keystore ?? Buffer.alloc(0);
    case 'envExample':
      return envExample(sample);
    case 'settings':
      return pythonSettings(sample, JURISDICTIONS[input.jurisdiction].locale);
    case 'project':
      return DOTNET_PROJECT;
    case 'check':
      return checkSample(input.framework, sample);
    // The README and the CLI are not made from the samples (see writeBotKit).
    case 'readme':
    case 'oneFileCli':
      return '';
  }
}

export async function writeBotKit(input: BotKitInput, deps: BotKitDeps): Promise<Result<BotKit>> {
  const errors = text.KIT_ERROR_TEXT;
  if (!KIT_USERNAME_SHAPE.test(input.username)) return fail('BAD_INPUT', errors.badValue(errors.username));
  if (!isAppKeyShape(input.appKey)) return fail('BAD_INPUT', errors.badAppKey);
  if (!JURISDICTIONS[input.jurisdiction].botLoginAvailable)
    return fail('BOT_LOGIN_NOT_AVAILABLE', text.appText.errors.botLoginNotAvailable);
  const password = input.kitPassword ?? '';
  const problem = kitPasswordProblem(input.framework, password);
  if (problem === 'KIT_PASSWORD_NEEDED') return fail(problem, errors.kitPasswordNeeded);
  if (problem === 'KIT_PASSWORD_TOO_SHORT') return fail(problem, errors.kitPasswordShort(KIT_PASSWORD_MIN_LENGTH));
  if (problem === 'KIT_PASSWORD_NOT_ASCII') return fail(problem, errors.kitPasswordAscii);

  let notAfter: string;
  try {
    notAfter = new Date(new X509Certificate(input.certPem).validTo).toISOString();
  } catch {
    return fail('UNREADABLE', errors.unreadable);
  }
  let keystore: Buffer | null = null;
  if (needsKitPassword(input.framework)) {
    try {
      keystore = await deps.makeKeystore(input.certPem, input.keyPem, password);
    } catch {
      return fail('UNREADABLE', errors.unreadable);
    }
  }

  let cli: Buffer | null = null;
  if (Buffer.isBuffer(input.oneFileCli)) cli = input.oneFileCli;
  else if (input.oneFileCli !== null) cli = await readFile(input.oneFileCli).catch(() => null);
  const files = kitFiles(input.framework, cli !== null);
  const now = input.now ?? new Date();
  const sample: SampleInput = { username: input.username, appKey: input.appKey, hosts: kitHosts(input.jurisdiction) };

  let dir: string | null = null;
  try {
    dir = await createKitFolder(input.parentDir, input.framework, now);
    const readme = kitReadme({
      framework: input.framework,
      folderName: basename(dir),
      jurisdiction: input.jurisdiction,
      username: input.username,
      appKey: input.appKey,
      files,
      includesOneFileCli: cli !== null,
      platform: input.platform,
      now,
      notAfter,
    });
    if (files.some((f) => f.name.startsWith(`${CERTS_DIR}/`))) await mkdir(join(dir, CERTS_DIR), { mode: 0o700 });
    const kitDir = dir;
    const toWrite: FileToWrite[] = files.map((file) => ({
      path: join(kitDir, ...file.name.split('/')),
      data:
        file.role === 'readme'
          ? readme
          : file.role === 'oneFileCli'
            ? (cli ?? '')
            : contentOf(file, input, sample, keystore),
      mode: modeOf(file),
    }));
    await writeFilesAtomically(toWrite);
    return ok({ dir, framework: input.framework, files, includesOneFileCli: cli !== null });
  } catch {
    if (dir !== null) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return fail('WRITE_FAILED', errors.notWritten(input.parentDir));
  }
}
