/**
 * The renderer's only way to the app: `window.wizard` (exposed by the Electron preload, or by the
 * test harness). `callWizard` turns a rejected promise or a missing bridge into a plain error
 * Result, so no stack trace ever reaches the screen.
 */
import type { WizardApi } from '../shared/api.js';
import type { AppError, Result } from '../shared/result.js';
import { text } from '../shared/i18n/text.js';

declare global {
  interface Window {
    wizard?: WizardApi;
  }
}

/** Something went wrong that the user can do nothing specific about (in the language in use). */
export function unexpectedError(): AppError {
  return { code: 'UNEXPECTED', title: text.ui.errors.unexpectedTitle, message: text.ui.errors.unexpected };
}

function unexpected<T>(): Result<T> {
  return { ok: false, error: unexpectedError() };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

/** The last call sent with `callBeforeOthers`: every later call is sent once it is answered. */
let inOrder: Promise<unknown> = Promise.resolve();

/**
 * Sends a call that later calls must not overtake, because their answers depend on it (the language main words them
 * in), without making the caller wait for its answer.
 */
export function callBeforeOthers<T>(run: (api: WizardApi) => Promise<Result<T>>): Promise<Result<T>> {
  const call = callWizard(run);
  inOrder = call;
  return call;
}

/** Calls one wizard method (after a `callBeforeOthers` call still on its way); always resolves. */
export async function callWizard<T>(run: (api: WizardApi) => Promise<Result<T>>): Promise<Result<T>> {
  await inOrder;
  const api = window.wizard;
  if (!api) return { ok: false, error: { code: 'NO_BRIDGE', message: text.ui.errors.noBridge } };
  try {
    const result = await run(api);
    if (!isResult(result)) return unexpected<T>();
    // The preload is one small file that cannot load a language: word its one error here, in the language in use.
    if (!result.ok && result.error.code === 'BRIDGE_FAILED') {
      return { ok: false, error: { code: 'BRIDGE_FAILED', message: text.appText.errors.bridgeFailed } };
    }
    return result;
  } catch {
    return unexpected<T>();
  }
}

/** Waits for the bridge: present at once in Electron; a harness may add it a moment later. */
export function waitForBridge(timeoutMs = 3000): Promise<boolean> {
  if (window.wizard) return Promise.resolve(true);
  return new Promise((resolve) => {
    const started = Date.now();
    const timer = window.setInterval(() => {
      if (window.wizard || Date.now() - started > timeoutMs) {
        window.clearInterval(timer);
        resolve(Boolean(window.wizard));
      }
    }, 20);
  });
}
