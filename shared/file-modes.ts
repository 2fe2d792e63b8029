/**
 * Whether the OS has owner-only file modes (0600) for the key files. Windows has none: its files follow the folder's
 * access rules instead, so the app says that rather than promising 0600 there.
 */
export function hasOwnerOnlyFileModes(platform: string): boolean {
  return platform !== 'win32';
}
