/** testLogin, getGuardStatus, getSnippets. The password passes through once and is never stored. */
import type { Snippet, TestLoginRequest } from '../../../shared/api.js';
import type { GuardStatus, LoginReport } from '../../../shared/login-types.js';
import { lastTestOf } from '../../../shared/last-test.js';
import type { Settings } from '../../../shared/settings-schema.js';
import type { TestProgress } from '../../../shared/test-progress.js';
import { JURISDICTIONS } from '../../../shared/jurisdictions.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { text } from '../../../shared/i18n/text.js';
import { buildSnippets } from '../snippets.js';
import type { HandlerContext } from './context.js';
import { finishRenewal } from './renewal-handlers.js';

function needsSetup(settings: Settings): Result<never> | null {
  const title = text.appText.errors.needsSetupTitle;
  if (!settings.jurisdiction) return fail('NEEDS_SETUP', text.appText.errors.needsJurisdiction, { title });
  if (!settings.certificate) return fail('NEEDS_SETUP', text.appText.errors.needsCertificate, { title });
  return null;
}

/** The test session is always logged out: never hand a token across the bridge. */
function withoutToken(report: LoginReport): LoginReport {
  const { sessionToken: _dropped, ...rest } = report;
  return rest;
}

export async function testLogin(
  ctx: HandlerContext,
  input: TestLoginRequest,
  onProgress?: (progress: TestProgress) => void,
): Promise<Result<LoginReport>> {
  const before = ctx.settings.get();
  const missing = needsSetup(before);
  if (missing) return missing;
  const { jurisdiction, certificate } = before;
  if (!jurisdiction || !certificate) return fail('NEEDS_SETUP', text.appText.errors.needsCertificate);
  // Once the new certificate of a renewal is uploaded, the test is of that one (the working set stays untouched).
  const renewing = before.renewal?.uploaded === true ? before.renewal : null;

  const result = await ctx.engines.testLogin(
    {
      jurisdiction,
      source: renewing ? renewing.source : certificate.source,
      ...(input.p12Password !== undefined ? { p12Password: input.p12Password } : {}),
      appKey: input.appKey,
      username: input.username,
      password: input.password,
      keepSession: false,
      ...(input.createAppKeysName !== undefined ? { createAppKeysName: input.createAppKeysName } : {}),
      ...(input.passwordChecked === true ? { passwordChecked: true } : {}),
    },
    { dataDir: ctx.dataDir, env: ctx.env, ...(onProgress ? { onProgress } : {}) },
  );

  // Only a certificate Betfair accepted takes the working set's place.
  if (renewing && result.ok && result.value.loginStatus === 'SUCCESS') await finishRenewal(ctx);
  try {
    const current = ctx.settings.get();
    ctx.settings.set({
      ...current,
      // The verdict's facts (codes only), judged again by the dashboard: shared/last-test.ts.
      lastTest: lastTestOf(result, input.appKey, jurisdiction),
      // An empty key field ("find my keys") keeps the key remembered before.
      appKey: current.rememberAppKey ? input.appKey.trim() || current.appKey : null,
      username: current.rememberUsername ? input.username : null,
    });
  } catch {
    // The answer matters more than remembering it: still show it.
  }
  return result.ok ? ok(withoutToken(result.value)) : result;
}

export async function getGuardStatus(ctx: HandlerContext): Promise<Result<GuardStatus>> {
  return ok(await ctx.engines.getGuardStatus(ctx.dataDir));
}

export function getSnippets(ctx: HandlerContext): Result<Snippet[]> {
  const settings = ctx.settings.get();
  const missing = needsSetup(settings);
  if (missing) return missing;
  const { jurisdiction, certificate } = settings;
  if (!jurisdiction || !certificate) return fail('NEEDS_SETUP', text.appText.errors.needsCertificate);
  if (!JURISDICTIONS[jurisdiction].botLoginAvailable) {
    return fail('BOT_LOGIN_NOT_AVAILABLE', text.appText.errors.botLoginNotAvailable);
  }
  return ok(buildSnippets({ jurisdiction, certificate, appKey: settings.appKey, username: settings.username }));
}
