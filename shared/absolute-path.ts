/**
 * Node's `path.isAbsolute` for the platform this runs on (Windows rules on win32, POSIX elsewhere),
 * without importing Node: shared/ runs anywhere. Only the main process and the harness call it.
 *
 * On Windows only a path on a local drive counts (`C:\...` or `C:/...`): a UNC path (`\\host\share`,
 * `//host/share`) would make Windows connect to that host and offer the user's NTLM credentials, and a device
 * path (`\\?\`, `\\.\`, `\??\`) reaches past the file system's checks. Those are refused on every platform
 * (isRemoteOrDevicePath), so the IPC schemas refuse them whatever OS runs the check.
 */
function runningOnWindows(): boolean {
  const host = globalThis as { readonly process?: { readonly platform?: string } };
  return host.process?.platform === 'win32';
}

/** `\\host\share`, `//host/share`, `\\?\C:\x`, `\\.\pipe\x`, `\??\C:\x`, `/\host`: a network or device path. */
export function isRemoteOrDevicePath(path: string): boolean {
  return /^[\\/]{2}/.test(path) || /^[\\/]\?\?[\\/]/.test(path);
}

export function isAbsolutePath(path: string, windows = runningOnWindows()): boolean {
  if (isRemoteOrDevicePath(path)) return false;
  if (!windows) return path.startsWith('/');
  return /^[A-Za-z]:[\\/]/.test(path);
}
