/** shared's isAbsolutePath agrees with Node's path.isAbsolute, for POSIX and for Windows rules. */
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAbsolutePath } from '../../../shared/absolute-path.js';

const samples = [
  '/',
  '/etc/passwd',
  'relative/x',
  '',
  '.',
  '..\\x',
  'C:\\x',
  'c:/x',
  'C:x',
  '\\\\server\\share',
  '\\x',
  '1:\\x',
  '~/x',
];

describe('isAbsolutePath', () => {
  it.each(samples)('%j as Node says on POSIX and on Windows', (path) => {
    expect(isAbsolutePath(path, false)).toBe(posix.isAbsolute(path));
    expect(isAbsolutePath(path, true)).toBe(win32.isAbsolute(path));
  });
});
