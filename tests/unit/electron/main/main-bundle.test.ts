/**
 * Electron cannot run on this machine, so the built main bundle (dist/main/main.cjs, as `npm run build` makes it)
 * runs here under plain Node against a recording fake of the `electron` module. This checks the wiring the real
 * Electron spec (tests/electron/app.spec.ts) checks end to end where a binary exists.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type RequestOptions, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WIZARD_METHODS } from '../../../../shared/api.js';
import { wizardChannel } from '../../../../shared/wizard-channel.js';
import { windowOptions, CONTENT_SECURITY_POLICY } from '../../../../electron/main/window-options.js';
import { SYSTEM_FILE } from '../../../os-paths.js';
import { buildBundle } from '../../../support/bundle-build.js';
import { tempDir } from '../../../support/temp-dir.js';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener): this {
    return this.on(event, fn);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
}

interface Recorded {
  readonly calls: string[];
  ready: boolean;
  userData: string;
}

function fakeElectron(rec: Recorded) {
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolveReady) => {
    markReady = resolveReady;
  });
  const windows: FakeWindow[] = [];
  class FakeWebContents extends Emitter {
    windowOpenHandler: Listener | null = null;
    setWindowOpenHandler(fn: Listener): void {
      this.windowOpenHandler = fn;
    }
  }
  class FakeWindow extends Emitter {
    readonly options: unknown;
    url = '';
    shown = 0;
    focused = 0;
    readonly webContents = new FakeWebContents();
    constructor(options: unknown) {
      super();
      this.options = options;
      windows.push(this);
      rec.calls.push('BrowserWindow');
    }
    static getAllWindows(): FakeWindow[] {
      return windows;
    }
    loadURL(url: string): Promise<void> {
      this.url = url;
      return Promise.resolve();
    }
    show(): void {
      this.shown += 1;
    }
    focus(): void {
      this.focused += 1;
    }
    restore(): void {}
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
  }
  const app = Object.assign(new Emitter(), {
    setPath: (name: string, value: string) => {
      rec.calls.push(`setPath:${name}`);
      if (name === 'userData') rec.userData = value;
    },
    getPath: (name: string) => (name === 'userData' ? rec.userData : '/nowhere'),
    getVersion: () => '0.1.0',
    getPreferredSystemLanguages: () => ['en-GB'],
    getLocale: () => 'en-GB',
    getName: () => 'Bot Login Wizard',
    /** Where electron-updater looks for dev-app-update.yml in an unpackaged app. */
    appPath: '/nowhere',
    getAppPath(): string {
      return this.appPath;
    },
    enableSandbox: () => rec.calls.push(`enableSandbox:ready=${rec.ready}`),
    requestSingleInstanceLock: () => true,
    quit: () => rec.calls.push('quit'),
    isReady: () => rec.ready,
    isPackaged: false,
    whenReady: () => readyPromise,
  });
  const fake = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registered: [] as unknown[],
      handler: null as ((req: Request) => Promise<Response>) | null,
      registerSchemesAsPrivileged(list: unknown[]) {
        rec.calls.push(`registerSchemesAsPrivileged:ready=${rec.ready}`);
        this.registered.push(...list);
      },
      handle(scheme: string, fn: (req: Request) => Promise<Response>) {
        rec.calls.push(`protocol.handle:${scheme}`);
        this.handler = fn;
      },
    },
    /** Electron's own updater: electron-updater emits 'before-quit-for-update' on it when it installs. */
    autoUpdater: new Emitter(),
    /** electron.net.request as electron-updater calls it, over Node's http (the update server is on 127.0.0.1). */
    net: {
      request: (options: RequestOptions & { session?: unknown; redirect?: string }) => {
        const { session: _session, redirect: _redirect, ...rest } = options;
        return httpRequest(rest);
      },
    },
    session: {
      fromPartition: () => ({}),
      defaultSession: {
        permissionRequest: null as Listener | null,
        permissionCheck: null as Listener | null,
        devicePermission: null as Listener | null,
        setPermissionRequestHandler(fn: Listener) {
          this.permissionRequest = fn;
        },
        setPermissionCheckHandler(fn: Listener) {
          this.permissionCheck = fn;
        },
        setDevicePermissionHandler(fn: Listener) {
          this.devicePermission = fn;
        },
      },
    },
    ipcMain: {
      handlers: new Map<string, Listener>(),
      listeners: new Map<string, Listener[]>(),
      handle(channel: string, fn: Listener) {
        this.handlers.set(channel, fn);
      },
      on(channel: string, fn: Listener) {
        this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), fn]);
        rec.calls.push(`ipcMain.on:${channel}`);
      },
      removeAllListeners(channel: string) {
        this.listeners.delete(channel);
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: unknown) => rec.calls.push(`setApplicationMenu:${JSON.stringify(menu)}`),
    },
    shell: {
      opened: [] as string[],
      revealed: [] as string[],
      openExternal(url: string) {
        this.opened.push(url);
        return Promise.resolve();
      },
      showItemInFolder(path: string) {
        this.revealed.push(path);
      },
      openedFiles: [] as string[],
      /** What shell.openPath answers: '' when a program opened the file, an error text otherwise. */
      openPathAnswer: '',
      openPath(path: string) {
        this.openedFiles.push(path);
        return Promise.resolve(this.openPathAnswer);
      },
    },
    dialog: {
      calls: [] as unknown[][],
      /** Set to keep the next folder dialog open until the test resolves it. */
      held: null as Promise<void> | null,
      async showOpenDialog(...args: unknown[]) {
        this.calls.push(args);
        if (this.held) await this.held;
        return { canceled: false, filePaths: ['/picked/folder'] };
      },
    },
    markReady: () => {
      rec.ready = true;
      markReady();
    },
    windows,
  };
  return fake;
}

