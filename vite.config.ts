/**
 * One config, six builds chosen with `--mode` (`npm run build` makes the first five; the bench makes the last):
 *   (default)        renderer -> dist/renderer (browser code, React)
 *   main             Electron main process -> dist/main/main.cjs
 *   preload          sandboxed preload, one CommonJS file -> dist/preload/preload.cjs
 *   cli              the command-line tool on core -> dist/cli/cli.cjs
 *   cli-onefile      the same CLI as one file, every dependency and language inside -> dist/bot-login.cjs
 *                    (plain `node bot-login.cjs` with no node_modules; the single executables are made from it)
 *   bench-reference  React + ReactDOM and one heading, built as the window is -> dist/bench-reference (npm run bench)
 * Vitest reads the `test` block (unit tests under tests/unit).
 */
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import { START_METHODS, WIZARD_CONTRACT } from './shared/api.js';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  version: string;
  repository: { url: string };
};
const version = pkg.version;
/** Where a user downloads a new version by hand (the deb): the repository's latest release. */
const releasesUrl = `${pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/releases/latest`;
/** The preload's method list comes from the one declaration (shared/api.ts): name -> takes a payload. */
const wizardMethods = Object.fromEntries(Object.entries(WIZARD_CONTRACT).map(([m, spec]) => [m, spec.takesInput]));
const define = {
  __BOTLOGIN_VERSION__: JSON.stringify(version),
  __BOTLOGIN_RELEASES_URL__: JSON.stringify(releasesUrl),
  __WIZARD_METHODS__: JSON.stringify(wizardMethods),
  __WIZARD_START_METHODS__: JSON.stringify(START_METHODS),
};
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** `chunks`: dynamic imports become their own files (the CLI loads each command only when it runs). */
function nodeBundle(
  entry: string,
  outDir: string,
  fileName: string,
  external: string[],
  banner = '',
  chunks = false,
): UserConfig {
  return {
    define,
    publicDir: false,
    build: {
      target: 'node22',
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      ssr: true,
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        input: resolve(root, entry),
        external: [...nodeBuiltins, ...external],
        output: chunks
          ? { format: 'cjs', entryFileNames: fileName, chunkFileNames: 'chunks/[name]-[hash].cjs', banner }
          : { format: 'cjs', entryFileNames: fileName, banner, codeSplitting: false },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  };
}

/** A language's chunks of words carry its name (it-window-<hash>.js), so the tests and a person can tell them apart. */
function languageChunkName(chunk: { readonly moduleIds: readonly string[] }): string {
  const languages = new Set(chunk.moduleIds.map((id) => /[\\/]shared[\\/]i18n[\\/](\w+)[\\/][^\\/]+$/.exec(id)?.[1]));
  const [language] = languages;
  return languages.size === 1 && language !== undefined
    ? `assets/${language}-[name]-[hash].js`
    : 'assets/[name]-[hash].js';
}

/** The window's build; the bench's reference page (React and ReactDOM only) is built with the same options. */
function windowBuild(source: string, outDir: string): UserConfig {
  return {
    define,
    root: resolve(root, source),
    base: './',
    publicDir: false,
    build: {
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // The window runs only in Chromium (Electron's, or the harness's), which preloads modules itself.
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { chunkFileNames: languageChunkName } },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  switch (mode) {
    case 'main':
      return nodeBundle('electron/main/main.ts', 'dist/main', 'main.cjs', ['electron']);
    case 'preload':
      return nodeBundle('electron/preload/preload.ts', 'dist/preload', 'preload.cjs', ['electron']);
    case 'cli':
      return nodeBundle('electron/cli.ts', 'dist/cli', 'cli.cjs', [], '#!/usr/bin/env node', true);
    case 'bench-reference':
      return windowBuild('tests/bench/reference', 'dist/bench-reference');
    case 'cli-onefile': {
      // Written into dist/ beside the other builds, so dist/ is not emptied.
      const onefile = nodeBundle('electron/cli.ts', 'dist', 'bot-login.cjs', [], '#!/usr/bin/env node');
      return { ...onefile, build: { ...onefile.build, emptyOutDir: false } };
    }
    default:
      return {
        ...windowBuild('renderer', 'dist/renderer'),
        test: {
          root,
          include: ['tests/unit/**/*.test.ts'],
          // The tests run core and CLI code in Node: every part of the words in `text`, as the Node entry points do.
          setupFiles: ['shared/i18n/all-words.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          // Transformed by Vitest so a test's vi.mock('electron') reaches electron-store's own import of electron.
          server: { deps: { inline: ['electron-store'] } },
        },
      };
  }
});
