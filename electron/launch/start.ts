/**
 * `npm start`: makes sure the Electron binary is here (downloading it the first time, with electron's own
 * install.js), then runs the built app in it. When Electron cannot be had, it prints one plain paragraph and exits 1.
 *   tsx electron/launch/start.ts --check   only make sure Electron is here (npm start runs this before building)
 *   tsx electron/launch/start.ts [args]    run the app (dist/ must be built)
 * BOTLOGIN_ELECTRON_PACKAGE replaces the folder of the `electron` package (for the test that runs this offline).
 */
// Every part of the words in `text` before any code reads them (this runs in Node; the window loads parts on demand).
import '../../shared/i18n/all-words.js';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { languageFromEnvironment } from '../../shared/i18n/languages.js';
import { switchLanguage, text } from '../../shared/i18n/text.js';
import { electronVersion, findElectronBinary } from './electron-binary.js';
import { ENV } from '../../shared/env-names.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

function electronPackageDir(): string {
  const override = process.env[ENV.electronPackage]?.trim();
  if (override) return override;
  return dirname(createRequire(join(ROOT, 'package.json')).resolve('electron/package.json'));
}

function stop(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

/** The binary's path, downloading Electron first when needed; stops with a plain paragraph when it cannot. */
function ensureElectron(packageDir: string): string {
  const first = findElectronBinary(packageDir, process.env);
  if (first.kind === 'found') return first.path;
  if (first.kind === 'override-missing') stop(text.LAUNCH_TEXT.overrideMissing(first.folder, first.expected));
  process.stdout.write(`${text.LAUNCH_TEXT.downloading}\n`);
  // electron's own installer, quiet: its failure is a stack trace, which the paragraph below replaces.
  spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: packageDir,
    stdio: 'ignore',
    timeout: DOWNLOAD_TIMEOUT_MS,
    windowsHide: true,
  });
  const second = findElectronBinary(packageDir, process.env);
  if (second.kind === 'found') return second.path;
  return stop(text.LAUNCH_TEXT.downloadFailed(electronVersion(packageDir)));
}

function runApp(binary: string, args: readonly string[]): void {
  const child = spawn(binary, [ROOT, ...args], { stdio: 'inherit', windowsHide: false });
  child.on('error', () => stop(text.LAUNCH_TEXT.couldNotRun(binary)));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
}

// The failure paragraphs speak the terminal's language (LC_ALL, LC_MESSAGES, LANG), as the CLI does.
await switchLanguage(languageFromEnvironment(process.env));
const args = process.argv.slice(2);
const binary = ensureElectron(electronPackageDir());
if (args[0] !== '--check') runApp(binary, args);
