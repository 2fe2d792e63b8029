/**
 * The built renderer under the exact Content-Security-Policy the Electron app sends with every app:// page
 * (electron/main/window-options.ts), in Chromium (tests/chromium-launch.ts): the first screen renders and nothing is blocked.
 * Stands in for the Electron window where no Electron binary exists; window.wizard is a stub (as the preload
 * exposes it in the page's main world), because this is about the policy, not the engines.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/window-options.js';
import { BUNDLE_MIME_TYPES } from '../../electron/main/bundle-path.js';
import { chromiumLaunchOptions } from '../chromium-launch.js';

const RENDERER = resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');
test.use({
  browserName: 'chromium',
  viewport: { width: 900, height: 700 },
  launchOptions: chromiumLaunchOptions(),
});

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(RENDERER, path === '/' ? 'index.html' : path);
    const mime = BUNDLE_MIME_TYPES[extname(file)];
    if (!file.startsWith(RENDERER) || !mime) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'Content-Type': mime, 'Content-Security-Policy': CONTENT_SECURITY_POLICY }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

test('the first screen renders under the app CSP with no violations', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (globalThis as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    const settings = {
      version: 1,
      jurisdiction: null,
      certificate: null,
      uploadConfirmed: false,
      rememberAppKey: false,
      appKey: null,
      rememberUsername: false,
      username: null,
      lastTest: null,
    };
    const stub: Record<string, (input?: unknown) => Promise<unknown>> = {
      getAppInfo: () =>
        ok({
          version: '0.1.0',
          testEndpoint: null,
          defaultCertificateDir: '/home/me/betfair-certs',
          platform: 'linux',
          settingsNotice: null,
        }),
      getSettings: () => ok(settings),
      updateSettings: (patch) => ok({ ...settings, ...(patch as object) }),
      resetSettings: () => ok(settings),
      getGuardStatus: () =>
        ok({ state: 'ready', retryAt: null, attemptsLastMinute: 0, limitPerMinute: 5, wrongPasswordsInARow: 0 }),
      getSnippets: () => ok([]),
    };
    (globalThis as unknown as { wizard: unknown }).wizard = new Proxy(stub, {
      get: (target, name: string) => target[name] ?? (() => ok(null)),
    });
  });
  await page.goto(`${origin}/index.html`);
  await expect(page.getByRole('heading', { name: 'Which Betfair site do you use?' })).toBeVisible();
  // Move one step on, so more of the UI renders under the policy.
  const international = page.getByRole('radio').first();
  if (await international.count()) await international.check();
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => (globalThis as unknown as { __violations: string[] }).__violations);
  expect(violations).toEqual([]);
  expect(consoleErrors.filter((t) => /Content Security Policy|Refused to/i.test(t))).toEqual([]);
});
