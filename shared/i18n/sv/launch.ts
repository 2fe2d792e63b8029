/** Vad `npm start` säger när Electron inte kan startas, på svenska. Ett enkelt stycke var, aldrig en stackspårning. */
import type { Messages } from '../messages.js';

const TRY_IN_BROWSER = 'Under tiden kan du prova hela guiden i din webbläsare med `npm run harness -- --fake-sso`.';

export const LAUNCH_TEXT: Messages['LAUNCH_TEXT'] = {
  downloading: 'Första starten: laddar ner Electron, programmet som appen körs i (kräver internetanslutning en gång)…',
  downloadFailed: (version: string): string =>
    'Bot Login Wizard kunde inte starta: Electron, programmet som appen körs i, finns inte på den här datorn än och ' +
    'nedladdningen misslyckades (är datorn offline, eller är nedladdningen blockerad?). Första `npm start` kräver ' +
    'internetanslutning en gång; sedan startar appen utan. Om du redan har Electron ' +
    `${version} uppackat någonstans, sätt ELECTRON_OVERRIDE_DIST_PATH till den mappen och kör \`npm start\` igen. ` +
    TRY_IN_BROWSER,
  overrideMissing: (folder: string, expected: string): string =>
    `Bot Login Wizard kunde inte starta: ELECTRON_OVERRIDE_DIST_PATH är satt till "${folder}", men det finns inget ` +
    `Electron-program på "${expected}". Peka den på mappen med ett uppackat Electron, eller ta bort den så att ` +
    '`npm start` laddar ner Electron själv (det kräver internetanslutning en gång). ' +
    TRY_IN_BROWSER,
  couldNotRun: (binary: string): string =>
    `Bot Login Wizard kunde inte starta Electron från "${binary}". Radera mappen node_modules/electron/dist ` +
    'och kör `npm start` igen för att ladda ner den på nytt (det kräver internetanslutning en gång). ' +
    TRY_IN_BROWSER,
};
