/**
 * The handler table: one entry per method declared in shared/api.ts. Each validates its payload with the
 * method's schema, calls the engines and returns a Result; none ever throws. Plain Node: bound to ipcMain
 * in Electron and to HTTP in the harness.
 */
import { WIZARD_CONTRACT, WIZARD_METHODS, type WizardMethod, type WizardOutput } from '../../../shared/api.js';
import type { Result } from '../../../shared/result.js';
import { defaultEngines, type Engines } from './engines.js';
import type { HandlerContext } from './context.js';
import { implementations, type Implementations } from './implementations.js';
import { safeHandler } from './safe-handler.js';

/** The injected services; `engines` is a test seam (stubs for some engines; the real modules by default). */
export interface HandlerDeps extends Omit<HandlerContext, 'engines'> {
  readonly engines?: Partial<Engines>;
}

export type HandlerTable = {
  readonly [M in WizardMethod]: (input: unknown) => Promise<Result<WizardOutput<M>>>;
};

export type { Engines, LoginAttempt } from './engines.js';

/** One method's handler behind the schema check and the catch-all (safe-handler.ts). */
function wrap(method: WizardMethod, impl: Implementations): (input: unknown) => Promise<Result<unknown>> {
  const run = impl[method] as (input: unknown) => Promise<Result<unknown>> | Result<unknown>;
  return safeHandler(WIZARD_CONTRACT[method].input, run);
}

export function createHandlers(deps: HandlerDeps): HandlerTable {
  const ctx: HandlerContext = { ...deps, engines: { ...defaultEngines, ...deps.engines } };
  const impl = implementations(ctx);
  return Object.fromEntries(WIZARD_METHODS.map((method) => [method, wrap(method, impl)])) as HandlerTable;
}
