/**
 * Checks the settings file before conf opens it, and moves a damaged one aside so the app can start.
 */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { entryKindSync, readRegularFileSync } from '../regular-file.js';
import { settingsSchema, type Settings } from '../../../shared/settings-schema.js';

export const SETTINGS_CONFIG_NAME = 'settings';
export const SETTINGS_FILE_NAME = `${SETTINGS_CONFIG_NAME}.json`;

export type SettingsFileState =
  { readonly kind: 'missing' } | { readonly kind: 'valid'; readonly settings: Settings } | { readonly kind: 'damaged' };

export function settingsFilePath(dataDir: string): string {
  return join(dataDir, SETTINGS_FILE_NAME);
}

/** The settings are a few hundred bytes; a file bigger than this is not ours (and is not read whole). */
const MAX_SETTINGS_BYTES = 256 * 1024;

/**
 * Reads and validates the settings file: unreadable, not JSON, or not matching the schema counts as damaged, and so
 * does anything that is not a plain file (a link, a FIFO, a folder: see regular-file.ts), which is never followed.
 */
export function readSettingsFile(dataDir: string): SettingsFileState {
  const path = settingsFilePath(dataDir);
  let raw: unknown;
  try {
    const read = readRegularFileSync(path, MAX_SETTINGS_BYTES);
    if (read.kind === 'missing') return { kind: 'missing' };
    if (read.kind === 'wrong-kind' || read.truncated) return { kind: 'damaged' };
    raw = JSON.parse(read.bytes.toString('utf8')) as unknown;
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

/**
 * Before every write: the settings engine (conf's atomic write) follows a symlink and would rewrite, and chmod, the
 * file it points to. Anything at the settings path that is not a plain file is moved aside first, so the write makes
 * a new plain file. Returns false when something is in the way and could not be moved.
 */
export function keepSettingsPathPlain(dataDir: string, now: Date = new Date()): boolean {
  let kind: ReturnType<typeof entryKindSync>;
  try {
    kind = entryKindSync(settingsFilePath(dataDir));
  } catch {
    return false;
  }
  return kind !== 'other' || moveDamagedFileAside(dataDir, now) !== null;
}
