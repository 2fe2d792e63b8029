/** Mientras se prueba el inicio de sesión: qué comprobaciones aún no han respondido (la lista de la ventana, las líneas de la CLI en un terminal). */
import type { Messages } from '../messages.js';

export const TEST_PROGRESS_TEXT: Messages['TEST_PROGRESS_TEXT'] = {
  checks: {
    login: 'inicio de sesión',
    appKeys: 'clave de aplicación',
    keepAlive: 'mantener la sesión',
    stream: 'streaming',
    logout: 'cierre de sesión',
  },
  running: (checks) => `Aún se comprueba: ${checks.join(', ')}`,
};
