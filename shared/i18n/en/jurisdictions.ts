/** Place names for each jurisdiction, as a person reads them (English). */
import type { JurisdictionId } from '../../jurisdictions.js';

export const JURISDICTION_NAMES: Readonly<Record<JurisdictionId, string>> = {
  international: 'International (UK and most countries)',
  au: 'Australia / New Zealand',
  it: 'Italy',
  es: 'Spain',
  ro: 'Romania',
  se: 'Sweden',
  dk: 'Denmark',
};
