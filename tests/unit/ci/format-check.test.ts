/**
 * The format check in `npm test`: `npm run format:check` (Prettier over the whole tree, with the repo's
 * .prettierrc.json, .prettierignore and .editorconfig) runs first, and it fails on a misformatted file. Proven here
 * on a temp copy of the config, so the test never writes into the tree it checks.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const prettierBin = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

const project = mkdtempSync(join(tmpdir(), 'botlogin-format-'));
for (const file of ['.prettierrc.json', '.prettierignore', '.editorconfig']) {
  copyFileSync(join(root, file), join(project, file));
}
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Runs format:check's command (`prettier --check .`) in the temp project. */
function formatCheck(): { status: number | null; output: string } {
  const args = (scripts['format:check'] ?? '').split(' ').slice(1);
  const run = spawnSync(process.execPath, [prettierBin, ...args], { cwd: project, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('format check', () => {
  it('npm test starts with format:check, which is Prettier --check over the whole tree', () => {
    expect(scripts['format:check']).toBe('prettier --check .');
    expect(scripts['test']).toMatch(/^npm run format:check && /);
  });

  it("passes a file in the repo's style and fails a misformatted one, naming it", () => {
    const good = "export const greeting = { text: 'hello', count: 2 };\n";
    writeFileSync(join(project, 'good.ts'), good);
    // good.ts is exactly what Prettier prints with this config; bad.ts below is the same code, not formatted.
    expect(
      execFileSync(process.execPath, [prettierBin, '--stdin-filepath', 'good.ts'], {
        cwd: project,
        input: good,
      }).toString(),
    ).toBe(good);
    mkdirSync(join(project, 'dist'), { recursive: true });
    writeFileSync(join(project, 'dist', 'built.js'), 'const   built={a:1}'); // ignored by .prettierignore
    expect(formatCheck().status).toBe(0);

    writeFileSync(join(project, 'bad.ts'), 'export const greeting = {text:"hello",count:2}\n');
    const failed = formatCheck();
    expect(failed.status).toBe(1);
    expect(failed.output).toContain('bad.ts');
    expect(failed.output).not.toContain('good.ts');
    expect(failed.output).not.toContain('built.js');
  });
});
