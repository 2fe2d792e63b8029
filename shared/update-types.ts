/**
 * What the app knows about its own updates (electron/core/updates), as codes and facts: the dashboard words them.
 * - unavailable: this copy does not update itself (`how`: 'download' for the deb, where the user downloads the next
 *   version; 'none' for a copy run from source or a build without an updater).
 * - idle: nothing new known (never checked, up to date, or the last check could not reach GitHub: offline is silent).
 * - checking / downloading: working in the background.
 * - ready: `version` is downloaded; it is installed when the app closes (or at "Restart now").
 * - refused: the download of `version` did not match its checksum or signature and was thrown away.
 */
export type UpdateStatus =
  | { readonly kind: 'unavailable'; readonly how: 'download' | 'none'; readonly downloadUrl: string | null }
  | { readonly kind: 'idle'; readonly lastCheck: string | null }
  | { readonly kind: 'checking' }
  | { readonly kind: 'downloading'; readonly version: string }
  | { readonly kind: 'ready'; readonly version: string }
  | { readonly kind: 'refused'; readonly version: string | null; readonly reason: 'checksum' | 'signature' };
