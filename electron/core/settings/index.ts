export type { SettingsStore } from './settings-store.js';
export { memorySettingsStore } from './settings-store.js';
export { openSettings, type OpenedSettings } from './open-settings.js';
export { settingsFilePath, SETTINGS_FILE_NAME } from './settings-file.js';
