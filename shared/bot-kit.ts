/**
 * The bot kit: a folder, ready to copy to the machine the bot runs on, with the certificate in the form a bot
 * framework wants, a small login check in its language and a README (electron/core/kit). The frameworks, their
 * names (names, not words: the same in every language) and what the bridge and the CLI exchange about a kit.
 */
export const BOT_FRAMEWORKS = ['betfairlightweight', 'flumine', 'dotnet', 'java', 'node'] as const;
export type BotFramework = (typeof BOT_FRAMEWORKS)[number];

export const BOT_FRAMEWORK_NAMES: Readonly<Record<BotFramework, string>> = {
  betfairlightweight: 'betfairlightweight (Python)',
  flumine: 'flumine (Python)',
  dotnet: '.NET (C#)',
  java: 'Java',
  node: 'Node.js',
};

export function isBotFramework(value: unknown): value is BotFramework {
  return typeof value === 'string' && (BOT_FRAMEWORKS as readonly string[]).includes(value);
}

/** .NET and Java read the key from a password-protected bundle (.pfx / .p12): the bettor chooses its password. */
export function needsKitPassword(framework: BotFramework): boolean {
  return framework === 'dotnet' || framework === 'java';
}

/** The shortest key-file password a kit takes: the .pfx / .p12 travels to another machine with the key inside. */
export const KIT_PASSWORD_MIN_LENGTH = 8;

/**
 * What is wrong with a key-file password, or null. Java's PKCS#12 keystore takes only ASCII passwords ("Password is
 * not ASCII" on load, seen with Java 17), so a Java kit asks for printable ASCII.
 */
export function kitPasswordProblem(
  framework: BotFramework,
  password: string,
): 'KIT_PASSWORD_NEEDED' | 'KIT_PASSWORD_TOO_SHORT' | 'KIT_PASSWORD_NOT_ASCII' | null {
  if (!needsKitPassword(framework)) return null;
  if (password === '') return 'KIT_PASSWORD_NEEDED';
  if ([...password].length < KIT_PASSWORD_MIN_LENGTH) return 'KIT_PASSWORD_TOO_SHORT';
  if (framework === 'java' && !/^[\x20-\x7e]+$/.test(password)) return 'KIT_PASSWORD_NOT_ASCII';
  return null;
}

/**
 * A username goes into source code and a shell command: printable, no white space, and none of the characters that
 * end or escape a string in Python, C#, Java, JavaScript or a POSIX shell's single quotes (usernames such as
 * bettor@example.com or first.last stay usable; the shell lines quote them). The application key has its own,
 * narrower rule: shared/app-key-shape.ts.
 */
export const KIT_USERNAME_SHAPE = /^[^\s"'`$\\\p{C}]{1,256}$/u;

/** The one-file CLI's name, in the kit and next to the built app. */
export const ONE_FILE_CLI_NAME = 'bot-login.cjs';

/** What the bridge sends to write a kit. Passwords cross once and are never stored. */
export interface BotKitRequest {
  readonly framework: BotFramework;
  readonly username: string;
  readonly appKey: string;
  /** The .pfx / .p12 password the bettor chose (typed twice): .NET and Java only. */
  readonly kitPassword?: string;
  /** Only when the remembered certificate is a .p12 (to read its key). */
  readonly p12Password?: string;
}

export type BotKitFileRole =
  'certificate' | 'privateKey' | 'keystore' | 'envExample' | 'settings' | 'check' | 'project' | 'readme' | 'oneFileCli';

export interface BotKitFile {
  /** Relative to the kit folder, with "/" (e.g. "certs/client-2048.key"). */
  readonly name: string;
  readonly role: BotKitFileRole;
}

export interface BotKit {
  readonly dir: string;
  readonly framework: BotFramework;
  readonly files: readonly BotKitFile[];
  /** False when the one-file CLI was not found next to the app: the README says where to get it. */
  readonly includesOneFileCli: boolean;
}

/** The environment variables the kits' samples read (Python: from .env or the environment, see kit_settings.py). */
export const KIT_ENV = {
  /** The Betfair password (never written into the kit). */
  password: 'BETFAIR_PASSWORD',
  /** Python kits: the application key, in .env (the other kits have it in their code). */
  appKey: 'BETFAIR_APP_KEY',
  /** The password of the .pfx (.NET) or .p12 (Java) the bettor chose. */
  keystorePassword: 'BETFAIR_KEYSTORE_PASSWORD',
} as const;
