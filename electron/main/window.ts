/** The one main window: hardened options from window-options.ts, the app's own page, shown when ready. */
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './sender-check.js';
import { windowOptions } from './window-options.js';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath, { devTools: !app.isPackaged }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
