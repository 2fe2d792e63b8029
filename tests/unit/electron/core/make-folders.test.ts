import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensurePrivateDataDir, ensurePrivateDataDirSync } from '../../../../electron/core/data-dir.js';
import { makeFolders, makeFoldersSync } from '../../../../electron/core/make-folders.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'botlogin-folders-'));
const posixModes = process.platform !== 'win32';

describe('making folders one level at a time', () => {
  it('makes every missing level, and leaves an existing folder as it is', async () => {
    const root = temp();
    expect(await makeFolders(join(root, 'a', 'b', 'c'), 0o700)).toBe(join(root, 'a'));
    expect(makeFoldersSync(join(root, 'x', 'y'), 0o700)).toBe(join(root, 'x'));
    expect(statSync(join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(statSync(join(root, 'x', 'y')).isDirectory()).toBe(true);
    await expect(makeFolders(root, 0o700)).resolves.toBeUndefined(); // nothing made, as Node's recursive mkdir says
  });

  it.skipIf(!posixModes)('each new level is owner-only (POSIX modes)', async () => {
    const root = temp();
    await makeFolders(join(root, 'a', 'b'), 0o700);
    expect(statSync(join(root, 'a')).mode & 0o777).toBe(0o700);
    expect(statSync(join(root, 'a', 'b')).mode & 0o777).toBe(0o700);
  });

  it('a file in the way is "not a folder"', async () => {
    const root = temp();
    writeFileSync(join(root, 'file'), 'x');
    await expect(makeFolders(join(root, 'file', 'below'), 0o700)).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(() => makeFoldersSync(join(root, 'file'), 0o700)).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  // Where Node's mkdir({ recursive: true }) never returns (as root too): /proc says a child is missing but cannot hold one.
  it.skipIf(process.platform !== 'linux')(
    'ends with ENOENT for a folder under /proc (the data folder too)',
    async () => {
      const dir = '/proc/botlogin-not-here/x';
      await expect(makeFolders(dir, 0o700)).rejects.toMatchObject({ code: 'ENOENT' });
      await expect(ensurePrivateDataDir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
      expect(() => ensurePrivateDataDirSync(dir)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    },
  );
});
