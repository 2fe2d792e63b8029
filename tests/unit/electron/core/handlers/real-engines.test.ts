/**
 * The handler table on the real certificate and login engines, against the fake identitysso:
 * make a certificate, remember it, register it, test the login, and check what lands on disk.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../../../../electron/core/handlers/index.js';
import {
  DEFAULT_APP_KEYS,
  DEFAULT_TEST_PASSWORD,
  DEFAULT_TEST_USERNAME,
} from '../../../../fixtures/fake-sso/server.js';
import { realHandlersForSuite } from '../../../../support/real-handlers.js';
import { filesUnder } from '../../../../support/files-under.js';

const run = promisify(execFile);

/** The app's handler table on the real engines, against the fake identitysso. */
const app = realHandlersForSuite('real');
let handlers: HandlerTable;

beforeAll(() => {
  handlers = app.open();
});

describe('handler table on the real engines', () => {
  it('reports the test endpoint', async () => {
    expect(await handlers.getAppInfo(undefined)).toMatchObject({
      ok: true,
      value: { testEndpoint: { origin: app.sso.origin } },
    });
  });

  it('makes a certificate, remembers it, and the remembered .crt matches the key (openssl)', async () => {
    await handlers.updateSettings({ jurisdiction: 'international' });
    const made = await handlers.generateCertificate({
      dir: app.certDir,
      subject: { commonName: 'Handler test' },
      days: 30,
    });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(JSON.stringify(made.value)).not.toMatch(/PRIVATE KEY/);
    const settings = await handlers.getSettings(undefined);
    if (!settings.ok || !settings.value.certificate) throw new Error('certificate not remembered');
    const cert = settings.value.certificate;
    expect(cert.files).toContain(made.value.files.certificate);
    expect(cert.fingerprintSha256).toBe(made.value.certificate.fingerprintSha256);
    const fromCert = await run('openssl', ['x509', '-in', made.value.files.certificate, '-noout', '-pubkey']);
    const fromKey = await run('openssl', ['pkey', '-in', made.value.files.key, '-pubout']);
    expect(fromCert.stdout).toBe(fromKey.stdout);
    const fp = await run('openssl', ['x509', '-in', made.value.files.certificate, '-noout', '-fingerprint', '-sha256']);
    expect(fp.stdout.trim().split('=')[1]).toBe(cert.fingerprintSha256);
  });

  it('useCertificate on the made files remembers the same certificate', async () => {
    const settings = await handlers.getSettings(undefined);
    if (!settings.ok || !settings.value.certificate) throw new Error('no certificate');
    const before = settings.value.certificate;
    const used = await handlers.useCertificate({
      paths: [join(app.certDir, 'client-2048.crt'), join(app.certDir, 'client-2048.key')],
    });
    expect(used).toMatchObject({ ok: true, value: { usable: true } });
    expect(JSON.stringify(used)).not.toMatch(/PRIVATE KEY/);
    const inspected = await handlers.inspectCertificate({ paths: [join(app.certDir, 'client-2048.key')] });
    expect(inspected.ok).toBe(true);
    expect(JSON.stringify(inspected)).not.toMatch(/PRIVATE KEY|MII[A-Za-z0-9+/]{20}/);
    const after = await handlers.getSettings(undefined);
    expect(after.ok && after.value.certificate?.fingerprintSha256).toBe(before.fingerprintSha256);
  });

  it('an unregistered certificate gets a plain CERT_AUTH_REQUIRED report, recorded as the last test', async () => {
    const r = await handlers.testLogin({
      appKey: 'APPKEY',
      username: DEFAULT_TEST_USERNAME,
      password: DEFAULT_TEST_PASSWORD,
    });
    expect(r).toMatchObject({
      ok: true,
      value: { success: false, loginStatus: 'CERT_AUTH_REQUIRED', testEndpoint: true },
    });
    expect(await handlers.getSettings(undefined)).toMatchObject({
      value: {
        lastTest: {
          success: false,
          code: 'login-failed',
          findings: { login: 'refused', loginCode: 'CERT_AUTH_REQUIRED', key: null },
        },
      },
    });
  });

  it('a registered certificate logs in, logs out again, hands no token over and stores no password', async () => {
    app.sso.registerCertificate(readFileSync(join(app.certDir, 'client-2048.crt'), 'utf8'));
    await handlers.updateSettings({ rememberUsername: true });
    const r = await handlers.testLogin({
      appKey: DEFAULT_APP_KEYS.live,
      username: DEFAULT_TEST_USERNAME,
      password: DEFAULT_TEST_PASSWORD,
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        success: true,
        loginStatus: 'SUCCESS',
        loggedOut: true,
        appKeyCheck: { status: 'valid', delayed: false, active: true },
      },
    });
    if (r.ok) expect(r.value.sessionToken).toBeUndefined();
    expect(app.sso.openSessions()).toBe(0);
    expect(await handlers.getSettings(undefined)).toMatchObject({
      value: {
        username: DEFAULT_TEST_USERNAME,
        appKey: null,
        lastTest: {
          success: true,
          code: 'works',
          title: 'Your bot login works',
          findings: {
            login: 'success',
            key: { status: 'valid', delayed: false, active: true, appName: DEFAULT_APP_KEYS.appName },
            accountHasKeys: true,
          },
        },
      },
    });
    for (const file of filesUnder(app.dataDir)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(DEFAULT_TEST_PASSWORD);
      expect(text, file).not.toContain(encodeURIComponent(DEFAULT_TEST_PASSWORD));
      expect(text, file).not.toContain('PRIVATE KEY');
    }
  });

  it('while a test runs, getTestProgress names the checks still running; afterwards none', async () => {
    expect(await handlers.getTestProgress(undefined)).toEqual({ ok: true, value: { running: [] } });
    app.sso.setMode({ kind: 'slow', ms: 600 });
    try {
      const test = handlers.testLogin({
        appKey: DEFAULT_APP_KEYS.live,
        username: DEFAULT_TEST_USERNAME,
        password: DEFAULT_TEST_PASSWORD,
      });
      await new Promise((r) => setTimeout(r, 300));
      expect(await handlers.getTestProgress(undefined)).toEqual({ ok: true, value: { running: ['login'] } });
      expect((await test).ok).toBe(true);
      expect(await handlers.getTestProgress(undefined)).toEqual({ ok: true, value: { running: [] } });
    } finally {
      app.sso.setMode({ kind: 'normal' });
    }
  });

  it('the guard status comes from the real guard file', async () => {
    const r = await handlers.getGuardStatus(undefined);
    expect(r).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(r.ok && r.value.attemptsLastMinute).toBeGreaterThanOrEqual(2);
  });

  it('start over forgets the settings but keeps the certificate files and the login guard', async () => {
    const before = await handlers.getGuardStatus(undefined);
    expect(await handlers.resetSettings(undefined)).toMatchObject({
      ok: true,
      value: { certificate: null, jurisdiction: null },
    });
    expect(existsSync(join(app.certDir, 'client-2048.key'))).toBe(true);
    expect(await handlers.getGuardStatus(undefined)).toEqual(before);
    // Take the same files back for the snippet test below.
    await handlers.updateSettings({ jurisdiction: 'international' });
    await handlers.useCertificate({
      paths: [join(app.certDir, 'client-2048.crt'), join(app.certDir, 'client-2048.key')],
    });
  });

  it('snippets use the real files (curl: paths quoted, no -k)', async () => {
    const r = await handlers.getSnippets(undefined);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const curl = r.value.find((s) => s.id === 'curl');
    expect(curl?.code).toContain(`'${join(app.certDir, 'client-2048.crt')}'`);
    expect(curl?.code).not.toMatch(/\s-k\s|--insecure/);
    expect(JSON.stringify(r.value)).not.toContain(DEFAULT_TEST_PASSWORD);
  });
});
