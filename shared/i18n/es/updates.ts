/** Las actualizaciones de la app, en el panel. */
import type { Messages } from '../messages.js';

export const UPDATES_TEXT: Messages['UPDATES_TEXT'] = {
  heading: 'Actualizaciones',
  thisVersion: (version: string) => `Esta es la versión ${version}.`,
  checkNow: 'Buscar actualizaciones',
  checking: 'Buscando una versión más reciente…',
  upToDate: 'Ya tienes la versión más reciente.',
  downloading: (version: string) => `La versión ${version} se está descargando en segundo plano.`,
  ready: (version: string) => `La versión ${version} está lista: se instala cuando cierres la app.`,
  restartNow: 'Reiniciar ahora',
  busy: 'Todavía hay algo en marcha (una prueba, la ventana para elegir una carpeta, un kit que se está escribiendo). Reinicia cuando termine.',
  refusedChecksum: (version: string) =>
    `La descarga de la versión ${version} no coincidía con su suma de comprobación, así que se descartó y no se instaló nada. La app sigue igual y lo intenta de nuevo en la próxima comprobación.`,
  refusedSignature: (version: string) =>
    `La descarga de la versión ${version} no estaba firmada por los autores de esta app, así que se descartó y no se instaló nada. La app sigue igual.`,
  someVersion: 'una versión más reciente',
  downloadYourself:
    'Esta copia (instalada desde un paquete .deb) no se actualiza sola. Las nuevas versiones están aquí:',
  noUpdater: 'Esta copia no se actualiza sola (no se instaló desde una versión publicada).',
  automatic: 'Buscar actualizaciones automáticamente (como mucho una vez al día)',
};
