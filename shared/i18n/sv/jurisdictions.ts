/** Ortnamn för varje jurisdiktion, så som en person läser dem (svenska). */
import type { Messages } from '../messages.js';

export const JURISDICTION_NAMES: Messages['JURISDICTION_NAMES'] = {
  international: 'Internationell (Storbritannien och de flesta länder)',
  au: 'Australien / Nya Zeeland',
  it: 'Italien',
  es: 'Spanien',
  ro: 'Rumänien',
  se: 'Sverige',
  dk: 'Danmark',
};
