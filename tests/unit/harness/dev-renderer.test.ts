/**
 * `npm run dev`: the harness serves renderer/ from source through Vite, with the bridge injected and
 * the handler table still behind the token; the dev page's CSP allows Vite's inline styles only there.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devRenderer } from '../../harness/dev-renderer.js';
import { startHarness, type Harness } from '../../harness/server.js';

describe('the harness in dev mode', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({
      env: {
        BOTLOGIN_DATA_DIR: mkdtempSync(join(tmpdir(), 'dev-harness-data-')),
        BOTLOGIN_CERT_DIR: mkdtempSync(join(tmpdir(), 'dev-harness-certs-')),
      },
      devRenderer,
    });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('serves the source page with the bridge, Vite client and a dev-only CSP', async () => {
    const res = await fetch(`${harness.origin}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<script defer src="/__harness/bridge.js"></script>');
    expect(html).toContain('/@vite/client');
    expect(html).toContain('./main.tsx');
    expect(html).toContain("style-src 'self' 'unsafe-inline'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('compiles the renderer source on request and answers 404 for what it does not know', async () => {
    const main = await fetch(`${harness.origin}/main.tsx`);
    expect(main.status).toBe(200);
    expect(main.headers.get('content-type')).toMatch(/javascript/);
    expect(await main.text()).toContain('createRoot');
    const missing = await fetch(`${harness.origin}/no-such-file.txt`);
    expect(missing.status).toBe(404);
  });

  it('keeps the handler table behind the token', async () => {
    const call = (token: string) =>
      fetch(`${harness.origin}/__wizard/getAppInfo`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Harness-Token': token },
        body: JSON.stringify({ input: undefined }),
      });
    expect((await call('wrong')).status).toBe(403);
    const ok = (await (await call(harness.token)).json()) as { ok: boolean };
    expect(ok.ok).toBe(true);
  });
});
