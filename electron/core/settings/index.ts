export type { SettingsStore } from './settings-store.js';
export { memorySettingsStore } from './settings-store.js';
export { openSettings, type OpenedSettings, type OpenSettingsOptions } from './open-settings.js';
export {
  confEngine,
  type SettingsEngine,
  type SettingsEngineOptions,
  type SettingsEngineStore,
} from './settings-engine.js';
export { settingsFilePath, SETTINGS_FILE_NAME } from './settings-file.js';
