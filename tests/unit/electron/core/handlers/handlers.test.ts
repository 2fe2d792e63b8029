import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, type Engines } from '../../../../../electron/core/handlers/index.js';
import { memorySettingsStore, openSettings } from '../../../../../electron/core/settings/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../shared/settings-schema.js';
import { fail, ok } from '../../../../../shared/result.js';
import { explainFault } from '../../../../../shared/login-catalogue.js';
import { keyCheckOf, type KeyCheckFacts } from '../../../../../shared/app-key-catalogue.js';
import type { LoginReport } from '../../../../../shared/login-types.js';
import { en } from '../../../../../shared/i18n/en/index.js';
import { pseudoString } from '../../../../../shared/i18n/pseudo.js';
import { SOMEONES_CERT_DIR, SYSTEM_FILE } from '../../../../os-paths.js';
import { generated, recordingPlatform, report, stubEngines, summary } from '../../../../support/fakes.js';
import { tempDir } from '../../../../support/temp-dir.js';
import { filesUnder } from '../../../../support/files-under.js';

function setup(opts: { engines?: Partial<Engines>; settings?: Partial<Settings>; env?: Record<string, string> } = {}) {
  const dataDir = tempDir('handlers');
  const certDir = tempDir('certs');
  const platform = recordingPlatform();
  const { store } = openSettings(dataDir);
  store.set({ ...DEFAULT_SETTINGS, ...opts.settings });
  const handlers = createHandlers({
    platform,
    settings: store,
    env: opts.env ?? {},
    dataDir,
    appVersion: '1.2.3',
    settingsNotice: null,
    engines: { ...stubEngines(certDir), ...opts.engines },
  });
  return { handlers, platform, store, dataDir, certDir };
}

describe('getAppInfo', () => {
  it('reports version, test endpoint origin (not the CA path), default certificate folder and the settings notice', async () => {
    const dataDir = tempDir('info');
    const handlers = createHandlers({
      platform: recordingPlatform(),
      settings: memorySettingsStore(DEFAULT_SETTINGS),
      env: { BOTLOGIN_CERT_DIR: '/srv/certs' },
      dataDir,
      appVersion: '1.2.3',
      settingsNotice: 'damaged',
      engines: stubEngines(dataDir),
    });
    const r = await handlers.getAppInfo(undefined);
    expect(r).toEqual({
      ok: true,
      value: {
        version: '1.2.3',
        testEndpoint: { origin: 'https://127.0.0.1:8443' },
        defaultCertificateDir: '/srv/certs',
        platform: process.platform,
        settingsNotice: 'damaged',
      },
    });
  });
});

