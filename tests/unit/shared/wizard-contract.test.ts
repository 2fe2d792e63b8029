/**
 * One list: every binding of the bridge is built from the methods declared in shared/api.ts
 * (WIZARD_CONTRACT). The preload exposes exactly them, ipcMain handles exactly their derived channels,
 * the handler table has exactly them, and the harness routes and bridge script serve exactly them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WIZARD_CONTRACT, WIZARD_METHODS } from '../../../shared/api.js';
import { ok } from '../../../shared/result.js';
import { wizardChannel } from '../../../shared/wizard-channel.js';
import type { HandlerTable } from '../../../electron/core/handlers/index.js';
import type { Implementations } from '../../../electron/core/handlers/implementations.js';
import { startHarness, type Harness } from '../../harness/server.js';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, Record<string, unknown>>(),
  handled: [] as string[],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: Record<string, unknown>) => fake.exposed.set(name, api) },
  ipcRenderer: { invoke: () => Promise.resolve({ ok: true, value: null }) },
  ipcMain: { handle: (channel: string) => fake.handled.push(channel) },
}));

const declared = Object.keys(WIZARD_CONTRACT).sort();

describe('the one list of bridge methods', () => {
  let harness: Harness;
  const root = mkdtempSync(join(tmpdir(), 'wizard-contract-'));

  beforeAll(async () => {
    mkdirSync(join(root, 'renderer'));
    writeFileSync(join(root, 'renderer', 'index.html'), '<html><head></head><body></body></html>');
    harness = await startHarness({
      port: 0,
      env: { BOTLOGIN_DATA_DIR: join(root, 'data'), BOTLOGIN_CERT_DIR: join(root, 'certs') },
      rendererDir: join(root, 'renderer'),
    });
  });
  afterAll(async () => harness.close());

  it('WIZARD_METHODS is the declaration, in its order, and the channel is wizard:<method>', () => {
    expect(WIZARD_METHODS).toEqual(Object.keys(WIZARD_CONTRACT));
    expect(WIZARD_METHODS.length).toBeGreaterThan(0);
    for (const method of WIZARD_METHODS) expect(wizardChannel(method)).toBe(`wizard:${method}`);
  });

  it('a handler table without one of the declared methods does not compile', () => {
    const complete = (table: Omit<Implementations, 'testLogin'>): Implementations =>
      // @ts-expect-error testLogin is declared but has no handler
      table;
    expect(typeof complete).toBe('function');
  });

  it('the preload exposes exactly the declared methods', async () => {
    await import('../../../electron/preload/preload.js');
    expect(Object.keys(fake.exposed.get('wizard') ?? {}).sort()).toEqual(declared);
  });

  it('ipcMain handles exactly the channels derived from the declared methods', async () => {
    const { bindHandlers } = await import('../../../electron/main/ipc.js');
    const table = Object.fromEntries(WIZARD_METHODS.map((m) => [m, async () => ok(null)])) as unknown as HandlerTable;
    bindHandlers(table);
    expect([...fake.handled].sort()).toEqual(declared.map((m) => wizardChannel(m)).sort());
  });

  it('the harness routes and its bridge script serve exactly the declared methods', async () => {
    const post = (method: string) =>
      fetch(`${harness.origin}/__wizard/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Harness-Token': harness.token },
        body: JSON.stringify({ input: { probe: true } }),
      });
    for (const method of WIZARD_METHODS) {
      const reply = (await (await post(method)).json()) as { ok: boolean; error?: { code: string } };
      expect(reply.error?.code, method).not.toBe('HARNESS_UNKNOWN_METHOD');
    }
    expect((await post('notDeclared')).status).toBe(404);
    const bridge = await (await fetch(`${harness.origin}/__harness/bridge.js`)).text();
    const listed = /var METHODS = (\[[^\]]*\]);/.exec(bridge)?.[1];
    expect((JSON.parse(listed ?? '[]') as string[]).sort()).toEqual(declared);
  });
});
