/** Gli aggiornamenti dell'app, nella dashboard. */
import type { Messages } from '../messages.js';

export const UPDATES_TEXT: Messages['UPDATES_TEXT'] = {
  heading: 'Aggiornamenti',
  thisVersion: (version: string) => `Questa è la versione ${version}.`,
  checkNow: 'Cerca aggiornamenti',
  checking: 'Sto cercando una versione più recente…',
  upToDate: 'Hai già la versione più recente.',
  downloading: (version: string) => `La versione ${version} si sta scaricando in background.`,
  ready: (version: string) => `La versione ${version} è pronta: viene installata quando chiudi l’app.`,
  restartNow: 'Riavvia ora',
  busy: 'C’è ancora qualcosa in corso (un test, la finestra per scegliere una cartella, un kit in scrittura). Riavvia quando è finito.',
  refusedChecksum: (version: string) =>
    `Il download della versione ${version} non corrispondeva al suo checksum: è stato scartato e non è stato installato nulla. L’app resta com’è e riprova al prossimo controllo.`,
  refusedSignature: (version: string) =>
    `Il download della versione ${version} non era firmato dagli autori di questa app: è stato scartato e non è stato installato nulla. L’app resta com’è.`,
  someVersion: 'una versione più recente',
  downloadYourself:
    'Questa copia (installata da un pacchetto .deb) non si aggiorna da sola. Le nuove versioni sono qui:',
  noUpdater: 'Questa copia non si aggiorna da sola (non è stata installata da una release).',
  automatic: 'Cerca aggiornamenti automaticamente (al massimo una volta al giorno)',
};
