/**
 * `npm start` on a machine without the Electron binary: it tries electron's own download (here against a local
 * server that has nothing, so nothing leaves 127.0.0.1), then prints one plain paragraph and exits non-zero.
 * The electron package is a copy without dist/, so this holds on machines that have the binary too.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary, platformBinaryName } from '../../../../electron/launch/electron-binary.js';
import { tempDir } from '../../../support/temp-dir.js';

const root = resolve(import.meta.dirname, '..', '..', '..', '..');
const ELECTRON_PACKAGE = join(root, 'node_modules', 'electron');

let server: Server;
let port = 0;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
});

/** A copy of the electron package as npm installs it, before the first download (no dist/, no path.txt). */
function electronPackageWithoutBinary(): string {
  const dir = join(tempDir('electron-package'), 'electron');
  mkdirSync(dir);
  for (const file of ['package.json', 'index.js', 'install.js', 'checksums.json']) {
    copyFileSync(join(ELECTRON_PACKAGE, file), join(dir, file));
  }
  return dir;
}

/** Runs `npm start` (asynchronously: the local download server lives in this process). */
function npmStart(env: NodeJS.ProcessEnv): Promise<{ status: number | null; out: string }> {
  const npmCli = process.env['npm_execpath'];
  const viaNode = npmCli !== undefined && /npm-cli\.c?js$/.test(npmCli);
  const child = spawn(viaNode ? process.execPath : 'npm', [...(viaNode ? [npmCli] : []), 'start'], {
    cwd: root,
    env,
    shell: !viaNode && process.platform === 'win32',
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill(), 120_000);
  return new Promise((done) => {
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, out });
    });
  });
}

function offlineEnv(packageDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BOTLOGIN_ELECTRON_PACKAGE: packageDir,
    // install.js requires @electron/get from the project's node_modules.
    NODE_PATH: join(root, 'node_modules'),
    ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
    electron_config_cache: tempDir('electron-cache'),
  };
  delete env['ELECTRON_OVERRIDE_DIST_PATH'];
  delete env['ELECTRON_GET_USE_PROXY'];
  delete env['ELECTRON_CUSTOM_DIR'];
  delete env['ELECTRON_CUSTOM_FILENAME'];
  return env;
}

/** No stack frames, no raw error names: what a person sees is our paragraph. */
function expectNoStack(out: string): void {
  expect(out).not.toMatch(/^\s+at .+[:(]/m);
  expect(out).not.toMatch(
    /TypeError|ReferenceError|node_modules[\\/]electron[\\/]index\.js|Electron failed to install/,
  );
}

describe('npm start without the Electron binary', () => {
  it('tries the download once, then prints one plain paragraph and exits non-zero', async () => {
    const { status, out } = await npmStart(offlineEnv(electronPackageWithoutBinary()));
    expect(status).not.toBe(0);
    expect(
      requested.some((url) => /electron-v[\d.]+-.+\.zip$/.test(url)),
      requested.join(', '),
    ).toBe(true);
    expect(out).toContain('downloading it failed');
    expect(out).toContain('needs internet access once');
    expect(out).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(out).toContain('npm run harness -- --fake-sso');
    expect(out).toMatch(/Electron \d+\.\d+\.\d+ unpacked/);
    expectNoStack(out);
    // It stopped before building: the message comes first, not after a minute of vite.
    expect(out).not.toMatch(/vite|built in/i);
  }, 150_000);

  it('says so plainly when ELECTRON_OVERRIDE_DIST_PATH points at a folder without Electron (no download)', async () => {
    const before = requested.length;
    const empty = tempDir('electron-override');
    const { status, out } = await npmStart({
      ...offlineEnv(electronPackageWithoutBinary()),
      ELECTRON_OVERRIDE_DIST_PATH: empty,
    });
    expect(status).not.toBe(0);
    expect(out).toContain(`ELECTRON_OVERRIDE_DIST_PATH is set to "${empty}"`);
    expect(out).toContain('npm run harness -- --fake-sso');
    expectNoStack(out);
    expect(requested.length).toBe(before);
  }, 150_000);
});

describe('findElectronBinary', () => {
  it('uses path.txt inside node_modules/electron/dist once downloaded', () => {
    const dir = electronPackageWithoutBinary();
    expect(findElectronBinary(dir, {})).toEqual({ kind: 'not-downloaded' });
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir, {})).toEqual({ kind: 'not-downloaded' });
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(findElectronBinary(dir, {})).toEqual({ kind: 'found', path: join(dir, 'dist', 'electron') });
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, with the binary name of each OS', () => {
    const dir = electronPackageWithoutBinary();
    const override = tempDir('electron-dist');
    const binary = join(override, platformBinaryName(process.platform));
    mkdirSync(dirname(binary), { recursive: true });
    writeFileSync(binary, '');
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({ kind: 'found', path: binary });
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: tempDir('electron-none') }).kind).toBe(
      'override-missing',
    );
    expect(platformBinaryName('win32')).toBe('electron.exe');
    expect(platformBinaryName('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(platformBinaryName('linux')).toBe('electron');
  });
});