describe('settings channels', () => {
  it('keeps app key and username only while "remember" is ticked', async () => {
    const { handlers } = setup();
    let r = await handlers.updateSettings({ appKey: 'KEY', username: 'me' });
    expect(r).toMatchObject({ ok: true, value: { appKey: null, username: null } });
    r = await handlers.updateSettings({ rememberAppKey: true, appKey: 'KEY', rememberUsername: true, username: 'me' });
    expect(r).toMatchObject({ ok: true, value: { appKey: 'KEY', username: 'me' } });
    r = await handlers.updateSettings({ rememberAppKey: false });
    expect(r).toMatchObject({ ok: true, value: { appKey: null, username: 'me' } });
  });

  it('forgets the upload and the last test when the jurisdiction changes', async () => {
    const { handlers } = setup({
      settings: {
        jurisdiction: 'international',
        uploadConfirmed: true,
        lastTest: { at: 'x', success: true, code: 'SUCCESS', title: 't' },
      },
    });
    expect(await handlers.updateSettings({ jurisdiction: 'international' })).toMatchObject({
      value: { uploadConfirmed: true },
    });
    expect(await handlers.updateSettings({ jurisdiction: 'it' })).toMatchObject({
      value: { uploadConfirmed: false, lastTest: null },
    });
  });

  it('resetSettings goes back to defaults but leaves files on disk', async () => {
    const { handlers, certDir } = setup();
    writeFileSync(join(certDir, 'client-2048.crt'), 'x');
    await handlers.generateCertificate({ dir: certDir });
    const r = await handlers.resetSettings(undefined);
    expect(r).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(readFileSync(join(certDir, 'client-2048.crt'), 'utf8')).toBe('x');
  });

  it('a chosen language is remembered, survives Start over, and only our languages are accepted', async () => {
    const { handlers, store } = setup({ settings: { jurisdiction: 'it' } });
    expect(await handlers.updateSettings({ language: 'it' })).toMatchObject({ ok: true, value: { language: 'it' } });
    expect(await handlers.resetSettings(undefined)).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, language: 'it' },
    });
    const refused = await handlers.updateSettings({ language: 'fr' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(store.get().language).toBe('it');
  });

  it('a BAD_INPUT message comes in the language in use, not the one at start', async () => {
    const { handlers } = setup();
    const english = await handlers.testLogin({ appKey: '', username: '', password: 'x' });
    await handlers.setLanguage({ language: 'pseudo' });
    try {
      const pseudo = await handlers.testLogin({ appKey: '', username: '', password: 'x' });
      expect(english).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: en.appText.input.username } });
      expect(pseudo).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', message: pseudoString(en.appText.input.username) },
      });
    } finally {
      await handlers.setLanguage({ language: 'en' });
    }
  });
});

