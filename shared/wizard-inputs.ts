/**
 * The zod schemas of the bridge's payloads, used by the method declarations in shared/api.ts.
 * Anything a schema refuses is BAD_INPUT. Messages on fields a person types are plain sentences;
 * anything else gets the generic message.
 */
import { z } from 'zod';
import { JURISDICTION_IDS } from './jurisdictions.js';
import { MAX_VALIDITY_DAYS, MIN_VALIDITY_DAYS } from './certificate-types.js';
import { MAX_APP_NAME_LENGTH } from './accounts-api.js';
import { text } from './i18n/text.js';
import type { Messages } from './i18n/messages.js';
import { isAbsolutePath, isRemoteOrDevicePath } from './absolute-path.js';
import { LANGUAGES, PSEUDO_LANGUAGE } from './i18n/languages.js';
import { BOT_FRAMEWORKS, KIT_USERNAME_SHAPE } from './bot-kit.js';
import { isAppKeyShape } from './app-key-shape.js';

type InputMessage = keyof Messages['appText']['input'];

/** The message of one input problem, read when zod reports it, so it comes in the language in use. */
const t = (key: InputMessage) => (): string => text.appText.input[key];

/** Methods without input accept nothing, null or an empty object (what the HTTP harness may send). */
export const noInput = z.union([z.undefined(), z.null(), z.strictObject({})]);

/** A zod error message, given as a function so the words are read when the problem is found. */
type Lazy = () => string;

function typed(message: Lazy, max: number) {
  return z.string({ error: message }).min(1, { error: message }).max(max, { error: message });
}

const absolutePath = (message: Lazy) =>
  typed(message, 4096)
    .refine((p) => !p.includes('\0'), { error: message })
    .refine((p) => isAbsolutePath(p), { error: message });

const p12Password = z
  .string({ error: t('p12Password') })
  .max(1024, { error: t('p12Password') })
  .optional();
const subjectField = z
  .string({ error: t('subjectField') })
  .max(64, { error: t('subjectField') })
  .optional();

const subject = z
  .strictObject({
    commonName: subjectField,
    organization: subjectField,
    organizationalUnit: subjectField,
    country: z
      .string({ error: t('country') })
      .regex(/^$|^[A-Za-z]{2}$/, { error: t('country') })
      .optional(),
    state: subjectField,
    locality: subjectField,
    email: z
      .string({ error: t('subjectField') })
      .max(128, { error: t('subjectField') })
      .optional(),
  })
  .optional();

export const chooseFolderInput = z
  .strictObject({
    defaultPath: z
      .string()
      .max(4096)
      .refine((p) => !isRemoteOrDevicePath(p))
      .optional(),
  })
  .nullish();

export const generateInput = z.strictObject({
  dir: absolutePath(t('folder')),
  subject,
  days: z
    .number({ error: t('days') })
    .int({ error: t('days') })
    .min(MIN_VALIDITY_DAYS, { error: t('days') })
    .max(MAX_VALIDITY_DAYS, { error: t('days') })
    .optional(),
  p12Password,
  replaceExisting: z.boolean().optional(),
});

export const inspectInput = z.strictObject({
  paths: z
    .array(absolutePath(t('path')), { error: t('paths') })
    .min(1, { error: t('paths') })
    .max(10, { error: t('paths') }),
  p12Password,
});

export const securityPageInput = z.strictObject({
  jurisdiction: z.enum(JURISDICTION_IDS, { error: t('jurisdiction') }),
});

export const externalLinkInput = z.strictObject({ url: typed(t('url'), 2048) });

export const showInFolderInput = z.strictObject({ path: absolutePath(t('path')) });

export const testLoginInput = z.strictObject({
  // Optional in practice: empty means "find my keys".
  appKey: z.string({ error: t('appKey') }).max(256, { error: t('appKey') }),
  username: typed(t('username'), 256),
  password: typed(t('password'), 1024),
  p12Password,
  createAppKeysName: typed(t('appName'), MAX_APP_NAME_LENGTH).optional(),
  /** "I have checked it, test again" after wrong passwords in a row (the login guard). */
  passwordChecked: z.boolean().optional(),
});

export const crtExportInput = z.strictObject({ p12Password });

/** A language the app speaks, or the test-only pseudo-locale. */
export const languageInput = z.strictObject({ language: z.enum([...LANGUAGES, PSEUDO_LANGUAGE]) });

/** "Set up my bot": a username and key that can go into code; the .pfx/.p12 password (.NET, Java) is checked by the kit. */
const badUsername = () => text.KIT_ERROR_TEXT.badValue(text.KIT_ERROR_TEXT.username);
const badAppKey = () => text.KIT_ERROR_TEXT.badAppKey;
export const botKitInput = z.strictObject({
  framework: z.enum(BOT_FRAMEWORKS, { error: () => text.KIT_ERROR_TEXT.framework }),
  username: typed(badUsername, 256).regex(KIT_USERNAME_SHAPE, { error: badUsername }),
  appKey: typed(badAppKey, 256).refine(isAppKeyShape, { error: badAppKey }),
  kitPassword: p12Password,
  p12Password,
});
