/** Place names for each jurisdiction, as a person reads them (Romanian). */
import type { Messages } from '../messages.js';

export const JURISDICTION_NAMES: Messages['JURISDICTION_NAMES'] = {
  international: 'Internațional (Regatul Unit și majoritatea țărilor)',
  au: 'Australia / Noua Zeelandă',
  it: 'Italia',
  es: 'Spania',
  ro: 'România',
  se: 'Suedia',
  dk: 'Danemarca',
};
