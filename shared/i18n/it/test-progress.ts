/** Mentre «Prova il login» è in corso: quali verifiche non hanno ancora risposto (l'elenco nella finestra, le righe della CLI in un terminale). */
import type { Messages } from '../messages.js';

export const TEST_PROGRESS_TEXT: Messages['TEST_PROGRESS_TEXT'] = {
  checks: {
    login: 'login',
    appKeys: 'chiave applicazione',
    keepAlive: 'mantenimento della sessione',
    stream: 'streaming',
    logout: 'logout',
  },
  running: (checks) => `Ancora in verifica: ${checks.join(', ')}`,
};
