import type { Settings } from '../../../shared/settings-schema.js';

/** What the handler table needs from the settings: read the whole thing, replace the whole thing. */
export interface SettingsStore {
  get(): Settings;
  /** Validates `next` against the schema and writes it to disk. Throws only if the disk write fails. */
  set(next: Settings): void;
}

/** A store that only lives in memory: used when the data folder cannot be written (and by tests). */
export function memorySettingsStore(initial: Settings): SettingsStore {
  let current = initial;
  return {
    get: () => current,
    set: (next) => {
      current = next;
    },
  };
}
