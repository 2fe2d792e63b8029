/**
 * Maps an app://bundle/... request to a file inside the renderer bundle, or refuses it.
 * Plain Node (no electron import) so the path-traversal check is unit-tested.
 */
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './sender-check.js';

/** Only these file types are served; anything else is a 404. */
export const BUNDLE_MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BundleFile {
  readonly path: string;
  readonly mime: string;
}

/** The file to serve for `requestUrl`, or null (wrong scheme/host, traversal, odd characters, unknown type). */
export function resolveBundleFile(rootDir: string, requestUrl: string): BundleFile | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.username || url.password || url.port)
    return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  const root = resolve(rootDir);
  const target = resolve(join(root, pathname));
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  const mime = BUNDLE_MIME_TYPES[extname(target).toLowerCase()];
  if (!mime) return null;
  return { path: target, mime };
}
