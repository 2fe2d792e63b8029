/**
 * The packaged app, built here by electron-builder (`--linux dir`, electron-builder.yml as the release uses it) over
 * a stand-in Electron: no Electron binary can be fetched on these machines, so the stand-in is a small file that
 * carries Electron's fuse sentinel and a fuse wire set the opposite way of our config. electron-builder flips the
 * fuses in it as in a real build; they are read back with @electron/fuses. The asar is listed with @electron/asar:
 * only the built app (dist/main, dist/preload, dist/renderer, which hold the updater's runtime bundled in) and
 * package.json, no maps, sources, tests or docs, within its size budget.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const asar = require('@electron/asar') as { listPackage(file: string, options: { isPack: boolean }): string[] };
const fuses = require('@electron/fuses') as {
  getCurrentFuseWire(path: string): Promise<Record<string, number | string>>;
  FuseV1Options: Record<string, number>;
};

const ASAR_BUDGET_BYTES = 4 * 1024 * 1024;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const [OFF, ON] = ['0'.charCodeAt(0), '1'.charCodeAt(0)];

/** The wire a stand-in ships, each fuse the opposite of electron-builder.yml's electronFuses (plus one we leave). */
const STAND_IN_WIRE: Readonly<Record<string, number>> = {
  RunAsNode: ON,
  EnableCookieEncryption: OFF,
  EnableNodeOptionsEnvironmentVariable: ON,
  EnableNodeCliInspectArguments: ON,
  EnableEmbeddedAsarIntegrityValidation: OFF,
  OnlyLoadAppFromAsar: OFF,
  LoadBrowserProcessSpecificV8Snapshot: ON,
  GrantFileProtocolExtraPrivileges: ON,
};
const WIRE_LENGTH = 9; // Electron 45's wire has one fuse more than we set: it must stay as it was.

function standInElectron(dir: string): string {
  const dist = join(dir, 'electron-dist');
  mkdirSync(dist, { recursive: true });
  const wire = Buffer.alloc(WIRE_LENGTH, OFF);
  for (const [name, state] of Object.entries(STAND_IN_WIRE)) wire[fuses.FuseV1Options[name] ?? -1] = state;
  wire[WIRE_LENGTH - 1] = ON;
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "a stand-in for Electron: it cannot run the app"\nexit 1\n'),
    Buffer.alloc(256),
    Buffer.from(SENTINEL),
    Buffer.from([1, WIRE_LENGTH]),
    wire,
    Buffer.alloc(256),
  ]);
  writeFileSync(join(dist, 'electron'), binary, { mode: 0o755 });
  writeFileSync(join(dist, 'LICENSE'), 'stand-in');
  writeFileSync(join(dist, 'version'), '45.4.1');
  return dist;
}

const BUILT = ['dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/renderer/index.html'];

let unpacked = '';

// electron-builder makes Linux targets on Linux and macOS; on Windows only inside Docker.
describe.skipIf(process.platform === 'win32')('the packaged app (electron-builder --linux dir over a stand-in)', () => {
  beforeAll(async () => {
    // `npm test` builds first; a run of this file alone builds what is missing (renderer, main, preload).
    if (!BUILT.every((f) => existsSync(join(ROOT, f))))
      for (const mode of ['production', 'main', 'preload'])
        await run(
          process.execPath,
          [require.resolve('vite/bin/vite.js'), 'build', '--mode', mode, '--logLevel', 'warn'],
          {
            cwd: ROOT,
          },
        );
    const work = mkdtempSync(join(tmpdir(), 'botlogin-packaged-'));
    const out = join(work, 'out');
    await run(
      process.execPath,
      [
        require.resolve('electron-builder/cli.js'),
        '--config',
        'electron-builder.yml',
        '--linux',
        'dir',
        '--publish',
        'never',
        `-c.electronDist=${standInElectron(work)}`,
        `-c.directories.output=${out}`,
      ],
      { cwd: ROOT, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    unpacked = join(out, 'linux-unpacked');
  }, 180_000);

  it('flips every fuse electron-builder.yml sets, and leaves the one it does not set', async () => {
    const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
      electronFuses: Record<string, boolean>;
    };
    const wire = await fuses.getCurrentFuseWire(join(unpacked, 'bot-login-wizard'));
    for (const [key, wanted] of Object.entries(config.electronFuses)) {
      const name = key[0]?.toUpperCase() + key.slice(1);
      const index = fuses.FuseV1Options[name];
      expect(index, name).toBeDefined();
      expect(wire[String(index)], name).toBe(wanted ? ON : OFF);
      expect(STAND_IN_WIRE[name], `${name} started the other way`).toBe(wanted ? OFF : ON);
    }
    expect(wire[String(WIRE_LENGTH - 1)]).toBe(ON);
  });

  it('the asar holds only the built app and package.json (no maps, sources, tests, docs), within 4 MB', () => {
    const file = join(unpacked, 'resources', 'app.asar');
    const entries = asar.listPackage(file, { isPack: false }).map((p) => p.replaceAll('\\', '/'));
    const files = entries.filter((p) => /\.[a-z0-9]+$/i.test(p));
    for (const built of BUILT) expect(files).toContain(`/${built}`);
    expect(files.filter((p) => !/^\/dist\/(main|preload|renderer)\//.test(p) && p !== '/package.json')).toEqual([]);
    expect(files.filter((p) => /\.(map|ts|tsx)$|\/(tests?|docs|node_modules)\//.test(p))).toEqual([]);
    const size = statSync(file).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MB, ${files.length} files`);
    expect(size).toBeLessThanOrEqual(ASAR_BUDGET_BYTES);
  });

  it('tells the updater where releases are: a GitHub draft release of the repository package.json names', () => {
    const update = yaml.load(readFileSync(join(unpacked, 'resources', 'app-update.yml'), 'utf8'));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
    const [, owner, repo] = /github\.com\/([^/]+)\/([^/.]+)/.exec(pkg.repository.url) ?? [];
    expect(update).toMatchObject({ provider: 'github', owner, repo });
  });
});
