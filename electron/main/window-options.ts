/**
 * The main window's options and the renderer's Content-Security-Policy, as plain data so the
 * security settings are unit-tested without Electron. electron/main passes them to BrowserWindow.
 */
import { PRODUCT_NAME } from '../core/data-dir.js';

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const;

export const WINDOW_SIZE = { width: 1024, height: 760, minWidth: 800, minHeight: 600 } as const;

/** `devTools` only for unpackaged development runs; installed builds have none. */
export function windowOptions(preloadPath: string, opts: { readonly devTools?: boolean } = {}) {
  return {
    ...WINDOW_SIZE,
    title: PRODUCT_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...WEB_PREFERENCES, devTools: opts.devTools ?? false, preload: preloadPath },
  } as const;
}

/** Everything comes from the app's own bundle; no inline script, no remote anything, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
