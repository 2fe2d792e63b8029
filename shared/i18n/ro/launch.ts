/** What `npm start` says when it cannot start Electron, in Romanian. One plain paragraph each, never a stack trace. */
import type { Messages } from '../messages.js';

const TRY_IN_BROWSER = 'Între timp poți încerca tot asistentul în browser, cu `npm run harness -- --fake-sso`.';

export const LAUNCH_TEXT: Messages['LAUNCH_TEXT'] = {
  downloading:
    'Prima pornire: se descarcă Electron, programul în care rulează aplicația (e nevoie de internet o singură dată)…',
  downloadFailed: (version: string): string =>
    'Bot Login Wizard nu a putut porni: Electron, programul în care rulează aplicația, nu este încă pe acest computer, ' +
    'iar descărcarea lui a eșuat (computerul nu are internet sau descărcarea este blocată?). Primul `npm start` are ' +
    'nevoie de internet o singură dată; după aceea aplicația pornește și fără. Dacă ai deja Electron ' +
    `${version} dezarhivat undeva, setează ELECTRON_OVERRIDE_DIST_PATH la folderul lui și rulează din nou \`npm start\`. ` +
    TRY_IN_BROWSER,
  overrideMissing: (folder: string, expected: string): string =>
    `Bot Login Wizard nu a putut porni: ELECTRON_OVERRIDE_DIST_PATH este setat la „${folder}”, dar nu există ` +
    `niciun program Electron la „${expected}”. Indică folderul unui Electron dezarhivat sau șterge setarea, ca ` +
    '`npm start` să descarce singur Electron (e nevoie de internet o singură dată). ' +
    TRY_IN_BROWSER,
  couldNotRun: (binary: string): string =>
    `Bot Login Wizard nu a putut porni Electron din „${binary}”. Șterge folderul node_modules/electron/dist ` +
    'și rulează din nou `npm start` ca să fie descărcat de la zero (e nevoie de internet o singură dată). ' +
    TRY_IN_BROWSER,
};
