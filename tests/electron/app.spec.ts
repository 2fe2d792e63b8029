/**
 * The packaged app's shell, in a real Electron: first screen, window security options, the bridge.
 * Runs only where an Electron binary exists (see electron-app.ts); otherwise it reports itself skipped with the reason.
 * It never passes without running.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { WIZARD_METHODS } from '../../shared/api.js';
import { launchApp, skipWithoutElectron } from './electron-app.js';

test.describe('Electron shell', () => {
  skipWithoutElectron();

  let app: ElectronApplication;

  test.beforeEach(async () => {
    app = await launchApp({ BOTLOGIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'botlogin-electron-')) });
  });

  test.afterEach(async () => {
    await app?.close();
  });

  test('shows the first screen from the app:// bundle', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Which Betfair site do you use?' })).toBeVisible();
    expect(page.url()).toBe('app://bundle/index.html');
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toContain(
      'botlogin-electron-',
    );
  });

  test('the window is locked down (contextIsolation, sandbox, no Node)', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const [win] = BrowserWindow.getAllWindows();
      if (!win) return null;
      const contents = win.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
      const p = contents.getLastWebPreferences?.() ?? null;
      return {
        available: p !== null,
        contextIsolation: p?.['contextIsolation'],
        sandbox: p?.['sandbox'],
        nodeIntegration: p?.['nodeIntegration'],
        webSecurity: p?.['webSecurity'],
        webviewTag: p?.['webviewTag'],
        minimumSize: win.getMinimumSize(),
      };
    });
    expect(prefs).not.toBeNull();
    expect(prefs?.minimumSize).toEqual([800, 600]);
    if (prefs?.available) {
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    } else {
      test.info().annotations.push({
        type: 'note',
        description:
          'webContents.getLastWebPreferences() is not available in this Electron; checked what the page can reach instead',
      });
    }
    // What the page itself can reach, whatever the preferences API says.
    const seen = await page.evaluate(() => {
      const globals = globalThis as unknown as Record<string, unknown>;
      const wizard = globals['wizard'] as Record<string, unknown> | undefined;
      return {
        require: typeof globals['require'],
        process: typeof globals['process'],
        module: typeof globals['module'],
        wizardMethods: wizard ? Object.keys(wizard).sort() : [],
        ipcRenderer: typeof (wizard as { ipcRenderer?: unknown } | undefined)?.ipcRenderer,
      };
    });
    expect(seen).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      wizardMethods: [...WIZARD_METHODS].sort(),
      ipcRenderer: 'undefined',
    });
  });

  test('the bridge answers with Results, and navigation and new windows are refused', async () => {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Which Betfair site do you use?' })).toBeVisible();
    const info = await page.evaluate(async () => {
      const wizard = (
        globalThis as unknown as { wizard: { getAppInfo(): Promise<unknown>; testLogin(x: unknown): Promise<unknown> } }
      ).wizard;
      return { info: await wizard.getAppInfo(), bad: await wizard.testLogin({ password: 42 }) };
    });
    expect(info).toMatchObject({
      info: { ok: true, value: { version: expect.any(String) } },
      bad: { ok: false, error: { code: 'BAD_INPUT' } },
    });
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://bundle/index.html');
    expect(app.windows()).toHaveLength(1);
  });
});
