/**
 * Reads Betfair's DeveloperApp values (getDeveloperAppKeys: a list; createDeveloperAppKeys: one) into the
 * AppKeySummary list the UI and CLI show. Untrusted input: bounded counts and lengths, wrong shapes are null.
 *   DeveloperApp { appName, appId, appVersions: [DeveloperAppVersion { owner, versionId, version,
 *   applicationKey, delayData, subscriptionRequired, ownerManaged, active }] }
 */
import { DELAYED_VERSION_SUFFIX } from '../../../shared/accounts-api.js';
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
  if (applicationKey === null || applicationKey.trim() === '') return null;
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
