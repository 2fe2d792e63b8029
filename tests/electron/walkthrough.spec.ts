/**
 * The whole flow in the built app, in a real Electron, the way a new user walks it: first screen, International,
 * create a certificate (files on disk, key 0600 where the OS has file modes), the upload step (the security page
 * "opened" through the test seam, which records instead of starting a browser: electron/main/test-seam.ts), the
 * test login against the fake identitysso on 127.0.0.1 (BOTLOGIN_SSO_ORIGIN/CA, honoured by an unpackaged app),
 * and the dashboard again after a restart. A screenshot of each step goes to the test's output (test-results/).
 * Runs only where an Electron binary exists (electron-app.ts); otherwise it reports itself skipped with the reason.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page, type TestInfo } from '@playwright/test';
import { CERT_FILE_NAMES } from '../../shared/certificate-types.js';
import { securityPageUrl } from '../../shared/jurisdictions.js';
import { RECORD_OPENED_ENV, type OpenedRecord } from '../../electron/main/test-seam.js';
import { startFakeSso, type FakeSso } from '../fixtures/fake-sso/server.js';
import { FAKE_ACCOUNT } from '../harness/fake-account.js';
import {
  button,
  chooseJurisdiction,
  confirmUpload,
  createCertificate,
  fillLogin,
  heading,
  next,
  successPanel,
  testButton,
} from '../e2e/flow.js';
import { launchApp, skipWithoutElectron } from './electron-app.js';

test.describe('Electron walk-through', () => {
  skipWithoutElectron();
  test.setTimeout(180_000);

  let sso: FakeSso | null = null;
  let root = '';
  let app: ElectronApplication | null = null;

  test.beforeAll(async () => {
    sso = await startFakeSso({ port: 0, defaultAccount: false });
    sso.addAccount(FAKE_ACCOUNT.username, FAKE_ACCOUNT.password, FAKE_ACCOUNT.appKey);
  });

  test.afterAll(async () => {
    await sso?.close();
  });

  test.afterEach(async () => {
    await app?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function firstWindowAt1000x720(electronApp: ElectronApplication): Promise<Page> {
    const page = await electronApp.firstWindow();
    await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setContentSize(1000, 720));
    return page;
  }

  async function shoot(page: Page, info: TestInfo, name: string): Promise<void> {
    const path = info.outputPath(`${name}.png`);
    await page.screenshot({ path, animations: 'disabled', caret: 'hide', fullPage: true });
    await info.attach(name, { path, contentType: 'image/png' });
  }

  test('from "Where do you live?" to the dashboard, and the dashboard again after a restart', async ({
    browserName: _unused,
  }, info) => {
    if (!sso) throw new Error('fake identitysso not started');
    root = mkdtempSync(join(tmpdir(), 'botlogin-walk-'));
    const dataDir = join(root, 'data');
    // A folder name with a space and non-ASCII letters, as in "C:\Users\José Pérez\betfair-certs".
    const certDir = join(root, 'José Pérez', 'betfair-certs');
    const recordFile = join(root, 'opened.jsonl');
    const env = {
      BOTLOGIN_DATA_DIR: dataDir,
      BOTLOGIN_CERT_DIR: certDir,
      BOTLOGIN_SSO_ORIGIN: sso.origin,
      BOTLOGIN_SSO_CA: sso.caPath,
      [RECORD_OPENED_ENV]: recordFile,
    };
    const opened = (): OpenedRecord[] =>
      existsSync(recordFile)
        ? readFileSync(recordFile, 'utf8')
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as OpenedRecord)
        : [];

    app = await launchApp(env);
    let page = await firstWindowAt1000x720(app);

    // 1. First screen, with the test endpoint named.
    await expect(heading(page, 'Where do you live?')).toBeVisible();
    await expect(page.getByText(`Test endpoint: ${sso.origin}`).first()).toBeVisible();
    await shoot(page, info, '1-where-do-you-live');
    await chooseJurisdiction(page, 'international');

    // 2. Create the certificate: the files are on disk, in the folder with a space and accents.
    await expect(page.getByText(certDir).first()).toBeVisible();
    await createCertificate(page);
    await shoot(page, info, '2-certificate');
    const files = {
      certificate: join(certDir, CERT_FILE_NAMES.certificate),
      key: join(certDir, CERT_FILE_NAMES.key),
      pem: join(certDir, CERT_FILE_NAMES.pem),
    };
    for (const file of Object.values(files)) expect(existsSync(file), file).toBe(true);
    expect(readFileSync(files.key, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    if (process.platform !== 'win32') {
      expect(statSync(files.key).mode & 0o777).toBe(0o600);
      expect(statSync(files.pem).mode & 0o777).toBe(0o600);
    }
    await button(page, 'Show in folder').first().click();
    await expect.poll(() => opened().filter((r) => r.kind === 'reveal').length).toBe(1);
    await next(page);

    // 3. Upload: the security page for International is "opened" (recorded), the .crt shown in its folder.
    await expect(heading(page, 'Upload your certificate')).toBeVisible();
    await button(page, 'Open Betfair security page').click();
    await expect
      .poll(() =>
        opened()
          .filter((r) => r.kind === 'external')
          .map((r) => (r.kind === 'external' ? r.url : '')),
      )
      .toEqual([securityPageUrl('international')]);
    await shoot(page, info, '3-upload');
    // What the user does on Betfair's page: the fake identitysso now knows this certificate.
    sso.registerCertificate(readFileSync(files.certificate, 'utf8'));
    await confirmUpload(page);

    // 4. Test my login: one mutual-TLS login (with our certificate) and the logout, against 127.0.0.1.
    await fillLogin(page);
    await testButton(page).click();
    await expect(successPanel(page)).toBeVisible({ timeout: 30_000 });
    await shoot(page, info, '4-test-login');
    const logins = sso.requests().filter((r) => r.path.includes('certlogin'));
    expect(logins).toHaveLength(1);
    expect(logins[0]?.passwordMatched).toBe(true);
    expect(logins[0]?.clientCertFingerprint).not.toBeNull();
    await next(page);
    await expect(heading(page, 'Your bot login')).toBeVisible();
    await shoot(page, info, '5-dashboard');

    // 5. Restart: the settings (electron-store) bring the user straight back to the dashboard.
    await app.close();
    app = await launchApp(env);
    page = await firstWindowAt1000x720(app);
    await expect(heading(page, 'Your bot login')).toBeVisible();
    await expect(page.getByText('International').first()).toBeVisible();
    await shoot(page, info, '6-dashboard-after-restart');
    const settings = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(settings).toMatchObject({ jurisdiction: 'international', uploadConfirmed: true });
    expect(JSON.stringify(settings)).not.toContain(FAKE_ACCOUNT.password);
  });
});
