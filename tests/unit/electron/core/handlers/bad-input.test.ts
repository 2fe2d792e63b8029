import { describe, expect, it } from 'vitest';
import { createHandlers, type Engines } from '../../../../../electron/core/handlers/index.js';
import { memorySettingsStore } from '../../../../../electron/core/settings/index.js';
import { DEFAULT_SETTINGS } from '../../../../../shared/settings-schema.js';
import { WIZARD_METHODS, type WizardMethod } from '../../../../../shared/api.js';
import { recordingPlatform, stubEngines } from '../../../../support/fakes.js';
import { tempDir } from '../../../../support/temp-dir.js';

const everywhereBad: readonly unknown[] = [
  42,
  'text',
  true,
  [],
  [1, 2],
  { __proto__: null, bogus: 1 },
  { toString: 'x' },
];

/** Payloads that look nearly right for each method but are not. */
const nearlyRight: Record<WizardMethod, readonly unknown[]> = {
  getAppInfo: [{ x: 1 }],
  getSettings: [{ x: 1 }],
  updateSettings: [
    { jurisdiction: 'uk' },
    { password: 'p@ss' },
    { certificate: null },
    { lastTest: null },
    { rememberAppKey: 'yes' },
    { appKey: 12 },
    { language: 'pseudo' },
    { language: 'fr' },
  ],
  resetSettings: [{ everything: true }],
  setLanguage: [{}, { language: 'de' }, { language: 'EN' }, { language: 'it', remember: true }],
  chooseFolder: [{ defaultPath: 5 }, { defaultPath: '/a', other: 1 }],
  chooseCertificateFiles: [{ filter: '*.crt' }],
  generateCertificate: [
    {},
    { dir: '' },
    { dir: 'relative/folder' },
    { dir: '/ok', days: 0 },
    { dir: '/ok', days: 3651 },
    { dir: '/ok', days: 1.5 },
    { dir: '/ok', subject: { country: 'GBR' } },
    { dir: '/ok', subject: { commonName: 'x'.repeat(65) } },
    { dir: '/ok', replaceExisting: 'yes' },
    { dir: '/ok\0/evil' },
    { dir: '/ok', keyBits: 1024 },
  ],
  inspectCertificate: [
    {},
    { paths: [] },
    { paths: ['relative.crt'] },
    { paths: '/a.crt' },
    { paths: Array(11).fill('/a.crt') },
  ],
  useCertificate: [{}, { paths: [] }, { paths: [7] }],
  openSecurityPage: [{}, { jurisdiction: 'uk' }, { jurisdiction: 'international', url: 'https://evil' }],
  openExternalLink: [{}, { url: '' }, { url: 7 }, { url: 'x'.repeat(3000) }],
  showInFolder: [{}, { path: '' }, { path: 'relative' }],
  testLogin: [
    {},
    { appKey: 'k', username: 'u' },
    { username: 'u', password: 'p' },
    { appKey: 'k'.repeat(300), username: 'u', password: 'p' },
    { appKey: '', username: 'u', password: 'p', createAppKeysName: '' },
    { appKey: '', username: 'u', password: 'p', createAppKeysName: 'x'.repeat(65) },
    { appKey: '', username: 'u', password: 'p', createAppKeysName: 7 },
    { appKey: 'k', username: '', password: 'p' },
    { appKey: 'k', username: 'u', password: '' },
    { appKey: 'k', username: 'u', password: 'p', keepSession: true },
    { appKey: 'k', username: 'u', password: 42 },
    { checkForUpdates: 'no' },
    { lastUpdateCheck: '2026-01-01T00:00:00.000Z' },
  ],
  getGuardStatus: [{ reset: true }],
  getTestProgress: [{ running: ['login'] }],
  getSnippets: [{ language: 'python' }],
  saveCertificateAsCrt: [{ p12Password: 7 }, { p12Password: 'x'.repeat(1025) }, { path: '/etc/passwd' }],
  addRenewalReminder: [{ path: '/tmp/x.ics' }],
  startRenewal: [{ dir: '/tmp' }],
  confirmRenewalUpload: [{ uploaded: true }],
  cancelRenewal: [{ archive: false }],
  deleteArchive: [{ path: '/' }],
  closeRenewalNote: [{ x: 1 }],
  writeBotKit: [
    {},
    { framework: 'rust', username: 'u', appKey: 'k' },
    { framework: 'java', username: 'u' },
    { framework: 'java', username: 'bad"name', appKey: 'k' },
    { framework: 'node', username: 'u', appKey: "k'; rm -rf ~" },
    { framework: 'node', username: 'two words', appKey: 'k' },
    { framework: 'node', username: 'u', appKey: 'k', password: 'p' },
    { framework: 'dotnet', username: 'u', appKey: 'k', kitPassword: 'x'.repeat(1025) },
  ],
  getUpdateStatus: [{ x: 1 }],
  checkForUpdates: [{ force: true }],
  restartToUpdate: [{ now: true }],
};

/** The handler table on stub engines (`engines` replaces some of them). */
function table(engines: Partial<Engines> = {}) {
  const dir = tempDir('bad-input');
  return createHandlers({
    platform: recordingPlatform(),
    settings: memorySettingsStore(DEFAULT_SETTINGS),
    env: {},
    dataDir: dir,
    appVersion: '0.0.0-test',
    settingsNotice: null,
    engines: stubEngines(dir, engines),
  });
}

describe('handler table: bad payloads', () => {
  it('has a handler for every WizardApi method', () => {
    const handlers = table();
    expect(Object.keys(handlers).sort()).toEqual([...WIZARD_METHODS].sort());
  });

  for (const method of WIZARD_METHODS) {
    it(`${method} answers BAD_INPUT (never throws) for payloads it does not take`, async () => {
      const handlers = table();
      for (const payload of [...everywhereBad, ...nearlyRight[method]]) {
        const result = await handlers[method](payload);
        expect(result.ok, `${method} accepted ${JSON.stringify(payload)}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('BAD_INPUT');
          expect(result.error.message.length).toBeGreaterThan(10);
          expect(result.error.message).not.toMatch(/zod|expected|received|Invalid input|\bat \//i);
        }
      }
    });
  }

  it('says in plain words which field a person typed is missing', async () => {
    const handlers = table();
    const r = await handlers.testLogin({ appKey: 'k', username: 'me', password: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/password/i) } });
  });

  it('never echoes a password back in a validation message', async () => {
    const handlers = table();
    const r = await handlers.testLogin({ appKey: 'k', username: 'me', password: 'hunter2-secret', extra: 'x' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('hunter2-secret');
  });

  it('turns a throwing engine into UNEXPECTED with a plain message and no stack', async () => {
    const handlers = table({
      inspectCertificateFiles: () => {
        throw new Error('boom at /internal/secret/path.ts:12');
      },
      getGuardStatus: () => Promise.reject(new TypeError('x is undefined')),
    });
    for (const result of [
      await handlers.inspectCertificate({ paths: ['/a.crt'] }),
      await handlers.getGuardStatus(undefined),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('UNEXPECTED');
        expect(result.error.message).not.toMatch(/boom|internal|undefined|Error/);
      }
    }
  });

  it('accepts nothing, null or {} for methods without input', async () => {
    const handlers = table();
    for (const payload of [undefined, null, {}]) {
      expect((await handlers.getSettings(payload)).ok).toBe(true);
      expect((await handlers.getAppInfo(payload)).ok).toBe(true);
    }
  });
});
