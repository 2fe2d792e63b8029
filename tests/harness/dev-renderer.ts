/**
 * `npm run dev`: the renderer served from source by Vite (hot reload) inside the harness, so the page
 * still talks to the real handler table over loopback HTTP. Vite's hot-reload socket shares the
 * harness's port. Development only: the page's CSP is loosened here (Vite injects styles and React
 * Refresh an inline script); the built page keeps the strict one.
 */
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import type { DevRenderer } from './server.js';

const CONFIG_FILE = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

/** The dev page's CSP: inline styles and scripts (Vite's and React Refresh's); the socket is 'self'. */
function devCsp(): Plugin {
  return {
    name: 'botlogin-dev-csp',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

export function devRenderer(server: Server): Promise<DevRenderer> {
  return createServer({
    configFile: CONFIG_FILE,
    mode: 'development',
    appType: 'custom',
    logLevel: 'warn',
    plugins: [react(), devCsp()],
    server: { middlewareMode: true, hmr: { server } },
  }).then((vite) => ({
    indexHtml: async (url) =>
      vite.transformIndexHtml(url, await readFile(join(vite.config.root, 'index.html'), 'utf8')),
    handle: (req, res, notFound) => vite.middlewares(req, res, notFound),
    close: () => vite.close(),
  }));
}
