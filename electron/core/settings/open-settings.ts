/**
 * Opens the settings (conf or electron-store: JSON in the data folder, written atomically, 0600).
 * A damaged or schema-breaking file is moved aside and defaults are used, with a notice: the app still starts.
 */
import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type Settings,
  type SettingsNotice,
} from '../../../shared/settings-schema.js';
import { memorySettingsStore, type SettingsStore } from './settings-store.js';
import {
  keepSettingsPathPlain,
  moveDamagedFileAside,
  readSettingsFile,
  SETTINGS_CONFIG_NAME,
} from './settings-file.js';
import { confEngine, type SettingsEngine } from './settings-engine.js';
import { ensurePrivateDataDirSync } from '../data-dir.js';

export interface OpenedSettings {
  readonly store: SettingsStore;
  /** Set when the file was damaged (or could not be written): show it once to the user. */
  readonly notice: SettingsNotice | null;
}

export interface OpenSettingsOptions {
  readonly now?: Date;
  /** The storage engine: conf by default; the Electron app passes electron-store. */
  readonly engine?: SettingsEngine;
}

function engineStore(engine: SettingsEngine, dataDir: string, initial: Settings): SettingsStore {
  const conf = engine({
    cwd: dataDir,
    configName: SETTINGS_CONFIG_NAME,
    defaults: DEFAULT_SETTINGS,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    configFileMode: 0o600,
  });
  // Write the validated (unknown keys stripped) form back once, so the file only holds what the schema allows.
  // Never through a link: whatever is not a plain file at the path is moved aside before each write.
  const write = (next: Settings): void => {
    if (!keepSettingsPathPlain(dataDir)) throw new Error('The settings file is in the way and cannot be moved.');
    conf.store = next;
  };
  write(initial);
  let current = initial;
  return {
    get: () => current,
    set: (next) => {
      const checked = settingsSchema.parse(next);
      write(checked);
      current = checked;
    },
  };
}

export function openSettings(dataDir: string, opts: OpenSettingsOptions = {}): OpenedSettings {
  const state = readSettingsFile(dataDir);
  let notice: SettingsNotice | null = null;
  let initial: Settings = DEFAULT_SETTINGS;
  if (state.kind === 'valid') initial = state.settings;
  if (state.kind === 'damaged') {
    notice = 'damaged';
    if (moveDamagedFileAside(dataDir, opts.now ?? new Date()) === null) {
      return { store: memorySettingsStore(DEFAULT_SETTINGS), notice: 'cannot-save' };
    }
  }
  try {
    ensurePrivateDataDirSync(dataDir);
    return { store: engineStore(opts.engine ?? confEngine, dataDir, initial), notice };
  } catch {
    return { store: memorySettingsStore(initial), notice: 'cannot-save' };
  }
}
