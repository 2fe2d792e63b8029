/**
 * Absolute paths in the running OS's own form, for tests whose paths cross the wizard's input schema (it takes only
 * paths absolute on the OS it runs on: a drive letter on Windows, path.win32's rules).
 */
import { win32 } from 'node:path';

const windows = process.platform === 'win32';

/** A system file no user picked: the app must never reveal or read it. */
export const SYSTEM_FILE = windows
  ? win32.join('C:\\', 'Windows', 'System32', 'drivers', 'etc', 'hosts')
  : '/etc/passwd';

/** Someone's certificate folder, which need not exist. */
export const SOMEONES_CERT_DIR = windows ? win32.join('C:\\', 'Users', 'me', 'certs') : '/home/me/certs';
