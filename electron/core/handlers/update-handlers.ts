/** getUpdateStatus, checkForUpdates, restartToUpdate: the app's update flow (core/updates), when it has one. */
import { ok, type Result } from '../../../shared/result.js';
import type { UpdateStatus } from '../../../shared/update-types.js';
import type { HandlerContext } from './context.js';

const NO_UPDATER: UpdateStatus = { kind: 'unavailable', how: 'none', downloadUrl: null };

export function getUpdateStatus(ctx: HandlerContext): Result<UpdateStatus> {
  return ok(ctx.updates?.status() ?? NO_UPDATER);
}

export async function checkForUpdates(ctx: HandlerContext): Promise<Result<UpdateStatus>> {
  return ok(ctx.updates ? await ctx.updates.checkNow() : NO_UPDATER);
}

export function restartToUpdate(ctx: HandlerContext): Result<null> {
  return ctx.updates ? ctx.updates.restartNow() : ok(null);
}
