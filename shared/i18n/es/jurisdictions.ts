/** Nombres de lugar de cada jurisdicción, tal como los lee una persona (español). */
import type { Messages } from '../messages.js';

export const JURISDICTION_NAMES: Messages['JURISDICTION_NAMES'] = {
  international: 'Internacional (Reino Unido y la mayoría de países)',
  au: 'Australia / Nueva Zelanda',
  it: 'Italia',
  es: 'España',
  ro: 'Rumanía',
  se: 'Suecia',
  dk: 'Dinamarca',
};
