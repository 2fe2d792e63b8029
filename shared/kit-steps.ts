/**
 * A kit's three steps on the server, in the language in use: said once for the kit's README.txt (electron/core/kit)
 * and for the window after a kit is made (renderer/dashboard/bot-kit.tsx).
 */
import { KIT_ENV, needsKitPassword, type BotFramework, type BotKitFileRole } from './bot-kit.js';
import { text } from './i18n/text.js';

/** The command that runs the kit's check, from the kit folder. */
export const KIT_CHECK_COMMAND: Readonly<Record<BotFramework, string>> = {
  betfairlightweight: 'python3 check_login.py',
  flumine: 'python3 check_login.py',
  dotnet: 'dotnet run',
  java: 'java CheckLogin.java',
  node: 'node check-login.mjs',
};

/** What the check needs on the server (names, the same in every language). */
export const KIT_CHECK_TOOLS: Readonly<Record<BotFramework, string>> = {
  betfairlightweight: 'Python 3 + requests (python3 -m pip install requests)',
  flumine: 'Python 3 + requests (python3 -m pip install requests)',
  dotnet: '.NET SDK 8+',
  java: 'Java 11+',
  node: 'Node.js 18+',
};

export function isPythonKit(framework: BotFramework): boolean {
  return framework === 'betfairlightweight' || framework === 'flumine';
}

/** Copy the folder, give the secrets (where this framework's check and bot read them), run the check. */
export function kitSteps(framework: BotFramework, folderName: string): readonly string[] {
  const t = text.KIT_README_TEXT;
  const secrets = isPythonKit(framework)
    ? t.stepSecretsPython(KIT_ENV.appKey, KIT_ENV.password)
    : needsKitPassword(framework)
      ? t.stepSecretsKeystore(KIT_ENV.password, KIT_ENV.keystorePassword)
      : t.stepSecretsNode(KIT_ENV.password);
  return [t.stepCopy(folderName), secrets, t.stepRun(KIT_CHECK_COMMAND[framework])];
}

/**
 * What a kit file is, in a list shown outside the README (the window, the CLI): the README itself there is not
 * "this file".
 */
export function kitFileWords(role: BotKitFileRole): string {
  return role === 'readme' ? text.KIT_README_TEXT.readmeInApp : text.KIT_README_TEXT.files[role];
}
