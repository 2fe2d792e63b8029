/**
 * What the app remembers between runs (electron-store / conf, JSON in the data folder).
 * Never the password, a .p12 password, a key or a session token.
 * The login guard keeps its own file in the same folder (shared with the CLI).
 */
import { z } from 'zod';
import { JURISDICTION_IDS } from './jurisdictions.js';
import { LANGUAGES } from './i18n/languages.js';
import { isRemoteOrDevicePath } from './absolute-path.js';
import { VERDICT_FACT_CODES } from './verdict.js';
import { BOT_FRAMEWORKS } from './bot-kit.js';

export const SETTINGS_VERSION = 1;

/** A remembered path: never a network or device path (Windows would connect to the host: see absolute-path.ts). */
const localPath = z
  .string()
  .min(1)
  .refine((p) => !isRemoteOrDevicePath(p));

const credentialSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pair'), certificatePath: localPath, keyPath: localPath }),
  z.object({ kind: z.literal('pem'), pemPath: localPath }),
  z.object({ kind: z.literal('p12'), p12Path: localPath }),
]);

/** A short code or name, bounded (a settings file is untrusted input). */
const shortText = z.string().max(200);

/**
 * What the last test found, codes only (shared/verdict.ts VerdictFacts), so the dashboard judges it again with the
 * same function and words it in the language in use. Never a secret: the key's app name, not the key.
 */
const lastTestFindings = z.object({
  login: z.enum(['success', 'refused', 'fault']),
  loginCode: shortText,
  key: z
    .object({
      status: z.enum(VERDICT_FACT_CODES.keyStatuses),
      delayed: z.boolean().nullable(),
      active: z.boolean().nullable(),
      appName: shortText.nullable(),
    })
    .nullable(),
  accountHasKeys: z.boolean().nullable(),
  stream: z.object({ status: z.enum(VERDICT_FACT_CODES.streamStatuses), errorCode: shortText.nullable() }).nullable(),
  keepAlive: z
    .object({ status: z.enum(VERDICT_FACT_CODES.keepAliveStatuses), errorCode: shortText.nullable() })
    .nullable(),
});

/**
 * A renewal under way (shared/renewal.ts): the new set waits in its own folder beside the working one, which stays
 * untouched until the new certificate passes a test.
 */
const renewalInProgress = z.object({
  startedAt: z.string(),
  /** The folder holding the new set (and the files for the bot's kit), beside the working set. */
  dir: localPath,
  source: credentialSource,
  fingerprintSha256: z.string(),
  commonName: z.string().nullable(),
  notAfter: z.string(),
  files: z.array(localPath).max(20),
  /** The bot's replacement files in a kit's layout (for-the-bot/certs/client-2048.crt and .key). */
  botFilesDir: localPath,
  /** The bettor said the new certificate is on Betfair: from then on "Test my login" tests the new one. */
  uploaded: z.boolean(),
});

/** What the last renewal left for the bettor to do: the files to copy to the bot's machine. */
const renewalDone = z.object({
  at: z.string(),
  /** The replacement files for the bot, in the kit's own layout (certs/client-2048.crt, .key). */
  botFilesDir: localPath,
});

/** A bot kit the app wrote, and the certificate it carries (so an out-of-date kit can be marked). */
const writtenKit = z.object({
  dir: localPath,
  framework: z.enum(BOT_FRAMEWORKS),
  fingerprintSha256: z.string(),
});

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  jurisdiction: z.enum(JURISDICTION_IDS).nullable(),
  /** The language the user chose in the app; null follows the system. Older files without it read as null. */
  language: z.enum(LANGUAGES).nullable().default(null),
  certificate: z
    .object({
      dir: z
        .string()
        .refine((p) => !isRemoteOrDevicePath(p))
        .nullable(),
      source: credentialSource,
      fingerprintSha256: z.string(),
      commonName: z.string().nullable(),
      notAfter: z.string(),
      /** Paths the app made or imported: the only ones "Show in folder" may reveal. */
      files: z.array(z.string().refine((p) => !isRemoteOrDevicePath(p))),
    })
    .nullable(),
  uploadConfirmed: z.boolean(),
  rememberAppKey: z.boolean(),
  appKey: z.string().nullable(),
  rememberUsername: z.boolean(),
  username: z.string().nullable(),
  /** "Check for updates automatically" (at start, at most once a day); on unless the user turns it off. */
  checkForUpdates: z.boolean().default(true),
  /** When the app last asked GitHub for a new version (ISO time); null before the first check. */
  lastUpdateCheck: z.string().max(40).nullable().default(null),
  lastTest: z
    .object({
      at: z.string(),
      /** The login itself worked (SUCCESS). Before the one verdict: false also when the key was not valid. */
      success: z.boolean(),
      /**
       * The verdict's outcome (shared/verdict.ts). Before the one verdict: the loginStatus, the fault code, or
       * APP_KEY_NOT_YOURS / APP_KEY_REFUSED / APP_KEY_NOT_CHECKED.
       */
      code: z.string(),
      title: z.string(),
      /** Absent in results stored by versions before the one verdict: they are judged from `code` alone. */
      findings: lastTestFindings.optional(),
    })
    .nullable(),
  /** Older files without these read as "no renewal, no kits recorded". */
  renewal: renewalInProgress.nullable().default(null),
  renewalDone: renewalDone.nullable().default(null),
  /** The one archive folder (0700) old and cancelled sets went to; null when there is none (or it was deleted). */
  archiveDir: localPath.nullable().default(null),
  kits: z.array(writtenKit).max(50).default([]),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Why the settings could not be read or kept (the renderer words it in the language in use). */
export type SettingsNotice = 'damaged' | 'cannot-save';
export type StoredCertificate = NonNullable<Settings['certificate']>;
export type LastTest = NonNullable<Settings['lastTest']>;
export type LastTestFindings = z.infer<typeof lastTestFindings>;
export type RenewalInProgress = z.infer<typeof renewalInProgress>;
export type RenewalDone = z.infer<typeof renewalDone>;
export type WrittenKit = z.infer<typeof writtenKit>;

/** What the renderer may change directly. Certificate and lastTest are set by the engines' channels. */
export const settingsPatchSchema = settingsSchema
  .pick({
    jurisdiction: true,
    language: true,
    uploadConfirmed: true,
    rememberAppKey: true,
    appKey: true,
    rememberUsername: true,
    username: true,
    checkForUpdates: true,
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  jurisdiction: null,
  language: null,
  certificate: null,
  uploadConfirmed: false,
  rememberAppKey: false,
  appKey: null,
  rememberUsername: false,
  username: null,
  checkForUpdates: true,
  lastUpdateCheck: null,
  lastTest: null,
  renewal: null,
  renewalDone: null,
  archiveDir: null,
  kits: [],
};
