/** Medan inloggningstestet körs: vilka kontroller som inte har svarat än (listan i fönstret, CLI:ns rader i en terminal). */
import type { Messages } from '../messages.js';

export const TEST_PROGRESS_TEXT: Messages['TEST_PROGRESS_TEXT'] = {
  checks: {
    login: 'inloggning',
    appKeys: 'applikationsnyckel',
    keepAlive: 'hålla sessionen vid liv',
    stream: 'streaming',
    logout: 'utloggning',
  },
  running: (checks) => `Kontrolleras fortfarande: ${checks.join(', ')}`,
};
