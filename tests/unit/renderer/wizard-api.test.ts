/**
 * renderer/wizard-api.ts: a call sent with callBeforeOthers (the language main words its answers in) is not overtaken
 * by a later call, though nobody waits for its answer; a failed one holds nothing up; callWizard always resolves.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { WizardApi } from '../../../shared/api.js';
import type { Result } from '../../../shared/result.js';
import { callBeforeOthers, callWizard } from '../../../renderer/wizard-api.js';

type Loose = Record<string, (input?: unknown) => Promise<Result<unknown>>>;

/** A bridge whose setLanguage answers only when told; every call is noted as it reaches the bridge. */
function slowLanguageBridge(answer: 'ok' | 'reject') {
  const reached: string[] = [];
  let release: () => void = () => undefined;
  const languageAnswered = new Promise<void>((resolve) => (release = resolve));
  const api: Loose = {
    setLanguage: async () => {
      reached.push('setLanguage');
      await languageAnswered;
      if (answer === 'reject') throw new Error('bridge gone');
      return { ok: true, value: null };
    },
    getSettings: async () => {
      reached.push('getSettings');
      return { ok: true, value: 'settings' };
    },
  };
  (globalThis as unknown as { window: { wizard: unknown } }).window = { wizard: api };
  return { reached, release, api: api as unknown as WizardApi };
}

afterEach(() => {
  delete (globalThis as unknown as { window?: unknown }).window;
});

describe('callBeforeOthers', () => {
  it('a later call reaches the app only once the earlier one is answered; the caller did not wait', async () => {
    const bridge = slowLanguageBridge('ok');
    const language = callBeforeOthers((api) => api.setLanguage({ language: 'it' }));
    const settings = callWizard((api) => api.getSettings());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bridge.reached).toEqual(['setLanguage']);
    bridge.release();
    await expect(settings).resolves.toEqual({ ok: true, value: 'settings' });
    expect(bridge.reached).toEqual(['setLanguage', 'getSettings']);
    await expect(language).resolves.toEqual({ ok: true, value: null });
  });

  it('a call that failed holds nothing up, and comes back as a plain error Result', async () => {
    const bridge = slowLanguageBridge('reject');
    const language = callBeforeOthers((api) => api.setLanguage({ language: 'sv' }));
    const settings = callWizard((api) => api.getSettings());
    bridge.release();
    await expect(language).resolves.toMatchObject({ ok: false, error: { code: 'UNEXPECTED' } });
    await expect(settings).resolves.toEqual({ ok: true, value: 'settings' });
  });
});
