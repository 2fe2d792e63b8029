/**
 * The browser harness (development and tests only, never shipped): serves the built renderer on
 * 127.0.0.1 and binds the app's own handler table over loopback HTTP as `window.wizard`.
 *
 * Every call must carry the per-run token, a Host header naming 127.0.0.1:PORT (no DNS rebinding), no
 * foreign Origin, and a JSON body (no simple cross-site form). The token is only in the address the
 * harness prints (as a #fragment, never sent to the server): no response holds it, so another local
 * program that asks GET / learns nothing. Every response says X-Frame-Options: DENY (no framing).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { START_METHODS, WIZARD_METHODS, type WizardMethod } from '../../shared/api.js';
import { fail, type Result } from '../../shared/result.js';
import type { Env } from '../../electron/core/data-dir.js';
import { createHandlers } from '../../electron/core/handlers/index.js';
import { openSettings } from '../../electron/core/settings/index.js';
import { startFakeSso, type FakeSso } from '../fixtures/fake-sso/server.js';
import { FAKE_ACCOUNT } from './fake-account.js';
import { createFakePlatform, type OpenedRecord } from './fake-platform.js';
import { BRIDGE_SOURCE_PATH, DEFAULT_RENDERER_DIR, DIST_DIR, PACKAGE_JSON_PATH } from './paths.js';
import { locateOneFileCli } from '../../electron/core/kit/index.js';
import { injectBridge, readStaticFile } from './static-files.js';
import { registerRememberedCertificate, registeringHandlers, type LooseHandlerTable } from './sso-registration.js';

export type { OpenedRecord } from './fake-platform.js';
export { DEFAULT_RENDERER_DIR } from './paths.js';

/**
 * Serves the renderer in place of the built files (`npm run dev`: Vite with hot reload). Made once the
 * harness's HTTP server exists (before it listens), so a hot-reload socket can share its port.
 */
export interface DevRenderer {
  /** The page for `url`, before the bridge is injected. */
  indexHtml(url: string): Promise<string>;
  /** Anything else the page loads; `notFound` answers what it does not know. */
  handle(req: IncomingMessage, res: ServerResponse, notFound: () => void): void;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** 0 (default) picks a free port; else BOTLOGIN_HARNESS_PORT from env. */
  readonly port?: number;
  /** The environment the handlers see (BOTLOGIN_DATA_DIR, BOTLOGIN_CERT_DIR, BOTLOGIN_SSO_ORIGIN, BOTLOGIN_SSO_CA, BOTLOGIN_HARNESS_PICK). */
  readonly env: Env;
  /** Start the fake identitysso and point the handlers at it. */
  readonly fakeSso?: boolean;
  /** With fakeSso: Betfair's one certificate per account (an upload replaces the old one; FakeSsoOptions). */
  readonly oneCertificate?: boolean;
  /** With fakeSso: false leaves BOTLOGIN_SSO_CA unset, so its certificate is not trusted (a test of that fault). */
  readonly trustFakeSsoCa?: boolean;
  readonly log?: (line: string) => void;
  /** The built renderer; default dist/renderer of this repository. */
  readonly rendererDir?: string;
  /**
   * false: the bridge does not ask the window's first questions early (START_METHODS). For the bench's reference page,
   * which asks nothing, so it does not pay for the wizard's head start.
   */
  readonly headStart?: boolean;
  /** Serve the renderer from source instead (npm run dev); rendererDir is then unused. */
  readonly devRenderer?: (server: Server) => Promise<DevRenderer>;
}

export interface Harness {
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  readonly dataDir: string;
  readonly certDir: string;
  /** The environment the handlers were given (with the fake identitysso's origin/CA when started). */
  readonly env: Env;
  readonly sso: FakeSso | null;
  opened(): readonly OpenedRecord[];
  /** What the next "Choose certificate files…" answers (tests; same as POST /__harness/pick). */
  setPick(paths: readonly string[]): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

function packageVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(PACKAGE_JSON_PATH, 'utf8'));
    if (typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string')
      return pkg.version;
  } catch {
    // fall through
  }
  return '0.0.0';
}

