/**
 * The layout's import boundaries are enforced by `npm run lint` (eslint.config.js): each forbidden
 * import below, placed in the folder it is forbidden in, fails lint with the boundary's message, and
 * the same import where it is allowed passes. Runs ESLint's Node API with the project's own config on
 * text given a path inside each folder (no file is written). Type information is switched off here:
 * the boundaries do not need it, and TypeScript's project service only knows files that exist.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });
});

/** The boundary messages lint reports for `code` as if it were the file at `path`; throws on a parse error. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  if (!result) throw new Error(`ESLint returned nothing for ${path}`);
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${path}: ${fatal.message}`);
  return result.messages
    .filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId) && m.severity === 2)
    .map((m) => m.message);
}

const FORBIDDEN: ReadonlyArray<readonly [folder: string, path: string, code: string, reason: RegExp]> = [
  [
    'electron/core',
    'electron/core/lint-probe.ts',
    "import { app } from 'electron';\nexport const a = app;\n",
    /never import electron/,
  ],
  [
    'electron/core',
    'electron/core/login/lint-probe.ts',
    "export const load = () => import('electron');\n",
    /never import electron/,
  ],
  ['electron/cli', 'electron/cli/lint-probe.ts', "export { ipcMain } from 'electron/main';\n", /never import electron/],
  [
    'electron/cli.ts',
    'electron/cli.ts',
    "import { shell } from 'electron';\nexport const s = shell;\n",
    /never import electron/,
  ],
  [
    'renderer',
    'renderer/lint-probe.ts',
    "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n",
    /never imports Node/,
  ],
  [
    'renderer',
    'renderer/steps/lint-probe.tsx',
    "import path from 'path';\nexport const p = path;\n",
    /never imports Node/,
  ],
  ['renderer', 'renderer/lint-probe.ts', "export const fs = require('fs') as unknown;\n", /never imports Node/],
  [
    'renderer',
    'renderer/hooks/lint-probe.ts',
    "import { snippetFor } from '../../electron/core/snippets.js';\nexport const s = snippetFor;\n",
    /never imports code under electron/,
  ],
  [
    'renderer',
    'renderer/lint-probe.ts',
    "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
    /never imports electron/,
  ],
  [
    'shared',
    'shared/lint-probe.ts',
    "import { createHash } from 'node:crypto';\nexport const h = createHash;\n",
    /never imports Node/,
  ],
  [
    'shared',
    'shared/lint-probe.ts',
    "import { resolveDataDir } from '../electron/core/data-dir.js';\nexport const r = resolveDataDir;\n",
    /nothing of ours outside shared/,
  ],
  [
    'shared',
    'shared/i18n/en/lint-probe.ts',
    "export type { Props } from '../../../renderer/app.js';\n",
    /nothing of ours outside shared/,
  ],
  [
    'electron/core/stream',
    'electron/core/stream/lint-probe.ts',
    "import { keepAlive } from '../login/index.js';\nexport const k = keepAlive;\n",
    /never import each other's folders/,
  ],
  [
    'electron/core/accounts',
    'electron/core/accounts/lint-probe.ts',
    "export { reserveLoginAttempt } from '../guard/index.js';\n",
    /never import each other's folders/,
  ],
  [
    'electron/core/login',
    'electron/core/login/lint-probe.ts',
    "export const t = () => import('../test-my-login/index.js');\n",
    /never import each other's folders/,
  ],
  [
    'electron/core/transport',
    'electron/core/transport/lint-probe.ts',
    "import { checkStream } from '../stream/index.js';\nexport const c = checkStream;\n",
    /transport is below the engines/,
  ],
];

const ALLOWED: ReadonlyArray<readonly [why: string, path: string, code: string]> = [
  [
    'electron/main uses electron',
    'electron/main/lint-probe.ts',
    "import { app } from 'electron';\nexport const a = app;\n",
  ],
  [
    'electron/preload uses electron',
    'electron/preload/lint-probe.ts',
    "import { contextBridge } from 'electron';\nexport const c = contextBridge;\n",
  ],
  [
    'electron/core uses Node',
    'electron/core/lint-probe.ts',
    "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n",
  ],
  [
    'the renderer uses shared/ and React',
    'renderer/steps/lint-probe.tsx',
    "import { useState } from 'react';\nimport { ok } from '../../shared/result.js';\nexport const x = [useState, ok];\n",
  ],
  [
    'shared/ uses shared/ from a subfolder',
    'shared/i18n/en/lint-probe.ts',
    "import { ok } from '../../result.js';\nexport const o = ok;\n",
  ],
  [
    'an engine uses the transport',
    'electron/core/stream/lint-probe.ts',
    "import { converseInLines } from '../transport/index.js';\nexport const c = converseInLines;\n",
  ],
  [
    'the orchestration uses the engines',
    'electron/core/test-my-login/lint-probe.ts',
    "import { checkStream } from '../stream/index.js';\nimport { keepAlive } from '../login/index.js';\nexport const x = [checkStream, keepAlive];\n",
  ],
  ['shared/ uses zod', 'shared/lint-probe.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
];

describe('lint import boundaries', () => {
  it.each(FORBIDDEN)('%s: forbidden import %# (in %s) fails lint', async (_folder, path, code, reason) => {
    const errors = await boundaryErrors(path, code);
    expect(errors.length, `no boundary error for ${path}:\n${code}`).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(reason);
  });

  it.each(ALLOWED)('%s (%s passes)', async (_why, path, code) => {
    expect(await boundaryErrors(path, code)).toEqual([]);
  });
});
