/** Lo que dice `npm start` cuando no puede arrancar Electron, en español. Un párrafo sencillo, nunca un volcado de pila. */
import type { Messages } from '../messages.js';

const TRY_IN_BROWSER =
  'Mientras tanto, puedes probar todo el asistente en tu navegador con `npm run harness -- --fake-sso`.';

export const LAUNCH_TEXT: Messages['LAUNCH_TEXT'] = {
  downloading:
    'Primer arranque: descargando Electron, el programa en el que funciona la app (solo esta vez hace falta internet)…',
  downloadFailed: (version: string): string =>
    'Bot Login Wizard no ha podido arrancar: Electron, el programa en el que funciona la app, todavía no está en este ' +
    'ordenador y no se ha podido descargar (¿está el ordenador sin conexión o la descarga bloqueada?). El primer ' +
    '`npm start` necesita conexión a internet; después, la app arranca sin ella. Si ya tienes Electron ' +
    `${version} descomprimido en alguna parte, haz que ELECTRON_OVERRIDE_DIST_PATH apunte a su carpeta y vuelve a ejecutar \`npm start\`. ` +
    TRY_IN_BROWSER,
  overrideMissing: (folder: string, expected: string): string =>
    `Bot Login Wizard no ha podido arrancar: ELECTRON_OVERRIDE_DIST_PATH indica "${folder}", pero no hay ningún ` +
    `programa Electron en "${expected}". Haz que apunte a la carpeta de un Electron descomprimido, o quítala para que ` +
    '`npm start` descargue Electron por sí mismo (solo esa vez hace falta internet). ' +
    TRY_IN_BROWSER,
  couldNotRun: (binary: string): string =>
    `Bot Login Wizard no ha podido arrancar Electron desde "${binary}". Borra la carpeta node_modules/electron/dist ` +
    'y vuelve a ejecutar `npm start` para descargarlo de nuevo (solo esa vez hace falta internet). ' +
    TRY_IN_BROWSER,
};
