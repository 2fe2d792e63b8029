/** Place names for each jurisdiction, as a person reads them (Italian). */
import type { Messages } from '../messages.js';

export const JURISDICTION_NAMES: Messages['JURISDICTION_NAMES'] = {
  international: 'Internazionale (Regno Unito e quasi tutti i paesi)',
  au: 'Australia / Nuova Zelanda',
  it: 'Italia',
  es: 'Spagna',
  ro: 'Romania',
  se: 'Svezia',
  dk: 'Danimarca',
};
