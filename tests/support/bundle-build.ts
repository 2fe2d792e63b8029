/**
 * Builds the main, preload or CLI bundle into a temp folder (vite --mode main|preload|cli, same config as `npm run build`)
 * next to a fake `electron` package, so the real CommonJS bundle can run under plain Node in a test.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..', '..');

/** The fake package re-exports whatever the test put on globalThis.__fakeElectron. */
const FAKE_ELECTRON = 'module.exports = globalThis.__fakeElectron;\n';

export async function buildBundle(mode: 'main' | 'preload' | 'cli'): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), `botlogin-${mode}-bundle-`));
  mkdirSync(join(dir, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'electron', 'index.js'), FAKE_ELECTRON);
  const outDir = join(dir, 'dist', mode);
  await build({
    configFile: join(root, 'vite.config.ts'),
    root,
    mode,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  return { dir, file: join(outDir, `${mode}.cjs`) };
}
