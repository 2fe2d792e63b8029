/**
 * Finds the Electron binary `npm start` runs, the way the `electron` package does, but without its stack traces:
 * ELECTRON_OVERRIDE_DIST_PATH first, else node_modules/electron/dist. Never imports electron (that would download).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronBinary =
  | { readonly kind: 'found'; readonly path: string }
  | { readonly kind: 'not-downloaded' }
  | { readonly kind: 'override-missing'; readonly folder: string; readonly expected: string };

/** The executable inside an unpacked Electron, per OS (what electron's install.js writes to path.txt). */
export function platformBinaryName(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

export function findElectronBinary(
  packageDir: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): ElectronBinary {
  const pathFile = join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const relative = recorded || platformBinaryName(platform);
  const override = env['ELECTRON_OVERRIDE_DIST_PATH']?.trim();
  if (override) {
    const expected = join(override, relative);
    return existsSync(expected)
      ? { kind: 'found', path: expected }
      : { kind: 'override-missing', folder: override, expected };
  }
  const downloaded = join(packageDir, 'dist', relative);
  return recorded && existsSync(downloaded) ? { kind: 'found', path: downloaded } : { kind: 'not-downloaded' };
}

/** The Electron version the package downloads (for the message). */
export function electronVersion(packageDir: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '';
  } catch {
    return '';
  }
}
