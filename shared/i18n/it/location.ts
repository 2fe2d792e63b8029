/** Cosa significa un rifiuto per luogo per un bot su un'altra macchina, in italiano (vedi shared/i18n/en/location.ts). */
export const LOCATION_TEXT = {
  ranFrom:
    "Questa prova è partita dall'indirizzo internet di questo computer, e Betfair decide da dove arriva un login in base a quell'indirizzo. Un bot su un server, su un VPS a noleggio o dietro una VPN viene giudicato invece dall'indirizzo di quel server o di quella VPN: un bot su un VPS in un altro paese viene rifiutato anche se da casa il login funziona.",
  testOnServer:
    'Per sapere cosa otterrà il tuo bot, esegui questa stessa prova sulla macchina dove gira il bot (copia lì bot-login.cjs e avvialo con node), passando dalla stessa VPN se il bot ne usa una.',
};
