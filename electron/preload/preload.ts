/**
 * The sandboxed preload: exposes window.wizard with the declared methods only, each one ipcRenderer.invoke
 * on its channel. A failed invoke becomes a Result too: nothing rejects into the renderer.
 * Bundled into one small CommonJS file (a sandboxed preload can load neither ESM nor local modules): the
 * method list comes from shared/api.ts at build time (vite.config.ts), so the bundle carries no schemas.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { WizardApi, WizardMethod, WizardOutput } from '../../shared/api.js';
import { fail, type Result } from '../../shared/result.js';
import { appText } from '../../shared/i18n/en/app.js';
import { wizardChannel } from '../../shared/wizard-channel.js';

/** Each declared method and whether it takes a payload (put in by the build from WIZARD_CONTRACT). */
declare const __WIZARD_METHODS__: Readonly<Record<WizardMethod, boolean>>;
/** What the window asks first (START_METHODS in shared/api.ts, put in by the build). */
declare const __WIZARD_START_METHODS__: readonly WizardMethod[];

async function call<M extends WizardMethod>(method: M, input?: unknown): Promise<Result<WizardOutput<M>>> {
  try {
    const result = (await ipcRenderer.invoke(wizardChannel(method), input)) as Result<WizardOutput<M>>;
    return result;
  } catch {
    return fail('BRIDGE_FAILED', appText.errors.bridgeFailed);
  }
}

// The window's first questions, asked now while the page loads; its first call of each takes this answer (a failed
// one is asked again).
const headStart = new Map<WizardMethod, Promise<Result<unknown>>>(
  __WIZARD_START_METHODS__.map((method) => [method, call(method)]),
);

async function callOnce<M extends WizardMethod>(method: M, input?: unknown): Promise<Result<WizardOutput<M>>> {
  const early = headStart.get(method);
  if (early) {
    headStart.delete(method);
    const answer = (await early) as Result<WizardOutput<M>>;
    if (answer.ok) return answer;
  }
  return call(method, input);
}

const methods = Object.entries(__WIZARD_METHODS__) as Array<[WizardMethod, boolean]>;
// Methods without input send nothing, whatever the page passes.
const wizard = Object.fromEntries(
  methods.map(([method, takesInput]) => [
    method,
    (input?: unknown) => callOnce(method, takesInput ? input : undefined),
  ]),
) as unknown as WizardApi;

contextBridge.exposeInMainWorld('wizard', wizard);
