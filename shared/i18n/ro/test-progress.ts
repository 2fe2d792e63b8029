/** Cât timp rulează testul de autentificare: ce verificări nu au răspuns încă (lista din fereastră, rândurile CLI într-un terminal). */
import type { Messages } from '../messages.js';

export const TEST_PROGRESS_TEXT: Messages['TEST_PROGRESS_TEXT'] = {
  checks: {
    login: 'autentificare',
    appKeys: 'cheia aplicației',
    keepAlive: 'menținerea sesiunii',
    stream: 'streaming',
    logout: 'deconectare',
  },
  running: (checks) => `Încă se verifică: ${checks.join(', ')}`,
};
