/** getAppInfo, getSettings, updateSettings, resetSettings. */
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../shared/settings-schema.js';
import { ok, type Result } from '../../../shared/result.js';
import type { AppInfo } from '../../../shared/api.js';
import { resolveDefaultCertificateDir } from '../data-dir.js';
import type { HandlerContext } from './context.js';
import { switchLanguage } from '../../../shared/i18n/text.js';
import type { LanguageOrPseudo } from '../../../shared/i18n/languages.js';

export function getAppInfo(ctx: HandlerContext): Result<AppInfo> {
  const endpoint = ctx.engines.testEndpointFromEnv(ctx.env);
  return ok({
    version: ctx.appVersion,
    testEndpoint: endpoint ? { origin: endpoint.origin } : null,
    defaultCertificateDir: resolveDefaultCertificateDir(ctx.env),
    platform: process.platform,
    settingsNotice: ctx.settingsNotice,
  });
}

export function getSettings(ctx: HandlerContext): Result<Settings> {
  return ok(ctx.settings.get());
}

/** App key and username are only kept while their "remember" box is ticked. */
export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Settings = { ...current, ...patch };
  if (
    patch.jurisdiction !== undefined &&
    patch.jurisdiction !== current.jurisdiction &&
    patch.uploadConfirmed === undefined
  ) {
    // Each jurisdiction is a separate Betfair site: the upload and the last test were for the old one.
    next.uploadConfirmed = false;
    next.lastTest = null;
  }
  if (!next.rememberAppKey) next.appKey = null;
  if (!next.rememberUsername) next.username = null;
  return next;
}

export function updateSettings(ctx: HandlerContext, patch: SettingsPatch): Result<Settings> {
  const next = applyPatch(ctx.settings.get(), patch);
  ctx.settings.set(next);
  return ok(next);
}

/** "Start over": the files on disk and the login guard's own file stay, and so do the language and update choices. */
export function resetSettings(ctx: HandlerContext): Result<Settings> {
  const { language, checkForUpdates, lastUpdateCheck } = ctx.settings.get();
  const next: Settings = { ...DEFAULT_SETTINGS, language, checkForUpdates, lastUpdateCheck };
  ctx.settings.set(next);
  return ok(next);
}

/** From now on the app's own words (errors, findings, snippet comments) come in this language. */
export async function setLanguage(language: LanguageOrPseudo): Promise<Result<null>> {
  await switchLanguage(language);
  return ok(null);
}
