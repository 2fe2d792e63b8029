/**
 * The built preload (one CommonJS file, as a sandboxed preload must be) under a fake `electron`:
 * it exposes window.wizard with exactly the WizardApi methods, each invoking its own channel,
 * asks the window's first questions (START_METHODS) as it loads and hands those answers to the page's first calls,
 * and a failed invoke comes back as a Result instead of a rejection.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { START_METHODS, WIZARD_METHODS } from '../../../../shared/api.js';
import { wizardChannel } from '../../../../shared/wizard-channel.js';
import { buildBundle } from '../../../support/bundle-build.js';

type Method = (input?: unknown) => Promise<unknown>;

let bundleText = '';
let bundleFile = '';
let exposed: { name: string; api: Record<string, Method> } | null = null;
const invoked: Array<[string, unknown]> = [];
let failInvoke = false;
/** What the preload invoked while it loaded, before the page called anything. */
let invokedAtLoad: string[] = [];

beforeAll(async () => {
  const built = await buildBundle('preload');
  bundleFile = built.file;
  bundleText = readFileSync(built.file, 'utf8');
  (globalThis as unknown as { __fakeElectron?: unknown }).__fakeElectron = {
    contextBridge: {
      exposeInMainWorld(name: string, api: Record<string, Method>) {
        exposed = { name, api };
      },
    },
    ipcRenderer: {
      invoke(channel: string, input: unknown) {
        invoked.push([channel, input]);
        if (failInvoke) return Promise.reject(new Error('Error invoking remote method: boom at /x.js:1'));
        return Promise.resolve({ ok: true, value: channel });
      },
    },
  };
  createRequire(import.meta.url)(built.file);
  invokedAtLoad = invoked.map(([channel]) => channel);
  invoked.length = 0;
  delete (globalThis as unknown as { __fakeElectron?: unknown }).__fakeElectron;
}, 120_000);

describe('preload bundle', () => {
  it('is one CommonJS file that requires nothing but electron', () => {
    const requires = [...bundleText.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(bundleText).not.toMatch(/^\s*import\s/m);
  });

  it('exposes window.wizard with exactly the WizardApi methods', () => {
    expect(exposed?.name).toBe('wizard');
    expect(Object.keys(exposed?.api ?? {}).sort()).toEqual([...WIZARD_METHODS].sort());
    for (const value of Object.values(exposed?.api ?? {})) expect(typeof value).toBe('function');
  });

  it("asks the window's first questions as it loads; the page's first call of each takes that answer", async () => {
    expect(invokedAtLoad).toEqual(START_METHODS.map((m) => wizardChannel(m)));
    for (const method of START_METHODS) {
      expect(await exposed?.api[method]?.()).toEqual({ ok: true, value: wizardChannel(method) });
    }
    expect(invoked).toEqual([]); // answered from the head start: no second round trip
  });

  it('a head start that failed is asked again when the page calls', async () => {
    const calls: string[] = [];
    let api: Record<string, Method> = {};
    (globalThis as unknown as { __fakeElectron?: unknown }).__fakeElectron = {
      contextBridge: { exposeInMainWorld: (_name: string, given: Record<string, Method>) => (api = given) },
      ipcRenderer: {
        invoke(channel: string) {
          calls.push(channel);
          // Main not answering yet while the page loads: the early questions fail, later ones are answered.
          return calls.length <= START_METHODS.length
            ? Promise.reject(new Error('No handler registered'))
            : Promise.resolve({ ok: true, value: channel });
        },
      },
    };
    try {
      const load = createRequire(import.meta.url);
      // A fresh load of the bundle, and of the fake electron it requires (which reads __fakeElectron once).
      delete load.cache[load.resolve(bundleFile)];
      delete load.cache[load.resolve('electron', { paths: [dirname(bundleFile)] })];
      load(bundleFile);
    } finally {
      delete (globalThis as unknown as { __fakeElectron?: unknown }).__fakeElectron;
    }
    expect(await api.getSettings?.()).toEqual({ ok: true, value: wizardChannel('getSettings') });
    expect(calls.filter((c) => c === wizardChannel('getSettings'))).toHaveLength(2);
  });

  it('each method invokes its own channel with the input as given', async () => {
    invoked.length = 0;
    for (const method of WIZARD_METHODS) {
      const input = { probe: method };
      expect(await exposed?.api[method]?.(input)).toEqual({ ok: true, value: wizardChannel(method) });
    }
    // After the head start is used, every call goes to main (a later getSettings is never an old answer).
    expect(invoked.map(([channel]) => channel)).toEqual(WIZARD_METHODS.map((m) => wizardChannel(m)));
    const withInput = invoked.filter(([, input]) => input !== undefined).map(([channel]) => channel);
    // Methods without input send nothing, whatever the page passes.
    expect(withInput).not.toContain(wizardChannel('getSettings'));
    expect(withInput).toContain(wizardChannel('testLogin'));
  });

  it('a failed invoke becomes a plain BRIDGE_FAILED result, never a rejection or a stack', async () => {
    failInvoke = true;
    try {
      const result = await exposed?.api.getSettings?.();
      expect(result).toMatchObject({ ok: false, error: { code: 'BRIDGE_FAILED' } });
      expect(JSON.stringify(result)).not.toMatch(/boom|\.js:|Error invoking/);
    } finally {
      failInvoke = false;
    }
  });
});
