/** README.txt of a kit, in the language in use: what each file is, three steps on the server, the one-file CLI, failures. */
import { BOT_FRAMEWORK_NAMES, KIT_ENV, type BotFramework, type BotKitFile } from '../../../shared/bot-kit.js';
import { text } from '../../../shared/i18n/text.js';
import { siteDomain, type JurisdictionId } from '../../../shared/jurisdictions.js';
import { hasOwnerOnlyFileModes } from '../../../shared/file-modes.js';
import { KIT_CERT, KIT_KEY, P12_NAME, PFX_NAME } from './kit-layout.js';
import { localDate } from './kit-folder.js';
import { pythonBotLines } from '../samples/python.js';
import { KIT_CHECK_TOOLS, isPythonKit, kitSteps } from '../../../shared/kit-steps.js';
import { posixWord } from '../quote.js';

export interface ReadmeInput {
  readonly framework: BotFramework;
  readonly folderName: string;
  readonly jurisdiction: JurisdictionId;
  readonly username: string;
  readonly appKey: string;
  readonly files: readonly BotKitFile[];
  readonly includesOneFileCli: boolean;
  readonly platform: string;
  readonly now: Date;
  /** ISO date the certificate runs out. */
  readonly notAfter: string;
}

function keystoreOf(framework: BotFramework): string | null {
  if (framework === 'dotnet') return PFX_NAME;
  if (framework === 'java') return P12_NAME;
  return null;
}

/** The exact command that tests the login from the server with the one-file CLI (run from the kit folder). */
export function oneFileCliCommand(input: {
  readonly framework: BotFramework;
  readonly jurisdiction: JurisdictionId;
  readonly username: string;
  readonly appKey: string;
}): string {
  const keystore = keystoreOf(input.framework);
  const certificate = keystore ? `--p12 ${keystore}` : `--cert ${KIT_CERT} --key ${KIT_KEY}`;
  return `node bot-login.cjs login --jurisdiction ${input.jurisdiction} ${certificate} --username ${posixWord(input.username)} --app-key ${posixWord(input.appKey)}`;
}

export function kitReadme(input: ReadmeInput): string {
  const t = text.KIT_README_TEXT;
  const { framework } = input;
  const keystore = keystoreOf(framework);
  const python = isPythonKit(framework);
  const out: string[] = [];
  const heading = (title: string): void => {
    out.push('', title, '='.repeat(title.length));
  };

  out.push(t.title(BOT_FRAMEWORK_NAMES[framework]), t.made(localDate(input.now), siteDomain(input.jurisdiction)));
  out.push('', t.privateKey, t.noSecrets);
  out.push(hasOwnerOnlyFileModes(input.platform) ? t.modesOwnerOnly : t.modesWindows);
  out.push(t.expires(input.notAfter.slice(0, 10)));

  heading(t.filesHeading);
  const width = Math.max(...input.files.map((f) => f.name.length)) + 2;
  for (const file of input.files) out.push(`  ${file.name.padEnd(width)}${t.files[file.role]}`);

  heading(t.stepsHeading);
  out.push(...kitSteps(framework, input.folderName), t.needs(KIT_CHECK_TOOLS[framework]), t.checkSays);
  if (python) out.push(t.checkPathPython);

  heading(t.inYourBotHeading);
  if (python)
    out.push(
      t.inYourBotPython(
        pythonBotLines(framework === 'flumine')
          .map((line) => (line ? `  ${line}` : ''))
          .join('\n'),
      ),
    );
  else if (keystore) out.push(t.inYourBotKeystore(keystore));
  else out.push(t.inYourBotNode);

  heading(t.cliHeading);
  out.push(input.includesOneFileCli ? t.cliIncluded : t.cliMissing);
  out.push(`  ${oneFileCliCommand(input)}`);
  if (keystore) out.push(t.cliKeystore);

  heading(t.troubleHeading);
  const trouble = t.trouble;
  const items: string[] = [];
  if (python) items.push(trouble.certsNotFound, trouble.pemLib, trouble.strayFiles);
  if (framework === 'java')
    items.push(trouble.keystorePasswordJava(P12_NAME, KIT_ENV.keystorePassword), trouble.javaEncoding);
  if (framework === 'dotnet') items.push(trouble.keystorePasswordDotnet(PFX_NAME, KIT_ENV.keystorePassword));
  if (framework === 'node') items.push(trouble.nodeKey);
  items.push(trouble.certAuthRequired, trouble.restrictedLocation, trouble.wrongLogin, trouble.appKey);
  if (python) items.push(trouble.noRequests);
  items.push(trouble.network);
  for (const item of items) out.push(`- ${item}`);
  out.push('');
  return out.join('\n');
}
