/** Serving the built renderer (dist/renderer) read-only, with the bridge script injected into index.html. */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A file under `root` for a URL path, or null (missing, a folder, or outside root). */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(base, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
  if (full !== base && !full.startsWith(base + sep)) return null;
  try {
    const info = await stat(full);
    if (!info.isFile()) return null;
    return { body: await readFile(full), contentType: contentTypeFor(full) };
  } catch {
    return null;
  }
}

/**
 * index.html with the bridge loaded first (it holds no token: the bridge reads it from the page's address): before the page's first script (else before </head>), after its
 * CSP <meta>. It is a same-origin script, so `script-src 'self'` allows it. `defer` keeps it from blocking
 * the parser (it loads alongside the bundle) while still running before the module bundle, since deferred
 * and module scripts run in document order.
 */
export function injectBridge(indexHtml: string): string {
  const tag = '<script defer src="/__harness/bridge.js"></script>';
  let at = indexHtml.search(/<script/i);
  if (at < 0) at = indexHtml.search(/<\/head>/i);
  if (at < 0) return tag + indexHtml;
  return indexHtml.slice(0, at) + tag + '\n    ' + indexHtml.slice(at);
}