type Fake = ReturnType<typeof fakeElectron>;

let fake: Fake;
let rec: Recorded;
let bundleDir: string;
let bundleFile: string;
let dataDir: string;

const fromApp = { senderFrame: { url: 'app://bundle/index.html' } };

async function invoke(channel: string, input: unknown, event: unknown = fromApp): Promise<unknown> {
  return invokeOn(fake, channel, input, event);
}

async function invokeOn(on: Fake, channel: string, input: unknown, event: unknown = fromApp): Promise<unknown> {
  const handler = on.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, input);
}

function servedRequest(url: string, method = 'GET'): Promise<Response> {
  if (!fake.protocol.handler) throw new Error('no protocol handler');
  return fake.protocol.handler(new Request(url, { method }));
}

beforeAll(async () => {
  const built = await buildBundle('main');
  bundleDir = built.dir;
  bundleFile = built.file;
  const renderer = join(bundleDir, 'dist', 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>t</title><h1>Where do you live?</h1>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(bundleDir, 'dist', 'secret.txt'), 'outside the bundle');
  symlinkSync(join(bundleDir, 'dist', 'secret.txt'), join(renderer, 'assets', 'link.txt'));

  dataDir = tempDir('main-bundle-data');
  rec = { calls: [], ready: false, userData: '/default/userData' };
  fake = fakeElectron(rec);
  (globalThis as unknown as { __fakeElectron?: unknown }).__fakeElectron = fake;
  const previous = process.env.BOTLOGIN_DATA_DIR;
  process.env.BOTLOGIN_DATA_DIR = dataDir;
  try {
    createRequire(import.meta.url)(built.file);
  } finally {
    if (previous === undefined) delete process.env.BOTLOGIN_DATA_DIR;
    else process.env.BOTLOGIN_DATA_DIR = previous;
  }
  fake.markReady();
  await new Promise((r) => setTimeout(r, 100));
}, 120_000);

afterAll(() => {
  delete (globalThis as unknown as { __fakeElectron?: unknown }).__fakeElectron;
});

