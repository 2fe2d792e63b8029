/**
 * The openExternal allow-list: only https pages on Betfair's own hosts for the supported jurisdictions
 * (shared/jurisdictions externalHosts()), parsed with `new URL`, never with string matching.
 */
import { externalHosts } from '../../shared/jurisdictions.js';

/** The normalised URL when it may be opened in the user's browser, otherwise null. */
export function allowedExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.port !== '') return null;
  if (!externalHosts().has(url.hostname)) return null;
  return url.href;
}

export function isAllowedExternalUrl(raw: unknown): boolean {
  return allowedExternalUrl(raw) !== null;
}
