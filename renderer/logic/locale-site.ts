/**
 * Step 1's pre-selection: the Betfair site a system locale clearly points at (it-IT -> Italy, ...).
 * Only exact language-and-region pairs: "en-US" or plain "it" say nothing certain about the account.
 */
import type { JurisdictionId } from '../../shared/jurisdictions.js';

const SITE_FOR_LOCALE: Readonly<Record<string, JurisdictionId>> = {
  'it-it': 'it',
  'es-es': 'es',
  'ro-ro': 'ro',
  'sv-se': 'se',
  'en-au': 'au',
  'en-nz': 'au',
  'da-dk': 'dk',
  'en-gb': 'international',
};

export function siteForLocale(locale: string | undefined | null): JurisdictionId | null {
  if (!locale) return null;
  return SITE_FOR_LOCALE[locale.trim().replace('_', '-').toLowerCase()] ?? null;
}
