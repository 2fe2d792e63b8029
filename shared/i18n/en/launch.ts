/** What `npm start` says when it cannot start Electron, in English. One plain paragraph each, never a stack trace. */

const TRY_IN_BROWSER = 'Meanwhile you can try the whole wizard in your browser with `npm run harness -- --fake-sso`.';

export const LAUNCH_TEXT = {
  downloading: 'First start: downloading Electron, the program the app runs in (needs internet access once)…',
  downloadFailed: (version: string): string =>
    'Bot Login Wizard could not start: Electron, the program the app runs in, is not on this computer yet and ' +
    'downloading it failed (is this computer offline, or is the download blocked?). The first `npm start` needs ' +
    'internet access once; after that the app starts without it. If you already have Electron ' +
    `${version} unpacked somewhere, set ELECTRON_OVERRIDE_DIST_PATH to its folder and run \`npm start\` again. ` +
    TRY_IN_BROWSER,
  overrideMissing: (folder: string, expected: string): string =>
    `Bot Login Wizard could not start: ELECTRON_OVERRIDE_DIST_PATH is set to "${folder}", but there is no ` +
    `Electron program at "${expected}". Point it at the folder of an unpacked Electron, or remove it so that ` +
    '`npm start` downloads Electron itself (this needs internet access once). ' +
    TRY_IN_BROWSER,
  couldNotRun: (binary: string): string =>
    `Bot Login Wizard could not start Electron from "${binary}". Delete the folder node_modules/electron/dist ` +
    'and run `npm start` again to download it afresh (this needs internet access once). ' +
    TRY_IN_BROWSER,
} as const;
