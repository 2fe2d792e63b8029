/**
 * The built preload (one CommonJS file, as a sandboxed preload must be) under a fake `electron`:
 * it exposes window.wizard with exactly the WizardApi methods, each invoking its own channel,
 * and a failed invoke comes back as a Result instead of a rejection.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { WIZARD_METHODS } from '../../../../shared/api.js';
import { wizardChannel } from '../../../../shared/wizard-channel.js';
import { buildBundle } from '../bundle-build.js';

type Method = (input?: unknown) => Promise<unknown>;

let bundleText = '';
let exposed: { name: string; api: Record<string, Method> } | null = null;
const invoked: Array<[string, unknown]> = [];
let failInvoke = false;

beforeAll(async () => {
  const built = await buildBundle('preload');
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

  it('each method invokes its own channel with the input as given', async () => {
    invoked.length = 0;
    for (const method of WIZARD_METHODS) {
      const input = { probe: method };
      expect(await exposed?.api[method]?.(input)).toEqual({ ok: true, value: wizardChannel(method) });
    }
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