function isWizardMethod(name: string): name is WizardMethod {
  return (WIZARD_METHODS as readonly string[]).includes(name);
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

function parseJsonObject(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function portFrom(opts: HarnessOptions): number {
  if (opts.port !== undefined) return opts.port;
  const fromEnv = Number(opts.env.BOTLOGIN_HARNESS_PORT ?? '');
  return Number.isInteger(fromEnv) && fromEnv > 0 && fromEnv < 65536 ? fromEnv : 0;
}

function oneFileCliFor(override: string | undefined): string | null {
  const given = override?.trim();
  if (given === 'none') return null;
  return given || locateOneFileCli({ distDir: DIST_DIR });
}

export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const log = opts.log ?? (() => undefined);
  const rendererDir = opts.rendererDir ?? DEFAULT_RENDERER_DIR;
  const token = randomBytes(24).toString('hex');
  const bridgeSource = readFileSync(BRIDGE_SOURCE_PATH, 'utf8')
    .replace('/*__METHODS__*/ []', JSON.stringify(WIZARD_METHODS))
    .replace('/*__START_METHODS__*/ []', JSON.stringify(opts.headStart === false ? [] : START_METHODS));

  const dataDir = opts.env.BOTLOGIN_DATA_DIR?.trim() || mkdtempSync(join(tmpdir(), 'botlogin-harness-data-'));
  const certDir = opts.env.BOTLOGIN_CERT_DIR?.trim() || mkdtempSync(join(tmpdir(), 'botlogin-harness-certs-'));

  let sso: FakeSso | null = null;
  let ownDir: string | null = null;
  let ssoEnv: Env = {};
  if (opts.fakeSso) {
    sso = await startFakeSso({ oneCertificate: opts.oneCertificate === true });
    sso.addAccount(FAKE_ACCOUNT.username, FAKE_ACCOUNT.password, {
      delayed: FAKE_ACCOUNT.delayedAppKey,
      live: FAKE_ACCOUNT.appKey,
      liveActive: true,
    });
    sso.addAccount(FAKE_ACCOUNT.applicantUsername, FAKE_ACCOUNT.password, {
      appName: 'Applicant bot',
      delayed: FAKE_ACCOUNT.applicantDelayedKey,
      live: FAKE_ACCOUNT.applicantLiveKey,
      liveActive: false,
    });
    sso.addAccount(FAKE_ACCOUNT.noKeysUsername, FAKE_ACCOUNT.password, null);
    // The harness keeps its own copy of the test CA, so it stays readable if a test stops the fake
    // server (a refused connection must read as one, not as a broken BOTLOGIN_SSO_CA).
    ownDir = mkdtempSync(join(tmpdir(), 'botlogin-harness-own-'));
    const caPath = join(ownDir, 'fake-sso-ca.pem');
    writeFileSync(caPath, sso.caPem);
    ssoEnv = {
      BOTLOGIN_SSO_ORIGIN: sso.origin,
      BOTLOGIN_SSO_CA: opts.trustFakeSsoCa === false ? undefined : caPath,
      // The fake's Exchange Stream API: the test step's stream check goes there, never to Betfair.
      BOTLOGIN_STREAM_ORIGIN: sso.streamHostPort,
    };
    log(`fake-sso: listening at ${sso.origin}`);
  }
  const env: Env = { ...opts.env, BOTLOGIN_DATA_DIR: dataDir, BOTLOGIN_CERT_DIR: certDir, ...ssoEnv };

  const platform = createFakePlatform({ certDir, pick: env.BOTLOGIN_HARNESS_PICK });
  const { store, notice } = openSettings(dataDir);
  const baseHandlers: LooseHandlerTable = createHandlers({
    platform,
    settings: store,
    env,
    dataDir,
    appVersion: packageVersion(),
    settingsNotice: notice,
    // BOTLOGIN_HARNESS_ONE_FILE_CLI: a test's stand-in for dist/bot-login.cjs ("none": as if it were not built).
    oneFileCli: oneFileCliFor(env.BOTLOGIN_HARNESS_ONE_FILE_CLI),
  });
  let handlers = baseHandlers;
  if (sso) {
    handlers = registeringHandlers(baseHandlers, sso, log);
    await registerRememberedCertificate(store.get(), sso, log);
  }

  let port = 0;
  const expectedHost = (): string => `127.0.0.1:${port}`;

  async function callMethod(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (!isWizardMethod(method)) {
      sendJson(res, 404, fail('HARNESS_UNKNOWN_METHOD', 'The app does not know that request.'));
      return;
    }
    const body = parseJsonObject(await readBody(req));
    if (!body) {
      sendJson(res, 400, fail('HARNESS_BAD_REQUEST', 'The request could not be read.'));
      return;
    }
    let result: Result<unknown>;
    try {
      result = await handlers[method](body.input);
    } catch {
      result = fail('INTERNAL_ERROR', 'Something went wrong inside the app. Please try again.');
    }
    log(`${method} -> ${result.ok ? 'ok' : result.error.code}`);
    sendJson(res, 200, result);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${expectedHost()}`);
    if (req.headers.host !== expectedHost()) {
      log(`refused: Host ${String(req.headers.host)} for ${url.pathname}`);
      send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: wrong Host header.');
      return;
    }
    const method = req.method ?? 'GET';
    const isPost = method === 'POST';

    if (isPost) {
      const from = req.headers.origin;
      if (from !== undefined && from !== `http://${expectedHost()}`) {
        log(`refused: Origin ${from} for ${url.pathname}`);
        sendJson(res, 403, fail('HARNESS_FORBIDDEN', 'This page may not talk to the app.'));
        return;
      }
      if (req.headers['x-harness-token'] !== token) {
        log(`refused: bad token for ${url.pathname}`);
        sendJson(res, 403, fail('HARNESS_FORBIDDEN', 'This page may not talk to the app.'));
        return;
      }
      const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') {
        sendJson(res, 415, fail('HARNESS_BAD_REQUEST', 'The request must be JSON.'));
        return;
      }
      if (url.pathname.startsWith('/__wizard/')) {
        await callMethod(req, res, url.pathname.slice('/__wizard/'.length));
        return;
      }
      if (url.pathname === '/__harness/pick') {
        const body = parseJsonObject(await readBody(req));
        const paths = body?.paths;
        if (!Array.isArray(paths) || !paths.every((p): p is string => typeof p === 'string')) {
          sendJson(res, 400, fail('HARNESS_BAD_REQUEST', 'Send { "paths": ["..."] }.'));
          return;
        }
        platform.setPick(paths);
        log(`pick: ${paths.length} file(s)`);
        sendJson(res, 200, { ok: true, value: paths });
        return;
      }
      sendJson(res, 404, fail('HARNESS_NOT_FOUND', 'Not found.'));
      return;
    }

    if (method !== 'GET' && method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
      return;
    }
    if (url.pathname === '/__harness/bridge.js') {
      send(res, 200, 'text/javascript; charset=utf-8', bridgeSource);
      return;
    }
    // The harness's own records (paths of key files shown, links opened) are for the test, which has the token;
    // bridge.js is the public script the page loads with a <script> tag (no header possible) and holds no secret.
    if (url.pathname.startsWith('/__harness/') && url.pathname !== '/__harness/bridge.js') {
      if (req.headers['x-harness-token'] !== token) {
        log(`refused: bad token for ${url.pathname}`);
        sendJson(res, 403, fail('HARNESS_FORBIDDEN', 'This page may not talk to the app.'));
        return;
      }
    }
    if (url.pathname === '/__harness/opened') {
      sendJson(
        res,
        200,
        platform.opened().flatMap((r) => (r.kind === 'url' ? [r.url] : [])),
      );
      return;
    }
    if (url.pathname === '/__harness/revealed') {
      sendJson(
        res,
        200,
        platform.opened().flatMap((r) => (r.kind === 'reveal' ? [r.path] : [])),
      );
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'no-store', 'X-Frame-Options': 'DENY' });
      res.end();
      return;
    }
    if (dev && (url.pathname === '/' || url.pathname === '/index.html')) {
      send(res, 200, 'text/html; charset=utf-8', injectBridge(await dev.indexHtml(url.pathname)));
      return;
    }
    if (dev) {
      res.setHeader('X-Frame-Options', 'DENY');
      dev.handle(req, res, () => send(res, 404, 'text/plain; charset=utf-8', 'Not found.'));
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const index = await readStaticFile(rendererDir, '/index.html');
      if (!index) {
        send(res, 500, 'text/plain; charset=utf-8', `No built renderer in ${rendererDir}: run "npx vite build" first.`);
        return;
      }
      send(res, 200, index.contentType, injectBridge(index.body.toString('utf8')));
      return;
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
      return;
    }
    send(res, 200, file.contentType, file.body);
  }

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Harness error.');
      else res.end();
    });
  });
  let dev: DevRenderer | null = null;
  try {
    if (opts.devRenderer) dev = await opts.devRenderer(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(portFrom(opts), '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    if (dev) await dev.close().catch(() => undefined);
    if (sso) await sso.close().catch(() => undefined);
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  log(
    `harness: serving ${dev ? 'renderer/ (Vite, hot reload)' : rendererDir} at ${origin}/ (data ${dataDir}, certificates ${certDir})`,
  );

  let closed = false;
  return {
    url: `${origin}/#t=${token}`,
    origin,
    port,
    token,
    dataDir,
    certDir,
    env,
    sso,
    opened: () => platform.opened(),
    setPick: (paths) => platform.setPick(paths),
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (dev) await dev.close().catch(() => undefined);
      if (sso) await sso.close().catch(() => undefined);
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}
