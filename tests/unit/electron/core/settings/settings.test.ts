import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
/**
 * The one settings module, over both engines: conf (CLI, harness) and electron-store (the app, with a recording fake
 * `electron` so it runs under plain Node). Every behaviour below must hold for both.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  confEngine,
  openSettings as openSettingsWith,
  settingsFilePath,
  type OpenSettingsOptions,
  type SettingsEngine,
} from '../../../../../electron/core/settings/index.js';
import { electronStoreEngine, ELECTRON_STORE_CHANNEL } from '../../../../../electron/main/settings-engine.js';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../../../shared/settings-schema.js';
import { tempDir } from '../../../../support/temp-dir.js';

const ipcListeners = vi.hoisted(() => new Map<string, unknown[]>());

vi.mock('electron', () => {
  const electron = {
    app: { getPath: () => '/fake/userData', getVersion: () => '0.1.0' },
    ipcMain: {
      on(channel: string, fn: unknown) {
        ipcListeners.set(channel, [...(ipcListeners.get(channel) ?? []), fn]);
      },
      removeAllListeners(channel: string) {
        ipcListeners.delete(channel);
      },
    },
  };
  return { default: electron, ...electron };
});

const NOW = new Date('2026-11-26T01:02:03.456Z');
const MOVED = 'settings.corrupt-2026-11-26T01-02-03-456Z.json';

const good: Settings = {
  ...DEFAULT_SETTINGS,
  jurisdiction: 'au',
  certificate: {
    dir: '/home/me/betfair-certs',
    source: {
      kind: 'pair',
      certificatePath: '/home/me/betfair-certs/client-2048.crt',
      keyPath: '/home/me/betfair-certs/client-2048.key',
    },
    fingerprintSha256: 'AB:CD',
    commonName: 'Betfair bot login',
    notAfter: '2027-11-26T00:00:00.000Z',
    files: ['/home/me/betfair-certs/client-2048.crt'],
  },
  rememberUsername: true,
  username: 'bettor',
};

const engines: Record<string, SettingsEngine> = { conf: confEngine, 'electron-store': electronStoreEngine };

describe.each(Object.entries(engines))('openSettings on %s', (engineName, engine) => {
  const openSettings = (dir: string, opts: OpenSettingsOptions = {}) => openSettingsWith(dir, { ...opts, engine });

  it('leaves no extra ipcMain listener behind', () => {
    openSettings(tempDir('settings-listener'));
    expect([...ipcListeners.keys()]).toEqual([]);
    expect(engineName === 'conf' || !ipcListeners.has(ELECTRON_STORE_CHANNEL)).toBe(true);
  });

  it('starts with defaults and no notice when there is no file, and writes settings.json', () => {
    const dir = tempDir('settings-new');
    const { store, notice } = openSettings(dir);
    expect(notice).toBeNull();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(JSON.parse(readFileSync(settingsFilePath(dir), 'utf8'))).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what was set across a reopen', () => {
    const dir = tempDir('settings-roundtrip');
    openSettings(dir).store.set(good);
    const again = openSettings(dir);
    expect(again.notice).toBeNull();
    expect(again.store.get()).toEqual(good);
  });

  it.skipIf(process.platform === 'win32')('writes the file readable by the user only (POSIX)', () => {
    const dir = tempDir('settings-mode');
    openSettings(dir).store.set(good);
    expect(statSync(settingsFilePath(dir)).mode & 0o077).toBe(0);
  });

  it('refuses to write settings that break the schema', () => {
    const dir = tempDir('settings-refuse');
    const { store } = openSettings(dir);
    const broken = { ...good, jurisdiction: 'uk' } as unknown as Settings;
    expect(() => store.set(broken)).toThrow();
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(settingsSchema.parse(JSON.parse(readFileSync(settingsFilePath(dir), 'utf8')))).toEqual(DEFAULT_SETTINGS);
  });

  const damaged: Record<string, string> = {
    'garbage JSON': '{"version": 1, "jurisdiction": "au",,,',
    'empty file': '',
    'binary noise': '\u0000\u0001\u0002',
    'a JSON array': '[1,2,3]',
    'a wrong version': JSON.stringify({ ...good, version: 2 }),
    'no version': JSON.stringify({ ...good, version: undefined }),
    'wrong types': JSON.stringify({ ...good, uploadConfirmed: 'yes', rememberAppKey: 1 }),
    'an unknown jurisdiction': JSON.stringify({ ...good, jurisdiction: 'uk' }),
    'a broken certificate': JSON.stringify({ ...good, certificate: { dir: 5 } }),
  };

  for (const [what, text] of Object.entries(damaged)) {
    it(`moves a file with ${what} aside, starts with defaults and says so`, () => {
      const dir = tempDir('settings-damaged');
      writeFileSync(settingsFilePath(dir), text);
      const { store, notice } = openSettings(dir, { now: NOW });
      expect(notice).toBe('damaged');
      expect(store.get()).toEqual(DEFAULT_SETTINGS);
      expect(readFileSync(join(dir, MOVED), 'utf8')).toBe(text);
      expect(JSON.parse(readFileSync(settingsFilePath(dir), 'utf8'))).toEqual(DEFAULT_SETTINGS);
      // The next start is clean.
      expect(openSettings(dir).notice).toBeNull();
    });
  }

  it('opens a file from before languages (no "language") without the damaged notice, following the system', () => {
    const dir = tempDir('settings-old');
    const old: Record<string, unknown> = { ...good };
    delete old.language;
    writeFileSync(settingsFilePath(dir), JSON.stringify(old));
    const { store, notice } = openSettings(dir);
    expect(notice).toBeNull();
    expect(store.get()).toEqual({ ...good, language: null });
  });

  it('drops keys the schema does not know (e.g. a password someone put there) when opening', () => {
    const dir = tempDir('settings-strip');
    writeFileSync(settingsFilePath(dir), JSON.stringify({ ...good, password: 'hunter2', sessionToken: 'tok' }));
    const { store, notice } = openSettings(dir);
    expect(notice).toBeNull();
    expect(store.get()).toEqual(good);
    const text = readFileSync(settingsFilePath(dir), 'utf8');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('tok"');
  });

  // root ignores folder permissions, so this only runs as a normal user.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'still starts (in memory, with a notice) when the data folder cannot be written',
    () => {
      const dir = tempDir('settings-readonly');
      writeFileSync(settingsFilePath(dir), 'not json');
      chmodSync(dir, 0o500);
      try {
        const { store, notice } = openSettings(dir);
        expect(notice).toBe('cannot-save');
        expect(store.get()).toEqual(DEFAULT_SETTINGS);
        store.set(good);
        expect(store.get()).toEqual(good);
      } finally {
        chmodSync(dir, 0o700);
      }
      expect(readdirSync(dir)).toEqual(['settings.json']);
      expect(existsSync(join(dir, MOVED))).toBe(false);
    },
  );
});
