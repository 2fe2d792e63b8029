/**
 * The harness's loopback HTTP binding: only this run's page may call the handler table.
 * Requests are made with node:http so the Host header can be forged like a DNS-rebinding page would.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIZARD_METHODS } from '../../../shared/api.js';
import { startHarness, type Harness } from '../../harness/server.js';

interface Reply {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

function call(
  harness: Harness,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: harness.port,
        path,
        method: opts.method ?? 'GET',
        headers: { Host: `127.0.0.1:${harness.port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

function post(harness: Harness, method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return call(harness, `/__wizard/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Harness-Token': harness.token, ...headers },
    body: JSON.stringify({ input }),
  });
}

describe('the harness server', () => {
  let harness: Harness;
  const root = mkdtempSync(join(tmpdir(), 'harness-server-'));
  const rendererDir = join(root, 'renderer');

  beforeAll(async () => {
    mkdirSync(rendererDir);
    writeFileSync(
      join(rendererDir, 'index.html'),
      '<html><head><script type="module" src="./a.js"></script></head><body></body></html>',
    );
    writeFileSync(join(rendererDir, 'a.js'), 'export {}');
    harness = await startHarness({
      port: 0,
      env: { BOTLOGIN_DATA_DIR: join(root, 'data'), BOTLOGIN_CERT_DIR: join(root, 'certs') },
      rendererDir,
    });
  });
  afterAll(async () => harness.close());

  it('serves index.html with the bridge and the bridge with every method, but hands the token to no one who asks', async () => {
    const index = await call(harness, '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<script defer src="/__harness/bridge.js"></script>');
    const bridge = await call(harness, '/__harness/bridge.js');
    for (const method of WIZARD_METHODS) expect(bridge.body).toContain(`"${method}"`);
    expect((await call(harness, '/a.js')).status).toBe(200);
    for (const path of [
      '/',
      '/index.html',
      '/__harness/bridge.js',
      '/a.js',
      '/__harness/opened',
      '/__harness/revealed',
      '/nope',
    ]) {
      const reply = await call(harness, path);
      expect(reply.body, path).not.toContain(harness.token);
      expect(JSON.stringify(reply.headers), path).not.toContain(harness.token);
    }
    // Only the printed address carries it, as a fragment (browsers never send that part).
    expect(harness.url).toBe(`${harness.origin}/#t=${harness.token}`);
  });

  it('forbids framing of everything it serves (X-Frame-Options: DENY)', async () => {
    for (const path of ['/', '/a.js', '/__harness/bridge.js', '/favicon.ico', '/nope']) {
      expect((await call(harness, path)).headers['x-frame-options'], path).toBe('DENY');
    }
    expect((await post(harness, 'getSettings', undefined)).headers['x-frame-options']).toBe('DENY');
    expect((await call(harness, '/', { headers: { Host: 'evil.example' } })).headers['x-frame-options']).toBe('DENY');
  });

  it("answers a call with the handler table's Result", async () => {
    const reply = await post(harness, 'getSettings', undefined);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { version: 1, jurisdiction: null } });
    const bad = JSON.parse((await post(harness, 'updateSettings', { jurisdiction: 'atlantis' })).body) as {
      ok: boolean;
      error?: { message: string };
    };
    expect(bad.ok).toBe(false);
    expect(bad.error?.message).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('refuses a call without the token, with a wrong Host or Origin, without JSON, or to an unknown method', async () => {
    expect((await post(harness, 'getSettings', undefined, { 'X-Harness-Token': 'nope' })).status).toBe(403);
    expect((await post(harness, 'getSettings', undefined, { Host: `attacker.example:${harness.port}` })).status).toBe(
      403,
    );
    expect((await call(harness, '/', { headers: { Host: 'localhost.attacker.example' } })).status).toBe(403);
    expect((await post(harness, 'getSettings', undefined, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(harness, 'getSettings', undefined, { Origin: `http://127.0.0.1:${harness.port}` })).status).toBe(
      200,
    );
    expect((await post(harness, 'getSettings', undefined, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post(harness, 'constructor', undefined)).status).toBe(404);
    const notJson = await call(harness, '/__wizard/getSettings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Harness-Token': harness.token },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
  });

  it('records what would have been opened and lets a test answer the file picker', async () => {
    const reply = await post(harness, 'openSecurityPage', { jurisdiction: 'se' });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
    // Its records need the token, like every /__harness/ route but the page's own script.
    for (const path of ['/__harness/opened', '/__harness/revealed', '/__harness/pick', '/__harness/nope']) {
      expect((await call(harness, path)).status, path).toBe(403);
      expect((await call(harness, path, { headers: { 'X-Harness-Token': 'nope' } })).status, path).toBe(403);
    }
    const withToken = { headers: { 'X-Harness-Token': harness.token } };
    expect(JSON.parse((await call(harness, '/__harness/revealed', withToken)).body)).toEqual([]);
    expect(JSON.parse((await call(harness, '/__harness/opened', withToken)).body)).toEqual([
      'https://myaccount.betfair.se/accountdetails/mysecurity?showAPI=1',
    ]);

    const pick = (headers: Record<string, string>): Promise<Reply> =>
      call(harness, '/__harness/pick', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ paths: ['/x/a.crt'] }),
      });
    expect((await pick({})).status).toBe(403);
    expect((await pick({ 'X-Harness-Token': harness.token })).status).toBe(200);
    expect(JSON.parse((await post(harness, 'chooseCertificateFiles', undefined)).body)).toEqual({
      ok: true,
      value: ['/x/a.crt'],
    });
  });

  it('never serves files outside the renderer folder', async () => {
    writeFileSync(join(root, 'secret.txt'), 'secret');
    expect((await call(harness, '/../secret.txt')).status).toBe(404);
    expect((await call(harness, '/%2e%2e/secret.txt')).status).toBe(404);
  });
});
