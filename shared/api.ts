/**
 * The one contract between the renderer and the app: every method of window.wizard is declared once
 * below (WIZARD_CONTRACT: its name, its input schema, the type it takes and the value of its Result).
 * Everything else derives from that one list: the WizardApi type, the IPC channel (`wizard:<method>`,
 * shared/wizard-channel.ts), the handler table (electron/core/handlers), the ipcMain binding
 * (electron/main/ipc.ts, with a sender check), the preload (its method list is put in at build time)
 * and the loopback HTTP binding of the test harness (tests/harness).
 */
import type { z } from 'zod';
import type { JurisdictionId } from './jurisdictions.js';
import type { Result } from './result.js';
import type { GenerateRequest, GeneratedCertificate, InspectReport, InspectRequest } from './certificate-types.js';
import type { GuardStatus, LoginReport } from './login-types.js';
import type { TestProgress } from './test-progress.js';
import { settingsPatchSchema, type Settings, type SettingsNotice, type SettingsPatch } from './settings-schema.js';
import { method, query, type WizardMethodSpec } from './wizard-method.js';
import {
  chooseFolderInput,
  crtExportInput,
  externalLinkInput,
  generateInput,
  inspectInput,
  securityPageInput,
  showInFolderInput,
  testLoginInput,
  languageInput,
  botKitInput,
} from './wizard-inputs.js';
import type { BotKit, BotKitRequest } from './bot-kit.js';
import type { UpdateStatus } from './update-types.js';
import type { LanguageOrPseudo } from './i18n/languages.js';
export interface AppInfo {
  readonly version: string;
  /** Set when BOTLOGIN_SSO_ORIGIN / BOTLOGIN_SSO_CA redirect the login: the UI shows a "test endpoint" banner. */
  readonly testEndpoint: { readonly origin: string } | null;
  /** Where new certificates go unless the user picks another folder (BOTLOGIN_CERT_DIR overrides). */
  readonly defaultCertificateDir: string;
  readonly platform: string;
  /** Set once when a damaged settings file was moved aside and defaults were used. */
  readonly settingsNotice: SettingsNotice | null;
}

export interface Snippet {
  readonly id: 'betfairlightweight' | 'curl' | 'node';
  readonly title: string;
  readonly language: 'python' | 'shell' | 'javascript';
  readonly code: string;
}

export interface TestLoginRequest {
  /** Optional: empty means "find my keys" (the login still sends this app's own identifier). */
  readonly appKey: string;
  readonly username: string;
  /** Crosses the bridge once per test; never stored, never logged. */
  readonly password: string;
  /** Only when the stored certificate is a .p12. */
  readonly p12Password?: string;
  /** When the account has no application keys, create them under this name (must not contain the username). */
  readonly createAppKeysName?: string;
  /** "I have checked it, test again": the user checked the password after wrong ones in a row (the login guard). */
  readonly passwordChecked?: boolean;
}

