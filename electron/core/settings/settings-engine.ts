/**
 * The storage engine under the settings: anything with conf's API. The CLI, the harness and the tests use `conf`;
 * the Electron app passes `electron-store` (conf with Electron's defaults), made in electron/main because it imports
 * electron. Validation and damaged-file recovery stay in open-settings.ts and apply to both.
 */
import Conf from 'conf';
import type { Settings } from '../../../shared/settings-schema.js';

/** The conf options the settings use; every engine gets exactly these. */
export interface SettingsEngineOptions {
  readonly cwd: string;
  readonly configName: string;
  readonly defaults: Settings;
  readonly accessPropertiesByDotNotation: false;
  readonly clearInvalidConfig: false;
  readonly configFileMode: number;
}

/** The one part of conf's API the settings use: the whole store, read and replaced at once. */
export interface SettingsEngineStore {
  store: Settings;
}

export type SettingsEngine = (options: SettingsEngineOptions) => SettingsEngineStore;

export const confEngine: SettingsEngine = (options) => new Conf<Settings>({ ...options });
