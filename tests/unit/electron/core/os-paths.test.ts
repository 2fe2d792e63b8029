/**
 * Windows and macOS care: folders with spaces and non-ASCII letters ("C:\Users\José Pérez\betfair-certs"), the
 * folder "Show in folder" reveals, file modes where the OS has them, and the .p12 that Windows (.NET) and the macOS
 * keychain import. The real-disk checks run on the OS that runs the tests (all three in CI, .github/workflows/ci.yml).
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCertificate } from '../../../../electron/core/certificates/index.js';
import { resolveDataDir, resolveDefaultCertificateDir } from '../../../../electron/core/data-dir.js';
import { createHandlers, type HandlerTable } from '../../../../electron/core/handlers/index.js';
import { openSettings } from '../../../../electron/core/settings/index.js';
import { CERT_FILE_NAMES } from '../../../../shared/certificate-types.js';
import { hasOwnerOnlyFileModes } from '../../../../shared/file-modes.js';
import { tool } from '../../../support/tools.js';
import { recordingPlatform, type RecordingPlatform } from '../../../support/fakes.js';
import { tempDir } from '../../../support/temp-dir.js';

const JOSE = 'José Pérez';

describe('default folders per OS (whatever OS runs the test)', () => {
  it('Windows: %APPDATA%\\Bot Login Wizard and %USERPROFILE%\\betfair-certs, with spaces and accents kept', () => {
    const home = `C:\\Users\\${JOSE}`;
    expect(resolveDataDir({ APPDATA: `${home}\\AppData\\Roaming` }, 'win32', home)).toBe(
      `${home}\\AppData\\Roaming\\Bot Login Wizard`,
    );
    expect(resolveDataDir({}, 'win32', home)).toBe(`${home}\\AppData\\Roaming\\Bot Login Wizard`);
    expect(resolveDefaultCertificateDir({}, home, 'win32')).toBe(`${home}\\betfair-certs`);
  });

  it('macOS and Linux: the same names under the home folder', () => {
    expect(resolveDataDir({}, 'darwin', `/Users/${JOSE}`)).toBe(
      `/Users/${JOSE}/Library/Application Support/Bot Login Wizard`,
    );
    expect(resolveDefaultCertificateDir({}, `/Users/${JOSE}`, 'darwin')).toBe(`/Users/${JOSE}/betfair-certs`);
    expect(resolveDataDir({}, 'linux', `/home/${JOSE}`)).toBe(`/home/${JOSE}/.config/Bot Login Wizard`);
  });

  it('owner-only file modes are promised everywhere but Windows', () => {
    expect(['linux', 'darwin', 'win32'].map(hasOwnerOnlyFileModes)).toEqual([true, true, false]);
  });
});

describe(`a certificate made in a folder like "${JOSE}${sep}betfair-certs" on this OS`, () => {
  let root: string;
  let certDir: string;
  let dataDir: string;
  let platform: RecordingPlatform;
  let handlers: HandlerTable;

  beforeAll(() => {
    root = join(tempDir('os-paths'), JOSE);
    certDir = join(root, 'betfair-certs');
    dataDir = join(root, 'App Data', 'Bot Login Wizard');
    mkdirSync(dataDir, { recursive: true });
    platform = recordingPlatform();
    handlers = createHandlers({
      platform,
      settings: openSettings(dataDir).store,
      env: { BOTLOGIN_CERT_DIR: certDir },
      dataDir,
      appVersion: '0.1.0',
      settingsNotice: null,
    });
  });

  it('offers the folder, makes the files there, and remembers the folder across a restart', async () => {
    const info = await handlers.getAppInfo(undefined);
    expect(info).toMatchObject({ ok: true, value: { defaultCertificateDir: certDir, platform: process.platform } });
    const made = await handlers.generateCertificate({ dir: certDir, subject: { commonName: 'Bot of José' } });
    expect(made.ok, JSON.stringify(made)).toBe(true);
    for (const name of [CERT_FILE_NAMES.certificate, CERT_FILE_NAMES.key, CERT_FILE_NAMES.pem]) {
      expect(existsSync(join(certDir, name)), name).toBe(true);
    }
    const reopened = openSettings(dataDir);
    expect(reopened.notice).toBeNull();
    expect(reopened.store.get().certificate?.dir).toBe(certDir);
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toContain(JOSE);
  });

  it.skipIf(!hasOwnerOnlyFileModes(process.platform))('the key files are 0600 and the folder 0700 (POSIX)', () => {
    expect(statSync(join(certDir, CERT_FILE_NAMES.key)).mode & 0o777).toBe(0o600);
    expect(statSync(join(certDir, CERT_FILE_NAMES.pem)).mode & 0o777).toBe(0o600);
    expect(statSync(certDir).mode & 0o777).toBe(0o700);
  });

  it('"Show in folder" reveals the very file, also when the path comes with forward slashes', async () => {
    const crt = join(certDir, CERT_FILE_NAMES.certificate);
    expect(await handlers.showInFolder({ path: crt })).toEqual({ ok: true, value: null });
    expect(await handlers.showInFolder({ path: crt.split(sep).join('/') })).toEqual({ ok: true, value: null });
    expect(platform.revealed).toEqual([crt, crt]);
  });
});

describe('the .p12 in the OS certificate stores', () => {
  const PASSWORD = 'p12 pass wörd';
  let p12 = '';
  let sha1 = '';

  beforeAll(async () => {
    const dir = join(tempDir('p12-native'), JOSE);
    const made = await generateCertificate({ dir, p12Password: PASSWORD, subject: { commonName: 'Bot of José' } });
    if (!made.ok) throw new Error(made.error.message);
    p12 = made.value.files.p12 ?? '';
    sha1 = new X509Certificate(readFileSync(made.value.files.certificate)).fingerprint.replaceAll(':', '');
  });

  it.skipIf(process.platform !== 'win32')(
    'Windows: .NET (X509Certificate2 in PowerShell) opens it with its key',
    async () => {
      const script =
        '$c = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($env:P12_PATH, $env:P12_PW); ' +
        "Write-Output ($c.HasPrivateKey.ToString() + ' ' + $c.Thumbprint)";
      const { code, stdout, stderr } = await tool('powershell', ['-NoProfile', '-NonInteractive', '-Command', script], {
        P12_PATH: p12,
        P12_PW: PASSWORD,
      });
      expect(code, stderr).toBe(0);
      expect(stdout.trim()).toBe(`True ${sha1}`);
    },
  );

  it.skipIf(process.platform !== 'darwin')('macOS: the keychain (security import) takes it', async () => {
    const keychain = join(tempDir('keychain'), 'test.keychain-db');
    expect((await tool('security', ['create-keychain', '-p', 'kc', keychain])).code).toBe(0);
    try {
      const imported = await tool('security', ['import', p12, '-k', keychain, '-P', PASSWORD, '-f', 'pkcs12']);
      expect(imported.code, imported.stderr).toBe(0);
      const listed = await tool('security', ['find-certificate', '-a', '-Z', keychain]);
      expect(listed.stdout).toContain(sha1);
      // Not -v: a self-signed certificate is not "valid" (trusted) there, but it is an identity (certificate + key).
      const identities = await tool('security', ['find-identity', keychain]);
      expect(identities.stdout).toContain(sha1);
    } finally {
      await tool('security', ['delete-keychain', keychain]);
    }
  });
});
