import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, injectBridge, readStaticFile } from '../../harness/static-files.js';

const INDEX = `<!doctype html>
<html><head>
<meta http-equiv="Content-Security-Policy" content="script-src 'self'" />
<title>x</title>
<script type="module" crossorigin src="./assets/index-abc.js"></script>
</head><body><div id="root"></div></body></html>`;

describe('injectBridge', () => {
  it('loads the bridge after the CSP meta and before the app bundle', () => {
    const html = injectBridge(INDEX);
    const bridge = html.indexOf('<script defer src="/__harness/bridge.js"></script>');
    expect(bridge).toBeGreaterThan(html.indexOf('Content-Security-Policy'));
    expect(bridge).toBeLessThan(html.indexOf('./assets/index-abc.js'));
  });

  it('falls back to the end of head when the page has no script', () => {
    const html = injectBridge('<html><head><title>x</title></head><body></body></html>');
    expect(html).toContain('<script defer src="/__harness/bridge.js"></script>\n    </head>');
  });
});

describe('readStaticFile', () => {
  // The file outside the root sits in this run's own temp folder (a fixed name in /tmp may be another user's).
  const parent = mkdtempSync(join(tmpdir(), 'harness-static-'));
  const root = join(parent, 'root');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(parent, 'harness-outside.txt'), 'secret');

  it('serves files under the root with their content type', async () => {
    const file = await readStaticFile(root, '/assets/app.js');
    expect(file?.body.toString()).toBe('console.log(1)');
    expect(file?.contentType).toBe('text/javascript; charset=utf-8');
  });

  it('refuses paths that climb out of the root, folders and missing files', async () => {
    expect(await readStaticFile(root, '/../harness-outside.txt')).toBeNull();
    expect(await readStaticFile(root, '/%2e%2e/harness-outside.txt')).toBeNull();
    expect(await readStaticFile(root, '/assets')).toBeNull();
    expect(await readStaticFile(root, '/nope.js')).toBeNull();
    expect(await readStaticFile(root, '/%E0%A4%A')).toBeNull();
  });

  it('knows the content types the renderer build uses', () => {
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('blob.bin')).toBe('application/octet-stream');
  });
});
