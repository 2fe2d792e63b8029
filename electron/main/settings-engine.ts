/**
 * The app's settings engine: electron-store (conf with Electron's defaults), behind core's one settings module,
 * so zod validation and damaged-file recovery are the same as in the CLI and the harness.
 * electron-store registers an ipcMain listener ('electron-store-get-data', answering the userData path and the app
 * version to any frame that sends it) for renderer-side stores. The renderer never uses electron-store, so the
 * listener is removed right after construction: the only channels left are the sender-checked ones of shared/api.ts.
 */
import { ipcMain } from 'electron';
import ElectronStore from 'electron-store';
import type { Settings } from '../../shared/settings-schema.js';
import type { SettingsEngine } from '../core/settings/index.js';

export const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

export const electronStoreEngine: SettingsEngine = ({ configName, ...options }) => {
  const store = new ElectronStore<Settings>({ ...options, name: configName });
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  return store;
};
