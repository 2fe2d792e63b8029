/**
 * Reads Betfair's DeveloperApp values (getDeveloperAppKeys: a list; createDeveloperAppKeys: one) into the
 * AppKeySummary list the UI and CLI show. Untrusted input: bounded counts and lengths, wrong shapes are null, and so
 * is a list with a key that is not letters, digits, '-' and '_' (shared/app-key-shape.ts): such a key would go on
 * into a kit's code and shell lines ("Use this key"), so the whole answer is refused as unexpected.
 *   DeveloperApp { appName, appId, appVersions: [DeveloperAppVersion { owner, versionId, version,
 *   applicationKey, delayData, subscriptionRequired, ownerManaged, active }] }
 */
import { DELAYED_VERSION_SUFFIX } from '../../../shared/accounts-api.js';
import { isAppKeyShape } from '../../../shared/app-key-shape.js';
import type { AppKeySummary } from '../../../shared/app-key-types.js';

const MAX_APPS = 50;
const MAX_VERSIONS = 20;
const MAX_TEXT = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length <= MAX_TEXT ? value : null;
}

function versionOf(appName: string, value: unknown): AppKeySummary | null {
  if (!isRecord(value)) return null;
  const applicationKey = text(value.applicationKey);
  if (applicationKey === null || !isAppKeyShape(applicationKey)) return null;
  const version = text(value.version) ?? '';
  const delayed = value.delayData === true || version.toUpperCase().endsWith(DELAYED_VERSION_SUFFIX);
  return { appName, applicationKey, version, delayed, active: value.active === true };
}

/** The keys of one DeveloperApp; null when it is not one. */
export function readDeveloperApp(value: unknown): AppKeySummary[] | null {
  if (!isRecord(value) || !Array.isArray(value.appVersions)) return null;
  const appName = text(value.appName) ?? '';
  const keys: AppKeySummary[] = [];
  for (const version of value.appVersions.slice(0, MAX_VERSIONS)) {
    const key = versionOf(appName, version);
    if (key === null) return null;
    keys.push(key);
  }
  return keys;
}

/** Every key of a DeveloperApp list; null when the answer is not such a list. */
export function readDeveloperApps(value: unknown): AppKeySummary[] | null {
  if (!Array.isArray(value)) return null;
  const keys: AppKeySummary[] = [];
  for (const app of value.slice(0, MAX_APPS)) {
    const appKeys = readDeveloperApp(app);
    if (appKeys === null) return null;
    keys.push(...appKeys);
  }
  return keys;
}

/** The listed key with this value (compared as typed, without surrounding spaces). */
export function findKey(keys: readonly AppKeySummary[], appKey: string): AppKeySummary | null {
  const wanted = appKey.trim();
  return keys.find((k) => k.applicationKey === wanted) ?? null;
}
