/**
 * Node's `path.isAbsolute` for the platform this runs on (Windows rules on win32, POSIX elsewhere),
 * without importing Node: shared/ runs anywhere. Only the main process and the harness call it.
 */
function runningOnWindows(): boolean {
  const host = globalThis as { readonly process?: { readonly platform?: string } };
  return host.process?.platform === 'win32';
}

export function isAbsolutePath(path: string, windows = runningOnWindows()): boolean {
  if (!windows) return path.startsWith('/');
  return /^[\\/]/.test(path) || /^[A-Za-z]:[\\/]/.test(path);
}