/** Loads the main bundle afresh against `other` and lets it start; the caller puts `fake` back afterwards. */
async function startAgainWith(other: Fake): Promise<void> {
  const load = createRequire(bundleFile);
  const electronModule = load.resolve('electron');
  (globalThis as unknown as { __fakeElectron?: unknown }).__fakeElectron = other;
  delete load.cache[bundleFile];
  delete load.cache[electronModule];
  load(bundleFile);
  other.markReady();
  await new Promise((r) => setTimeout(r, 100));
}

describe('main bundle under a fake electron', () => {
  it('before ready: data folder from BOTLOGIN_DATA_DIR, sandbox for all renderers, the app:// scheme made privileged', () => {
    const beforeWindow = rec.calls.slice(0, rec.calls.indexOf('BrowserWindow'));
    expect(beforeWindow).toEqual(
      expect.arrayContaining([
        'setPath:userData',
        'enableSandbox:ready=false',
        'registerSchemesAsPrivileged:ready=false',
        'protocol.handle:app',
      ]),
    );
    expect(rec.userData).toBe(dataDir);
    expect(fake.protocol.registered).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false },
      },
    ]);
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(true);
  });

  it('opens one window with the hardened options and the built preload, on the app page, shown when ready', () => {
    expect(fake.windows).toHaveLength(1);
    const [win] = fake.windows;
    // The fake app is not packaged, so devTools are on here; installed builds get devTools: false.
    expect(win?.options).toEqual(windowOptions(join(bundleDir, 'dist', 'preload', 'preload.cjs'), { devTools: true }));
    expect(win?.url).toBe('app://bundle/index.html');
    expect(win?.shown).toBe(0);
    win?.emit('ready-to-show');
    expect(win?.shown).toBe(1);
  });

  it("after start-up the only ipcMain channels are those of shared/api.ts (electron-store's listener is gone)", () => {
    // electron-store did register its listener (so the removal is what this checks), and it is gone now.
    expect(rec.calls).toContain('ipcMain.on:electron-store-get-data');
    expect([...fake.ipcMain.listeners.keys()]).toEqual([]);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(WIZARD_METHODS.map((m) => wizardChannel(m)).sort());
  });

  it('binds every channel, and refuses callers that are not the app page', async () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(WIZARD_METHODS.map((m) => wizardChannel(m)).sort());
    for (const event of [
      { senderFrame: { url: 'https://evil.example/' } },
      { senderFrame: { url: 'file:///etc/passwd' } },
      { senderFrame: { url: 'about:blank' } },
      { senderFrame: null },
      {},
    ]) {
      for (const channel of WIZARD_METHODS.map((m) => wizardChannel(m))) {
        expect(await invoke(channel, undefined, event)).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
      }
    }
    expect(await invoke(wizardChannel('getAppInfo'), undefined)).toMatchObject({
      ok: true,
      value: { version: '0.1.0', settingsNotice: null, platform: process.platform },
    });
    expect(await invoke(wizardChannel('testLogin'), { password: 1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
  });

  it('opens only allow-listed links in the browser, and uses native dialogs', async () => {
    expect(await invoke(wizardChannel('openExternalLink'), { url: 'https://evil.example/' })).toMatchObject({
      error: { code: 'NOT_ALLOWED' },
    });
    expect(await invoke(wizardChannel('openSecurityPage'), { jurisdiction: 'au' })).toMatchObject({ ok: true });
    expect(fake.shell.opened).toEqual(['https://myaccount.betfair.com.au/accountdetails/mysecurity?showAPI=1']);
    expect(await invoke(wizardChannel('chooseFolder'), {})).toEqual({ ok: true, value: '/picked/folder' });
    const [args] = fake.dialog.calls;
    expect(args?.[0]).toBe(fake.windows[0]);
    expect(args?.[1]).toMatchObject({ properties: expect.arrayContaining(['openDirectory']) });
    expect(await invoke(wizardChannel('showInFolder'), { path: SYSTEM_FILE })).toMatchObject({
      error: { code: 'NOT_ALLOWED' },
    });
    expect(fake.shell.revealed).toEqual([]);
  });

  it('opens the renewal reminder with shell.openPath, and says so in plain words when no program opens it', async () => {
    expect(await invoke(wizardChannel('addRenewalReminder'), undefined)).toMatchObject({
      ok: false,
      error: { code: 'NEEDS_CERTIFICATE' },
    });
    const certDir = tempDir('main-bundle-certs');
    expect(await invoke(wizardChannel('generateCertificate'), { dir: certDir })).toMatchObject({ ok: true });
    const ics = join(certDir, 'betfair-certificate-renewal.ics');
    expect(await invoke(wizardChannel('addRenewalReminder'), undefined)).toEqual({
      ok: true,
      value: { path: ics, late: false },
    });
    expect(fake.shell.openedFiles).toEqual([ics]);
    fake.shell.openPathAnswer = 'No application is associated with the specified file';
    const failed = await invoke(wizardChannel('addRenewalReminder'), undefined);
    expect(failed).toMatchObject({ ok: false, error: { code: 'NOT_OPENED' } });
    expect(JSON.stringify(failed)).toContain(ics);
    expect(JSON.stringify(failed)).not.toContain('No application is associated');
    fake.shell.openPathAnswer = '';
  }, 30_000);

  it('serves the renderer bundle with its type and the CSP, and nothing outside it', async () => {
    const page = await servedRequest('app://bundle/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('Where do you live?');
    const script = await servedRequest('app://bundle/assets/app.js');
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    for (const url of [
      'app://bundle/..%2fsecret.txt',
      'app://bundle/%2e%2e%2fsecret.txt',
      'app://bundle/assets/link.txt',
      'app://bundle/missing.js',
      'app://other/index.html',
    ]) {
      const res = await servedRequest(url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('outside the bundle');
    }
    expect((await servedRequest('app://bundle/index.html', 'POST')).status).toBe(404);
  });

  it('guards every web contents: no navigation away, no new windows, no webviews', () => {
    const contents = new (class extends Emitter {
      handler: Listener | null = null;
      setWindowOpenHandler(fn: Listener): void {
        this.handler = fn;
      }
    })();
    fake.app.emit('web-contents-created', {}, contents);
    const navigate = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('https://myaccount.betfair.com/')).toBe(true);
    expect(navigate('app://bundle/index.html#/done')).toBe(false);
    let redirected = false;
    contents.emit('will-redirect', { preventDefault: () => (redirected = true) }, 'https://evil.example/');
    expect(redirected).toBe(true);
    let webview = false;
    contents.emit('will-attach-webview', { preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
    expect(contents.handler?.({ url: 'https://www.betfair.com/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check, except clipboard writing from the app page', () => {
    const s = fake.session.defaultSession;
    const answers: unknown[] = [];
    const app = { requestingUrl: 'app://bundle/index.html' };
    s.permissionRequest?.({}, 'media', (granted: boolean) => answers.push(granted), app);
    s.permissionRequest?.({}, 'notifications', (granted: boolean) => answers.push(granted), app);
    s.permissionRequest?.({}, 'clipboard-read', (granted: boolean) => answers.push(granted), app);
    s.permissionRequest?.({}, 'openExternal', (granted: boolean) => answers.push(granted), app);
    s.permissionRequest?.({}, 'clipboard-sanitized-write', (granted: boolean) => answers.push(granted), {
      requestingUrl: 'https://evil.example/',
    });
    s.permissionRequest?.({}, 'clipboard-sanitized-write', (granted: boolean) => answers.push(granted), app);
    expect(answers).toEqual([false, false, false, false, false, true]);
    expect(s.permissionCheck?.({}, 'clipboard-read', 'app://bundle', {})).toBe(false);
    expect(s.permissionCheck?.({}, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
    expect(s.permissionCheck?.({}, 'clipboard-sanitized-write', 'app://bundle', {})).toBe(true);
    expect(s.devicePermission?.({})).toBe(false);
  });

  it('a second instance focuses the window; closing all windows quits (not on macOS)', () => {
    const [win] = fake.windows;
    fake.app.emit('second-instance');
    expect(win?.focused).toBe(1);
    expect(fake.windows).toHaveLength(1);
    fake.app.emit('window-all-closed');
    expect(rec.calls.includes('quit')).toBe(process.platform !== 'darwin');
  });

  it('installs a minimal menu with edit commands (copy/paste in fields)', () => {
    const menu = rec.calls.find((c) => c.startsWith('setApplicationMenu:'));
    expect(menu).toContain('"role":"editMenu"');
    expect(menu).not.toContain('toggleDevTools');
  });

  it('an installed (packaged) app ignores BOTLOGIN_SSO_ORIGIN and BOTLOGIN_SSO_CA entirely; an unpackaged one says "test endpoint"', async () => {
    process.env.BOTLOGIN_SSO_ORIGIN = 'https://127.0.0.1:9';
    process.env.BOTLOGIN_SSO_CA = '/test/ca.pem';
    const packaged = fakeElectron({ calls: [], ready: false, userData: '/default/userData' });
    packaged.app.isPackaged = true;
    try {
      expect(await invoke(wizardChannel('getAppInfo'), undefined)).toMatchObject({
        ok: true,
        value: { testEndpoint: { origin: 'https://127.0.0.1:9' } },
      });
      await startAgainWith(packaged);
      const info = packaged.ipcMain.handlers.get(wizardChannel('getAppInfo'));
      expect(await info?.(fromApp, undefined)).toMatchObject({ ok: true, value: { testEndpoint: null } });
    } finally {
      delete process.env.BOTLOGIN_SSO_ORIGIN;
      delete process.env.BOTLOGIN_SSO_CA;
      (globalThis as unknown as { __fakeElectron?: unknown }).__fakeElectron = fake;
    }
  });

  it("--smoke-test (CI's first run of the packaged app): says the window was shown, then quits", async () => {
    const smokeRec: Recorded = { calls: [], ready: false, userData: tempDir('smoke-data') };
    const smoke = fakeElectron(smokeRec);
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    process.argv.push('--smoke-test');
    try {
      await startAgainWith(smoke);
      expect(smoke.windows).toHaveLength(1);
      expect(smokeRec.calls).not.toContain('quit');
      smoke.windows[0]?.emit('ready-to-show');
      await new Promise((r) => setImmediate(r));
      expect(written.join('')).toContain('smoke test: the window was shown');
      expect(smokeRec.calls).toContain('quit');
    } finally {
      process.argv.pop();
      write.mockRestore();
      (globalThis as unknown as { __fakeElectron?: unknown }).__fakeElectron = fake;
    }
  });
});

// The AppImage flow is Linux's: Windows (NSIS) and macOS (Squirrel.Mac) install through the real app's own parts.
describe.skipIf(process.platform !== 'linux')(
  'updates: electron-updater in the main bundle against a local update server (Linux AppImage flow)',
  () => {
    const NEW_APPIMAGE = Buffer.from('#!/bin/sh\nexit 0\n');
    const sha512 = (data: Buffer): string => createHash('sha512').update(data).digest('base64');
    let answer: 'same' | 'newer' | 'bad-checksum' | 'down' = 'same';
    let server: Server;
    let updates: Fake;
    let updatesRec: Recorded;
    let appImage = '';
    const saved = { ...process.env };

    function metadata(version: string, digest: string): string {
      const file = `bot-login-wizard-${version}-x86_64.AppImage`;
      return [
        `version: ${version}`,
        'files:',
        `  - url: ${file}`,
        `    sha512: ${digest}`,
        `    size: ${NEW_APPIMAGE.length}`,
        `path: ${file}`,
        `sha512: ${digest}`,
        "releaseDate: '2026-12-01T00:00:00.000Z'",
        '',
      ].join('\n');
    }

    const status = async (): Promise<unknown> => invokeOn(updates, wizardChannel('getUpdateStatus'), undefined);
    const checkNow = async (): Promise<unknown> => invokeOn(updates, wizardChannel('checkForUpdates'), undefined);

    beforeAll(async () => {
      server = createServer((req, res) => {
        if (answer === 'down') return req.socket.destroy();
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        if (path.endsWith('.yml')) {
          const version = answer === 'same' ? '0.1.0' : '9.9.9';
          const digest = answer === 'bad-checksum' ? sha512(Buffer.from('something else')) : sha512(NEW_APPIMAGE);
          res.writeHead(200, { 'content-type': 'text/yaml' }).end(metadata(version, digest));
          return;
        }
        if (path.endsWith('.AppImage')) {
          res.writeHead(200, { 'content-length': NEW_APPIMAGE.length }).end(NEW_APPIMAGE);
          return;
        }
        res.writeHead(404).end();
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const { port } = server.address() as AddressInfo;
      const work = tempDir('updates');
      appImage = join(work, 'Bot-Login-Wizard.AppImage');
      writeFileSync(appImage, 'the running version', { mode: 0o755 });
      writeFileSync(
        join(work, 'dev-app-update.yml'),
        `provider: generic\nurl: http://127.0.0.1:${port}\nupdaterCacheDirName: botlogin-test-updater\n`,
      );
      process.env.BOTLOGIN_UPDATE_FEED = `http://127.0.0.1:${port}`;
      process.env.APPIMAGE = appImage;
      process.env.XDG_CACHE_HOME = join(work, 'cache');
      updatesRec = { calls: [], ready: false, userData: join(work, 'data') };
      updates = fakeElectron(updatesRec);
      updates.app.appPath = work;
      try {
        await startAgainWith(updates);
      } finally {
        (globalThis as unknown as { __fakeElectron?: unknown }).__fakeElectron = fake;
      }
    }, 60_000);

    afterAll(async () => {
      for (const name of ['BOTLOGIN_UPDATE_FEED', 'APPIMAGE', 'XDG_CACHE_HOME']) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
      await new Promise((r) => server.close(r));
    });

    it('checks after the first paint; the same version: nothing to do, the check is remembered', async () => {
      expect(await status()).toMatchObject({ ok: true, value: { kind: 'idle', lastCheck: null } });
      updates.windows[0]?.emit('ready-to-show');
      const after = (await checkNow()) as { value: { kind: string; lastCheck: string } };
      expect(after).toMatchObject({ ok: true, value: { kind: 'idle' } });
      expect(Date.parse(after.value.lastCheck)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('GitHub unreachable: silent, the status stays as it was', async () => {
      const before = await status();
      answer = 'down';
      expect(await checkNow()).toEqual(before);
      expect(await status()).toEqual(before);
    });

    it('a download whose checksum does not match is refused', async () => {
      answer = 'bad-checksum';
      expect(await checkNow()).toMatchObject({
        ok: true,
        value: { kind: 'refused', version: '9.9.9', reason: 'checksum' },
      });
      expect(await invokeOn(updates, wizardChannel('restartToUpdate'), undefined)).toMatchObject({
        ok: false,
        error: { code: 'NO_UPDATE_READY' },
      });
    });

    it('a newer version is downloaded in the background and is then ready', async () => {
      answer = 'newer';
      expect(await checkNow()).toEqual({ ok: true, value: { kind: 'ready', version: '9.9.9' } });
    });

    it('"Restart now" waits while something is under way (a dialog open), then installs and quits', async () => {
      let close: () => void = () => undefined;
      updates.dialog.held = new Promise((r) => {
        close = r;
      });
      const dialog = invokeOn(updates, wizardChannel('chooseFolder'), {});
      expect(await invokeOn(updates, wizardChannel('restartToUpdate'), undefined)).toMatchObject({
        ok: false,
        error: { code: 'UPDATE_BUSY' },
      });
      expect(updatesRec.calls).not.toContain('quit');
      close();
      await dialog;
      expect(await invokeOn(updates, wizardChannel('restartToUpdate'), undefined)).toEqual({ ok: true, value: null });
      await new Promise((r) => setImmediate(r));
      expect(updatesRec.calls).toContain('quit');
      expect(readFileSync(appImage)).toEqual(NEW_APPIMAGE);
    });
  },
);
