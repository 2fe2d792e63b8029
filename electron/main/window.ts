/** The one main window: hardened options from core/window-options, the app's own page, shown when ready. */
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../core/sender-check.js';
import { windowOptions } from '../core/window-options.js';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath, { devTools: !app.isPackaged }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