/** Every method resolves; failures are `{ ok: false, error }`. Adding a method: one line here, one handler. */
export const WIZARD_CONTRACT = {
  getAppInfo: query<AppInfo>(),
  getSettings: query<Settings>(),
  updateSettings: method<SettingsPatch, Settings>()(settingsPatchSchema),
  /** "Start over": forget everything but the files on disk (and the login guard). */
  resetSettings: query<Settings>(),
  /** The language the app's own words (errors, findings, snippets) come in from now on. Remembering it is updateSettings'. */
  setLanguage: method<{ readonly language: LanguageOrPseudo }, null>()(languageInput),
  /** Native folder picker; null when cancelled. */
  chooseFolder: method<{ readonly defaultPath?: string }, string | null>()(chooseFolderInput),
  /** Native file picker for .crt/.cer/.key/.pem/.p12/.pfx; empty when cancelled. */
  chooseCertificateFiles: query<string[]>(),
  /** Makes key + certificate files; remembers the new certificate. FILES_EXIST unless replaceExisting. */
  generateCertificate: method<GenerateRequest, GeneratedCertificate>()(generateInput),
  /** Checks files without remembering them. */
  inspectCertificate: method<InspectRequest, InspectReport>()(inspectInput),
  /** Checks files and, when usable, remembers them as the certificate to log in with. */
  useCertificate: method<InspectRequest, InspectReport>()(inspectInput),
  /** Opens the jurisdiction's Betfair security page (certificate upload) in the default browser. */
  openSecurityPage: method<{ readonly jurisdiction: JurisdictionId }, { readonly url: string }>()(securityPageInput),
  /** Opens an allow-listed https Betfair link (catalogue action links) in the default browser. */
  openExternalLink: method<{ readonly url: string }, null>()(externalLinkInput),
  /** Reveals a file the app made or imported in the system file manager. */
  showInFolder: method<{ readonly path: string }, null>()(showInFolderInput),
  /** One test login with the remembered jurisdiction and certificate; logs the test session out again. */
  testLogin: method<TestLoginRequest, LoginReport>()(testLoginInput),
  /** While testLogin runs: which of its checks are still running (the window asks a few times a second). */
  getTestProgress: query<TestProgress>(),
  getGuardStatus: query<GuardStatus>(),
  /** Code that uses the remembered certificate from a bot, filled in with its paths. */
  getSnippets: query<Snippet[]>(),
  /** Writes the remembered certificate (from its .pem or .p12) as a .crt next to it and remembers it. */
  saveCertificateAsCrt: method<{ readonly p12Password?: string }, { readonly path: string }>()(crtExportInput),
  /**
   * Writes a calendar event two weeks before the certificate runs out (.ics next to it) and opens it; `late` when
   * less than two weeks are left (the event is for tomorrow). One UID per certificate folder, updated on each export.
   */
  addRenewalReminder: query<{ readonly path: string; readonly late: boolean }>(),
  /** Renewal (shared/renewal.ts): makes the new set beside the working one; the working files stay untouched. */
  startRenewal: query<Settings>(),
  /** The new certificate is on Betfair: from now on "Test my login" tests it, and a pass makes it the current one. */
  confirmRenewalUpload: query<Settings>(),
  /** Back to the working set, unchanged; the renewal's unused set moves to the archive folder. */
  cancelRenewal: query<Settings>(),
  /** Deletes the one archive folder of old and cancelled sets. */
  deleteArchive: query<Settings>(),
  /** Closes the note the last renewal left ("On the bot's machine…"). */
  closeRenewalNote: query<Settings>(),
  /** "Set up my bot": writes a bot kit for a framework next to the remembered certificate (a new dated folder). */
  writeBotKit: method<BotKitRequest, BotKit>()(botKitInput),
  /** What the app knows about its own next version (shared/update-types.ts). */
  getUpdateStatus: query<UpdateStatus>(),
  /** "Check for updates": asks GitHub now (whatever the once-a-day rule), downloads a newer version in the background. */
  checkForUpdates: query<UpdateStatus>(),
  /** "Restart now": closes the app and installs the downloaded version; refused while a test, dialog or kit is under way. */
  restartToUpdate: query<null>(),
} as const satisfies Record<string, WizardMethodSpec>;

type Contract = typeof WIZARD_CONTRACT;
export type WizardMethod = keyof Contract;
/** The payload a method takes (undefined for methods without input). */
export type WizardInput<M extends WizardMethod> = NonNullable<Contract[M]['types']>['input'];
/** The value inside a method's successful Result. */
export type WizardOutput<M extends WizardMethod> = NonNullable<Contract[M]['types']>['output'];
/** What a method's handler receives: its payload once the schema accepted it. */
export type WizardParsedInput<M extends WizardMethod> = z.output<Contract[M]['input']>;

/** window.wizard: one function per declared method. */
export type WizardApi = {
  readonly [M in keyof Contract]: [WizardInput<M>] extends [undefined]
    ? () => Promise<Result<WizardOutput<M>>>
    : (input: WizardInput<M>) => Promise<Result<WizardOutput<M>>>;
};

export const WIZARD_METHODS = Object.keys(WIZARD_CONTRACT) as WizardMethod[];

/**
 * What the window asks first, with no input (renderer/app.tsx loadWizard). A bridge (the preload, the harness's) asks
 * them as soon as it runs, while the page's scripts still load, and hands each answer to the page's first call of
 * that method: the first screen does not wait for a round trip after React has started.
 */
export const START_METHODS = ['getAppInfo', 'getSettings'] as const satisfies readonly WizardMethod[];
