/** openSecurityPage, openExternalLink: https Betfair pages only, through the allow-list. */
import { securityPageUrl, type JurisdictionId } from '../../../shared/jurisdictions.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { text } from '../../../shared/i18n/text.js';
import { allowedExternalUrl } from '../external-links.js';
import type { HandlerContext } from './context.js';

async function open(ctx: HandlerContext, raw: string): Promise<Result<string>> {
  const url = allowedExternalUrl(raw);
  if (url === null) return fail('NOT_ALLOWED', text.appText.errors.notAllowedLink);
  await ctx.platform.openExternal(url);
  return ok(url);
}

export async function openSecurityPage(
  ctx: HandlerContext,
  input: { jurisdiction: JurisdictionId },
): Promise<Result<{ readonly url: string }>> {
  const opened = await open(ctx, securityPageUrl(input.jurisdiction));
  return opened.ok ? ok({ url: opened.value }) : opened;
}

export async function openExternalLink(ctx: HandlerContext, input: { url: string }): Promise<Result<null>> {
  const opened = await open(ctx, input.url);
  return opened.ok ? ok(null) : opened;
}