describe('certificate channels', () => {
  it('generateCertificate remembers the new certificate and its files', async () => {
    const { handlers, certDir } = setup();
    const r = await handlers.generateCertificate({
      dir: certDir,
      days: 365,
      subject: { commonName: 'My bot', country: 'GB' },
    });
    expect(r.ok).toBe(true);
    const settings = await handlers.getSettings(undefined);
    expect(settings).toMatchObject({
      ok: true,
      value: {
        certificate: {
          dir: certDir,
          source: {
            kind: 'pair',
            certificatePath: join(certDir, 'client-2048.crt'),
            keyPath: join(certDir, 'client-2048.key'),
          },
          fingerprintSha256: summary().fingerprintSha256,
          notAfter: summary().notAfter,
          files: [join(certDir, 'client-2048.crt'), join(certDir, 'client-2048.key'), join(certDir, 'client-2048.pem')],
        },
      },
    });
  });

  it('a failed generate remembers nothing', async () => {
    const { handlers, certDir } = setup({
      engines: { generateCertificate: () => Promise.resolve(fail('FILES_EXIST', 'There are already files here.')) },
    });
    expect(await handlers.generateCertificate({ dir: certDir })).toMatchObject({
      ok: false,
      error: { code: 'FILES_EXIST' },
    });
    expect(await handlers.getSettings(undefined)).toMatchObject({ value: { certificate: null } });
  });

  it('useCertificate remembers usable files only; inspectCertificate never remembers', async () => {
    const base = {
      files: [join(SOMEONES_CERT_DIR, 'a.crt'), join(SOMEONES_CERT_DIR, 'a.key')],
      source: {
        kind: 'pair',
        certificatePath: join(SOMEONES_CERT_DIR, 'a.crt'),
        keyPath: join(SOMEONES_CERT_DIR, 'a.key'),
      } as const,
      certificate: summary(),
      key: { type: 'RSA', bits: 2048, encrypted: false } as const,
      keyMatchesCertificate: true,
      findings: [],
    };
    let usable = true;
    const { handlers } = setup({
      engines: { inspectCertificateFiles: () => Promise.resolve(ok({ ...base, usable })) },
    });
    await handlers.inspectCertificate({ paths: base.files });
    expect(await handlers.getSettings(undefined)).toMatchObject({ value: { certificate: null } });
    usable = false;
    await handlers.useCertificate({ paths: base.files });
    expect(await handlers.getSettings(undefined)).toMatchObject({ value: { certificate: null } });
    usable = true;
    await handlers.useCertificate({ paths: base.files });
    expect(await handlers.getSettings(undefined)).toMatchObject({
      value: { certificate: { dir: SOMEONES_CERT_DIR, files: base.files, source: base.source } },
    });
  });

  it('showInFolder reveals only files the app made or imported', async () => {
    const { handlers, platform, certDir } = setup();
    const crt = join(certDir, 'client-2048.crt');
    writeFileSync(crt, 'x');
    expect(await handlers.showInFolder({ path: crt })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    await handlers.generateCertificate({ dir: certDir });
    expect(await handlers.showInFolder({ path: crt })).toEqual({ ok: true, value: null });
    expect(await handlers.showInFolder({ path: join(certDir, '..', 'etc', 'passwd') })).toMatchObject({
      error: { code: 'NOT_ALLOWED' },
    });
    expect(await handlers.showInFolder({ path: SYSTEM_FILE })).toMatchObject({ error: { code: 'NOT_ALLOWED' } });
    expect(await handlers.showInFolder({ path: join(certDir, 'client-2048.pem') })).toMatchObject({
      error: { code: 'FILE_NOT_FOUND' },
    });
    expect(platform.revealed).toEqual([crt]);
  });

  it('folder and file pickers go through the platform', async () => {
    const { handlers } = setup();
    expect(await handlers.chooseFolder({ defaultPath: '/home' })).toEqual({ ok: true, value: '/chosen/folder' });
    expect(await handlers.chooseFolder(undefined)).toEqual({ ok: true, value: '/chosen/folder' });
    expect(await handlers.chooseCertificateFiles(undefined)).toEqual({
      ok: true,
      value: ['/chosen/client.crt', '/chosen/client.key'],
    });
  });
});

describe('link channels', () => {
  it("openSecurityPage opens the jurisdiction's own security page", async () => {
    const { handlers, platform } = setup();
    expect(await handlers.openSecurityPage({ jurisdiction: 'it' })).toEqual({
      ok: true,
      value: { url: 'https://myaccount.betfair.it/accountdetails/mysecurity?showAPI=1' },
    });
    expect(platform.opened).toEqual(['https://myaccount.betfair.it/accountdetails/mysecurity?showAPI=1']);
  });

  it('openExternalLink opens allowed Betfair https links only', async () => {
    const { handlers, platform } = setup();
    expect(await handlers.openExternalLink({ url: 'https://www.betfair.com.au/exchange' })).toEqual({
      ok: true,
      value: null,
    });
    for (const url of [
      'http://www.betfair.com/',
      'https://www.betfair.com.evil.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ]) {
      expect(await handlers.openExternalLink({ url })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    }
    expect(platform.opened).toEqual(['https://www.betfair.com.au/exchange']);
  });
});

describe('testLogin', () => {
  const input = { appKey: 'APPKEY123', username: 'bettor', password: 'p@ss w0rd&=+%£"' };

  it('needs a jurisdiction and a certificate first', async () => {
    const { handlers, certDir } = setup();
    expect(await handlers.testLogin(input)).toMatchObject({
      ok: false,
      error: { code: 'NEEDS_SETUP', message: /where you live/i },
    });
    await handlers.updateSettings({ jurisdiction: 'international' });
    expect(await handlers.testLogin(input)).toMatchObject({
      ok: false,
      error: { code: 'NEEDS_SETUP', message: /certificate/i },
    });
    await handlers.generateCertificate({ dir: certDir });
    expect((await handlers.testLogin(input)).ok).toBe(true);
  });

  it('passes the remembered jurisdiction and certificate, never keeps the session, strips any token', async () => {
    const calls: unknown[] = [];
    const { handlers, certDir, dataDir } = setup({
      settings: { jurisdiction: 'es' },
      engines: {
        testLogin: (req, deps) => {
          calls.push({ req, deps });
          return Promise.resolve(ok(report(true)));
        },
      },
    });
    await handlers.generateCertificate({ dir: certDir });
    const r = await handlers.testLogin({ ...input, p12Password: 'pw' });
    expect(calls).toEqual([
      {
        req: { ...input, p12Password: 'pw', jurisdiction: 'es', source: generated(certDir).source, keepSession: false },
        deps: { dataDir, env: {}, onProgress: expect.any(Function) },
      },
    ]);
    expect(r.ok && r.value.sessionToken).toBe(undefined);
    expect(JSON.stringify(r)).not.toContain('SECRET-TOKEN');
  });

  it('records the last test for a Betfair answer and for a fault', async () => {
    let answer = ok(report(false));
    const { handlers, certDir } = setup({
      settings: { jurisdiction: 'international' },
      engines: { testLogin: () => Promise.resolve(answer) },
    });
    await handlers.generateCertificate({ dir: certDir });
    await handlers.testLogin(input);
    expect(await handlers.getSettings(undefined)).toMatchObject({
      value: {
        lastTest: {
          success: false,
          code: 'login-failed',
          // The verdict's words come from the status catalogue, not from the report's own words.
          title: 'Username or password not accepted',
          findings: { login: 'refused', loginCode: 'INVALID_USERNAME_OR_PASSWORD' },
        },
      },
    });
    answer = fail('CONNECTION_REFUSED', 'Nothing answered.', { title: 'No answer from Betfair' });
    expect(await handlers.testLogin(input)).toMatchObject({ ok: false, error: { code: 'CONNECTION_REFUSED' } });
    expect(await handlers.getSettings(undefined)).toMatchObject({
      value: {
        lastTest: {
          success: false,
          code: 'fault',
          title: explainFault('CONNECTION_REFUSED').title,
          findings: { login: 'fault', loginCode: 'CONNECTION_REFUSED' },
        },
      },
    });
  });

  it('remembers app key and username only when asked, and never writes the password anywhere in the data folder', async () => {
    const { handlers, certDir, dataDir } = setup({ settings: { jurisdiction: 'international' } });
    await handlers.generateCertificate({ dir: certDir });
    await handlers.testLogin(input);
    expect(await handlers.getSettings(undefined)).toMatchObject({
      value: { appKey: null, username: null, lastTest: { success: true } },
    });
    await handlers.updateSettings({ rememberAppKey: true, rememberUsername: true });
    await handlers.testLogin({ ...input, p12Password: 'p12-secret-pw' });
    expect(await handlers.getSettings(undefined)).toMatchObject({ value: { appKey: 'APPKEY123', username: 'bettor' } });
    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain(input.password);
      expect(text).not.toContain(encodeURIComponent(input.password));
      expect(text).not.toContain('p12-secret-pw');
      expect(text).not.toContain('SECRET-TOKEN');
    }
  });

  it('takes an empty key and passes the name for new keys through', async () => {
    const calls: Array<{ appKey: string; createAppKeysName?: string }> = [];
    const { handlers, certDir } = setup({
      settings: { jurisdiction: 'international' },
      engines: {
        testLogin: (req) => {
          calls.push(req);
          return Promise.resolve(ok(report(true)));
        },
      },
    });
    await handlers.generateCertificate({ dir: certDir });
    expect((await handlers.testLogin({ ...input, appKey: '' })).ok).toBe(true);
    expect((await handlers.testLogin({ ...input, appKey: '', createAppKeysName: 'My betting bot' })).ok).toBe(true);
    expect(calls.map((c) => [c.appKey, c.createAppKeysName])).toEqual([
      ['', undefined],
      ['', 'My betting bot'],
    ]);
  });

  it('records the verdict of the last test: "works" only for a live, active key (success is the login itself)', async () => {
    const withCheck = (facts: KeyCheckFacts): LoginReport => ({
      ...report(true),
      appKeyCheck: keyCheckOf(facts),
    });
    let answer = withCheck({ status: 'refused', code: 'INVALID_APP_KEY', key: null });
    const { handlers, certDir } = setup({
      settings: { jurisdiction: 'international' },
      engines: { testLogin: () => Promise.resolve(ok(answer)) },
    });
    await handlers.generateCertificate({ dir: certDir });
    const expectLast = async (code: string, title: string): Promise<void> => {
      await handlers.testLogin(input);
      expect(await handlers.getSettings(undefined)).toMatchObject({
        value: { lastTest: { success: true, code, title, findings: { login: 'success', loginCode: 'SUCCESS' } } },
      });
    };
    const fix = 'Your login works, but your bot will be refused until the application key is fixed';
    await expectLast('key-refused', fix);
    answer = withCheck({ status: 'not-yours', keyCount: 2 });
    await expectLast('key-not-yours', fix);
    answer = withCheck({ status: 'not-checked', problem: { kind: 'error', code: 'SERVICE_BUSY' }, key: null });
    await expectLast('key-not-checked', 'Your login works, but the application key could not be checked');
    answer = withCheck({ status: 'valid', key: null });
    await expectLast('key-not-checked', 'Your login works, but the application key could not be checked');
    answer = withCheck({ status: 'valid', key: { delayed: true, active: true } });
    await expectLast('delayed-key', 'Your login works, but your bot cannot bet with the delayed key');
    answer = withCheck({ status: 'valid', key: { delayed: false, active: false } });
    await expectLast('key-inactive', 'Your login works, but your bot will be refused until your live key is activated');
    answer = withCheck({ status: 'valid', key: { delayed: false, active: true } });
    await expectLast('works', 'Your bot login works');
    answer = withCheck({ status: 'not-given', keyCount: 2 });
    await expectLast('choose-key', 'Your login works \u2013 choose your application key');
  });

  it('an empty key field keeps the key remembered before', async () => {
    const { handlers, certDir } = setup({
      settings: { jurisdiction: 'international', rememberAppKey: true, appKey: 'KEPT-KEY' },
    });
    await handlers.generateCertificate({ dir: certDir });
    await handlers.testLogin({ ...input, appKey: '' });
    expect(await handlers.getSettings(undefined)).toMatchObject({ value: { appKey: 'KEPT-KEY' } });
    await handlers.testLogin({ ...input, appKey: ' NEW-KEY ' });
    expect(await handlers.getSettings(undefined)).toMatchObject({ value: { appKey: 'NEW-KEY' } });
  });
});

describe('getGuardStatus and getSnippets', () => {
  it('getGuardStatus passes the engine status through', async () => {
    const { handlers } = setup();
    expect(await handlers.getGuardStatus(undefined)).toEqual({
      ok: true,
      value: { state: 'ready', retryAt: null, attemptsLastMinute: 0, limitPerMinute: 5, wrongPasswordsInARow: 0 },
    });
  });

  it('getSnippets needs setup, refuses Denmark, and fills in the remembered paths', async () => {
    const { handlers, certDir } = setup();
    expect(await handlers.getSnippets(undefined)).toMatchObject({ ok: false, error: { code: 'NEEDS_SETUP' } });
    mkdirSync(certDir, { recursive: true });
    await handlers.generateCertificate({ dir: certDir });
    await handlers.updateSettings({ jurisdiction: 'dk' });
    expect(await handlers.getSnippets(undefined)).toMatchObject({
      ok: false,
      error: { code: 'BOT_LOGIN_NOT_AVAILABLE' },
    });
    await handlers.updateSettings({ jurisdiction: 'ro' });
    const r = await handlers.getSnippets(undefined);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.map((s) => s.id)).toEqual(['betfairlightweight', 'curl', 'node']);
      for (const s of r.value) {
        expect(s.code).toContain(
          s.id === 'betfairlightweight' ? `certs=${JSON.stringify(certDir)}` : join(certDir, 'client-2048.crt'),
        );
        expect(s.code).toContain(s.id === 'betfairlightweight' ? 'locale="romania"' : 'identitysso-cert.betfair.ro');
      }
    }
  });
});
