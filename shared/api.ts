/**
 * The one contract between the renderer and the app: every method of window.wizard, its input and
 * its Result, and the IPC channel it travels on. Nothing else declares a channel.
 * Bound twice: to ipcMain.handle in Electron (electron/main, with a sender check) and to loopback
 * HTTP in the test harness (tests/harness). Both call the same handler table (electron/core).
 */
import type { JurisdictionId } from './jurisdictions.js';
import type { Result } from './result.js';
import type { GenerateRequest, GeneratedCertificate, InspectReport, InspectRequest } from './certificate-types.js';
import type { GuardStatus, LoginReport } from './login-types.js';
import type { Settings, SettingsPatch } from './settings-schema.js';

export interface AppInfo {
  readonly version: string;
  /** Set when BOTLOGIN_SSO_ORIGIN / BOTLOGIN_SSO_CA redirect the login: the UI shows a "test endpoint" banner. */
  readonly testEndpoint: { readonly origin: string } | null;
  /** Where new certificates go unless the user picks another folder (BOTLOGIN_CERT_DIR overrides). */
  readonly defaultCertificateDir: string;
  readonly platform: string;
  /** Set once when a damaged settings file was moved aside and defaults were used. */
  readonly settingsNotice: string | null;
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
}

/** Every method resolves; failures are `{ ok: false, error }`. */
export interface WizardApi {
  getAppInfo(): Promise<Result<AppInfo>>;
  getSettings(): Promise<Result<Settings>>;
  updateSettings(patch: SettingsPatch): Promise<Result<Settings>>;
  /** "Start over": forget everything but the files on disk (and the login guard). */
  resetSettings(): Promise<Result<Settings>>;
  /** Native folder picker; null when cancelled. */
  chooseFolder(input: { readonly defaultPath?: string }): Promise<Result<string | null>>;
  /** Native file picker for .crt/.cer/.key/.pem/.p12/.pfx; empty when cancelled. */
  chooseCertificateFiles(): Promise<Result<string[]>>;
  /** Makes key + certificate files; remembers the new certificate. FILES_EXIST unless replaceExisting. */
  generateCertificate(input: GenerateRequest): Promise<Result<GeneratedCertificate>>;
  /** Checks files without remembering them. */
  inspectCertificate(input: InspectRequest): Promise<Result<InspectReport>>;
  /** Checks files and, when usable, remembers them as the certificate to log in with. */
  useCertificate(input: InspectRequest): Promise<Result<InspectReport>>;
  /** Opens the jurisdiction's Betfair security page (certificate upload) in the default browser. */
  openSecurityPage(input: { readonly jurisdiction: JurisdictionId }): Promise<Result<{ readonly url: string }>>;
  /** Opens an allow-listed https Betfair link (catalogue action links) in the default browser. */
  openExternalLink(input: { readonly url: string }): Promise<Result<null>>;
  /** Reveals a file the app made or imported in the system file manager. */
  showInFolder(input: { readonly path: string }): Promise<Result<null>>;
  /** One test login with the remembered jurisdiction and certificate; logs the test session out again. */
  testLogin(input: TestLoginRequest): Promise<Result<LoginReport>>;
  getGuardStatus(): Promise<Result<GuardStatus>>;
  /** Code that uses the remembered certificate from a bot, filled in with its paths. */
  getSnippets(): Promise<Result<Snippet[]>>;
  /** Writes the remembered certificate (from its .pem or .p12) as a .crt next to it and remembers it. */
  saveCertificateAsCrt(input: { readonly p12Password?: string }): Promise<Result<{ readonly path: string }>>;
  /** Writes a calendar event two weeks before the certificate runs out (.ics next to it) and opens it. */
  addRenewalReminder(): Promise<Result<{ readonly path: string }>>;
}

export type WizardMethod = keyof WizardApi;
/** The payload a method takes (undefined for methods without input). */
export type WizardInput<M extends WizardMethod> = Parameters<WizardApi[M]> extends [infer P] ? P : undefined;
/** The value inside a method's successful Result. */
export type WizardOutput<M extends WizardMethod> = Awaited<ReturnType<WizardApi[M]>> extends Result<infer T> ? T : never;

export const CHANNELS = {
  getAppInfo: 'wizard:get-app-info',
  getSettings: 'wizard:get-settings',
  updateSettings: 'wizard:update-settings',
  resetSettings: 'wizard:reset-settings',
  chooseFolder: 'wizard:choose-folder',
  chooseCertificateFiles: 'wizard:choose-certificate-files',
  generateCertificate: 'wizard:generate-certificate',
  inspectCertificate: 'wizard:inspect-certificate',
  useCertificate: 'wizard:use-certificate',
  openSecurityPage: 'wizard:open-security-page',
  openExternalLink: 'wizard:open-external-link',
  showInFolder: 'wizard:show-in-folder',
  testLogin: 'wizard:test-login',
  getGuardStatus: 'wizard:get-guard-status',
  getSnippets: 'wizard:get-snippets',
  saveCertificateAsCrt: 'wizard:save-certificate-as-crt',
  addRenewalReminder: 'wizard:add-renewal-reminder',
} as const satisfies Record<WizardMethod, `wizard:${string}`>;

export const WIZARD_METHODS = Object.keys(CHANNELS) as WizardMethod[];

