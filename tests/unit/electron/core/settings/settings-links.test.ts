/**
 * The settings file is only ever a plain file: a symlink at its path (to another file, or to /dev/zero), a FIFO or
 * a folder is moved aside like a damaged file, never read through, never written through (the file it points to
 * keeps its content and mode), and the app starts in under 5 s. The app's own data folder is tightened to 0700.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSettings, settingsFilePath } from '../../../../../electron/core/settings/index.js';
import { DEFAULT_SETTINGS } from '../../../../../shared/settings-schema.js';

let root: string;
let n = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'settings-links-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function dataDir(): string {
  n += 1;
  const dir = join(root, `data-${n}`);
  mkdirSync(dir, { mode: 0o700 });
  return dir;
}

describe('settings.json that is not a plain file', () => {
  it('a symlink to another file: that file is neither rewritten nor has its mode changed', () => {
    const dir = dataDir();
    const precious = join(root, `precious-${n}.json`);
    const body = JSON.stringify({ ...DEFAULT_SETTINGS, username: 'kept' });
    writeFileSync(precious, body, { mode: 0o644 });
    chmodSync(precious, 0o644);
    symlinkSync(precious, settingsFilePath(dir));
    const opened = openSettings(dir);
    opened.store.set({ ...opened.store.get(), username: 'someone-else', rememberUsername: true });
    expect(readFileSync(precious, 'utf8')).toBe(body);
    expect(statSync(precious).mode & 0o777).toBe(0o644);
    const settings = lstatSync(settingsFilePath(dir));
    expect(settings.isFile()).toBe(true);
    expect(settings.mode & 0o777).toBe(0o600);
    expect(opened.notice).toBe('damaged');
    expect(readdirSync(dir).some((name) => name.startsWith('settings.corrupt-'))).toBe(true);
  });

  it('a symlink planted after the start is moved aside before the next write, not followed', () => {
    const dir = dataDir();
    const opened = openSettings(dir);
    const precious = join(root, `later-${n}.txt`);
    writeFileSync(precious, 'mine', { mode: 0o640 });
    chmodSync(precious, 0o640);
    const path = settingsFilePath(dir);
    rmSync(path);
    symlinkSync(precious, path);
    opened.store.set({ ...opened.store.get(), rememberAppKey: true });
    expect(readFileSync(precious, 'utf8')).toBe('mine');
    expect(statSync(precious).mode & 0o777).toBe(0o640);
    expect(lstatSync(path).isFile()).toBe(true);
  });

  it.each(['fifo', 'folder', '/dev/zero link'])('a %s: moved aside, defaults used, in under 5 s', (kind) => {
    const dir = dataDir();
    const path = settingsFilePath(dir);
    if (kind === 'fifo') execFileSync('mkfifo', [path]);
    if (kind === 'folder') mkdirSync(path);
    if (kind === '/dev/zero link') symlinkSync('/dev/zero', path);
    const start = performance.now();
    const opened = openSettings(dir);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(opened.notice).toBe('damaged');
    expect(opened.store.get()).toEqual(DEFAULT_SETTINGS);
    expect(lstatSync(path).isFile()).toBe(true);
  });
});

describe('the data folder', () => {
  it("the app's own folder is tightened to 0700 when an older version left it at 0755", () => {
    const dir = join(root, 'wide', 'Bot Login Wizard');
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    chmodSync(dir, 0o755);
    openSettings(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
