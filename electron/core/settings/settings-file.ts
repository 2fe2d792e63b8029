/**
 * Checks the settings file before conf opens it, and moves a damaged one aside so the app can start.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { settingsSchema, type Settings } from '../../../shared/settings-schema.js';

export const SETTINGS_CONFIG_NAME = 'settings';
export const SETTINGS_FILE_NAME = `${SETTINGS_CONFIG_NAME}.json`;

export type SettingsFileState =
  { readonly kind: 'missing' } | { readonly kind: 'valid'; readonly settings: Settings } | { readonly kind: 'damaged' };

export function settingsFilePath(dataDir: string): string {
  return join(dataDir, SETTINGS_FILE_NAME);
}

/** Reads and validates the settings file: unreadable, not JSON, or not matching the schema counts as damaged. */
export function readSettingsFile(dataDir: string): SettingsFileState {
  const path = settingsFilePath(dataDir);
  if (!existsSync(path)) return { kind: 'missing' };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return { kind: 'damaged' };
  }
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? { kind: 'valid', settings: parsed.data } : { kind: 'damaged' };
}

/** settings.corrupt-2026-11-26T00-50-00-000Z.json : sorts by time, safe on every file system. */
export function damagedFileName(now: Date): string {
  return `${SETTINGS_CONFIG_NAME}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** Renames the damaged file next to itself; returns the new path, or null when it could not be moved. */
export function moveDamagedFileAside(dataDir: string, now: Date): string | null {
  const target = join(dataDir, damagedFileName(now));
  try {
    renameSync(settingsFilePath(dataDir), target);
    return target;
  } catch {
    return null;
  }
}
