/**
 * The Electron main process: one instance, one hardened window, the handler table bound to ipcMain.
 * Data folder: BOTLOGIN_DATA_DIR, else Electron's userData ("Bot Login Wizard").
 * Settings use electron-store through core/settings (the same validation and recovery the CLI and harness run on conf);
 * its extra ipcMain listener is removed at once (settings-engine.ts).
 */
// Every part of the words in `text` before any code reads them (this runs in Node; the window loads parts on demand).
import '../../shared/i18n/all-words.js';
import { join } from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { createHandlers } from '../core/handlers/index.js';
import { locateOneFileCli } from '../core/kit/one-file-cli.js';
import { withoutTestEndpoint } from '../core/transport/index.js';
import { openSettings } from '../core/settings/index.js';
import { bindHandlers, callsUnderWay } from './ipc.js';
import { createUpdateFlow } from '../core/updates/update-flow.js';
import { electronUpdateSource } from './updater.js';
import { installMenu } from './menu.js';
import { electronPlatform } from './platform.js';
import { registerAppScheme, serveBundle } from './protocol.js';
import { electronStoreEngine } from './settings-engine.js';
import { guardAllWebContents, hardenSession } from './security.js';
import { isSmokeTest, quitWhenShown } from './smoke-test.js';
import { createMainWindow } from './window.js';
import { onLanguageChange, switchLanguage } from '../../shared/i18n/text.js';
import { startLanguage } from '../../shared/i18n/languages.js';
import { ENV } from '../../shared/env-names.js';

declare const __BOTLOGIN_VERSION__: string;

const PRELOAD_PATH = join(__dirname, '..', 'preload', 'preload.cjs');
const RENDERER_DIR = join(__dirname, '..', 'renderer');

let mainWindow: BrowserWindow | null = null;

function showWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(PRELOAD_PATH);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    if (isSmokeTest()) quitWhenShown(mainWindow);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const { store, notice } = openSettings(dataDir, { engine: electronStoreEngine });
  // The system's preferred languages, then the app's locale (what Electron reads from the system).
  await switchLanguage(startLanguage(store.get().language, [...app.getPreferredSystemLanguages(), app.getLocale()]));
  hardenSession(session.defaultSession);
  serveBundle(RENDERER_DIR);
  const updates = createUpdateFlow({
    source: electronUpdateSource(),
    preferences: {
      checkAutomatically: () => store.get().checkForUpdates,
      lastCheck: () => store.get().lastUpdateCheck,
      setLastCheck: (at) => store.set({ ...store.get(), lastUpdateCheck: at }),
    },
    busy: callsUnderWay,
  });
  bindHandlers(
    createHandlers({
      platform: electronPlatform(() => mainWindow),
      settings: store,
      // The test-endpoint variables are for tests: an installed app ignores them entirely.
      env: app.isPackaged ? withoutTestEndpoint(process.env) : process.env,
      dataDir,
      appVersion: __BOTLOGIN_VERSION__,
      settingsNotice: notice,
      oneFileCli: locateOneFileCli({ distDir: join(__dirname, '..') }),
      updates,
    }),
  );
  installMenu();
  onLanguageChange(() => installMenu());
  showWindow();
  // The update check waits for the first paint (and never runs in CI's smoke test, which must stay offline).
  if (!isSmokeTest()) mainWindow?.once('ready-to-show', () => void updates.checkIfDue());
}

const dataDirOverride = process.env[ENV.dataDir]?.trim();
if (dataDirOverride) app.setPath('userData', dataDirOverride);
app.enableSandbox();
registerAppScheme();
guardAllWebContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => showWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  void app.whenReady().then(start);
}
