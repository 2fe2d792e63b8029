/**
 * shared's isAbsolutePath agrees with Node's path.isAbsolute, for POSIX and for Windows rules, except that network
 * and device paths (UNC, \\?\, \\.\) are refused on every platform: on Windows only a local drive counts.
 */
import { posix, win32 } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAbsolutePath, isRemoteOrDevicePath } from '../../../shared/absolute-path.js';
import { chooseFolderInput, inspectInput, showInFolderInput } from '../../../shared/wizard-inputs.js';

const samples = ['/', '/etc/passwd', 'relative/x', '', '.', '..\\x', 'C:\\x', 'c:/x', 'C:x', '1:\\x', '~/x'];

const REMOTE_OR_DEVICE = [
  '\\\\server\\share',
  '\\\\server\\share\\betfair-certs\\client-2048.crt',
  '//server/share/x.crt',
  '\\/server/share',
  '/\\server\\share',
  '\\\\?\\C:\\certs\\x.crt',
  '\\\\?\\UNC\\server\\share\\x.crt',
  '\\\\.\\pipe\\evil',
  '\\\\.\\C:\\x',
  '\\??\\C:\\x',
  '//?/C:/x',
];

describe('isAbsolutePath', () => {
  it.each(samples)('%j as Node says on POSIX, and on Windows when it names a drive', (path) => {
    expect(isAbsolutePath(path, false)).toBe(posix.isAbsolute(path));
    expect(isAbsolutePath(path, true)).toBe(win32.isAbsolute(path) && /^[A-Za-z]:/.test(path));
  });

  it.each(REMOTE_OR_DEVICE)('refuses the network or device path %j on Windows and elsewhere', (path) => {
    expect(isRemoteOrDevicePath(path)).toBe(true);
    expect(isAbsolutePath(path, true)).toBe(false);
    expect(isAbsolutePath(path, false)).toBe(false);
  });

  it('on Windows only a path on a drive is absolute (a rooted path without a drive is not)', () => {
    expect(isAbsolutePath('C:\\Users\\me\\betfair-certs', true)).toBe(true);
    expect(isAbsolutePath('d:/certs/x.crt', true)).toBe(true);
    expect(isAbsolutePath('\\Users\\me', true)).toBe(false);
  });
});

describe('the IPC schemas', () => {
  const realPlatform = process.platform;
  afterEach(() => Object.defineProperty(process, 'platform', { value: realPlatform }));

  it.each(['win32', 'linux', 'darwin'])('refuse UNC and device paths when running on %s', (platform) => {
    Object.defineProperty(process, 'platform', { value: platform });
    for (const path of REMOTE_OR_DEVICE) {
      expect(showInFolderInput.safeParse({ path }).success, path).toBe(false);
      expect(inspectInput.safeParse({ paths: [path] }).success, path).toBe(false);
      expect(chooseFolderInput.safeParse({ defaultPath: path }).success, path).toBe(false);
    }
    const local = platform === 'win32' ? 'C:\\Users\\me\\betfair-certs\\client-2048.crt' : '/home/me/client-2048.crt';
    expect(showInFolderInput.safeParse({ path: local }).success).toBe(true);
    expect(inspectInput.safeParse({ paths: [local] }).success).toBe(true);
    expect(chooseFolderInput.safeParse({ defaultPath: local }).success).toBe(true);
  });
});
