/**
 * The renderer is served from app://bundle/ (a privileged, standard, secure scheme) out of dist/renderer,
 * with a path-traversal check, the right MIME type and the Content-Security-Policy header.
 */
import { readFile, realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME } from './sender-check.js';
import { CONTENT_SECURITY_POLICY } from './window-options.js';
import { resolveBundleFile } from './bundle-path.js';

/**
 * Must run before the app is ready. standard + secure give app://bundle a real origin (so 'self' in the CSP and
 * module scripts work); supportFetchAPI is the combination known to load Vite's module bundle, while the CSP's
 * connect-src 'none' still stops the page from fetching anything; corsEnabled stays off (no cross-origin reads).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false },
    },
  ]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
} as const;

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS },
  });
}

export function serveBundle(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return notFound();
    const file = resolveBundleFile(rendererDir, request.url);
    if (!file) return notFound();
    try {
      // A symlink inside the bundle must not lead outside it either.
      const [root, real] = await Promise.all([realpath(rendererDir), realpath(file.path)]);
      if (!real.startsWith(root + sep)) return notFound();
      const body = await readFile(real);
      return new Response(body, { status: 200, headers: { 'Content-Type': file.mime, ...SECURITY_HEADERS } });
    } catch {
      return notFound();
    }
  });
}
