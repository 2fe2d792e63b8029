/**
 * Running the built app in a real Electron for the specs in tests/electron. The binary is found the way `npm start`
 * finds it (electron/launch/electron-binary.ts), never by `require('electron')`, which would try to download it.
 * Where there is none the specs report themselves skipped with the reason; with BOTLOGIN_REQUIRE_ELECTRON=1 (CI)
 * they fail instead, so a runner that should have Electron never passes without running it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../../electron/launch/electron-binary.js';

const root = resolve(import.meta.dirname, '..', '..');
export const MAIN = join(root, 'dist', 'main', 'main.cjs');

const found = findElectronBinary(join(root, 'node_modules', 'electron'), process.env);

function missingReason(): string | null {
  if (found.kind === 'found') return null;
  if (found.kind === 'override-missing')
    return `ELECTRON_OVERRIDE_DIST_PATH is set but ${found.expected} does not exist`;
  return (
    'no Electron binary on this machine (node_modules/electron/dist is empty and ELECTRON_OVERRIDE_DIST_PATH is not set); ' +
    'Electron downloads its binary from the internet, which this machine cannot reach'
  );
}

const required = process.env['BOTLOGIN_REQUIRE_ELECTRON'] === '1';

/** Call inside a describe: skips it (with the reason) where no Electron binary exists, unless one is required. */
export function skipWithoutElectron(): void {
  const reason = missingReason();
  test.skip(reason !== null && !required, reason ?? '');
}

/** Starts the built app in Electron with only the given environment added (a fresh data folder each time). */
export async function launchApp(env: Readonly<Record<string, string>>): Promise<ElectronApplication> {
  const reason = missingReason();
  expect(reason, 'BOTLOGIN_REQUIRE_ELECTRON=1 but there is no Electron binary').toBeNull();
  expect(existsSync(MAIN), `${MAIN} is built (npm run build)`).toBe(true);
  if (found.kind !== 'found') throw new Error(reason ?? 'no Electron');
  return electron.launch({
    executablePath: found.path,
    // Chromium refuses to start as root unless its OS sandbox is off; the renderer's `sandbox` preference stays on.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), MAIN],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1', ...env },
  });
}
