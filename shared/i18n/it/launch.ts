/** What `npm start` says when it cannot start Electron, in Italian. One plain paragraph each, never a stack trace. */
import type { Messages } from '../messages.js';

const TRY_IN_BROWSER =
  "Nel frattempo puoi provare l'intera procedura guidata nel browser con `npm run harness -- --fake-sso`.";

export const LAUNCH_TEXT: Messages['LAUNCH_TEXT'] = {
  downloading:
    "Primo avvio: download di Electron, il programma in cui gira l'app (serve internet, ma solo questa volta)…",
  downloadFailed: (version: string): string =>
    "Bot Login Wizard non è riuscito ad avviarsi: Electron, il programma in cui gira l'app, non è ancora su questo " +
    'computer e il download non è riuscito (il computer è offline o il download è bloccato?). Il primo `npm start` ' +
    "ha bisogno di internet una sola volta; dopo, l'app si avvia anche senza. Se hai già Electron " +
    `${version} estratto in qualche cartella, imposta ELECTRON_OVERRIDE_DIST_PATH su quella cartella ed esegui di nuovo \`npm start\`. ` +
    TRY_IN_BROWSER,
  overrideMissing: (folder: string, expected: string): string =>
    `Bot Login Wizard non è riuscito ad avviarsi: ELECTRON_OVERRIDE_DIST_PATH vale "${folder}", ma in "${expected}" ` +
    "non c'è nessun programma Electron. Indica la cartella di un Electron estratto, oppure togli la variabile così " +
    'che `npm start` scarichi Electron da solo (serve internet una sola volta). ' +
    TRY_IN_BROWSER,
  couldNotRun: (binary: string): string =>
    `Bot Login Wizard non è riuscito ad avviare Electron da "${binary}". Elimina la cartella node_modules/electron/dist ` +
    'ed esegui di nuovo `npm start` per scaricarlo da capo (serve internet una sola volta). ' +
    TRY_IN_BROWSER,
};
