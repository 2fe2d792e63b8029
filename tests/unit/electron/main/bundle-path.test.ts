import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBundleFile } from '../../../../electron/main/bundle-path.js';

// As the OS that runs the test spells it (C:\opt\app\... on Windows), so this runs on all three in CI.
const ROOT = resolve('/opt/app/dist/renderer');
const inRoot = (...parts: string[]) => join(ROOT, ...parts);

describe('app:// bundle paths', () => {
  it('serves files inside the renderer bundle with their MIME type', () => {
    expect(resolveBundleFile(ROOT, 'app://bundle/index.html')).toEqual({
      path: inRoot('index.html'),
      mime: 'text/html; charset=utf-8',
    });
    expect(resolveBundleFile(ROOT, 'app://bundle/')).toEqual({
      path: inRoot('index.html'),
      mime: 'text/html; charset=utf-8',
    });
    expect(resolveBundleFile(ROOT, 'app://bundle/assets/index-abc.js?v=1#x')).toEqual({
      path: inRoot('assets', 'index-abc.js'),
      mime: 'text/javascript; charset=utf-8',
    });
    expect(resolveBundleFile(ROOT, 'app://bundle/assets/index-abc.css')?.mime).toBe('text/css; charset=utf-8');
    expect(resolveBundleFile(ROOT, 'app://bundle/assets/a%20b.svg')).toEqual({
      path: inRoot('assets', 'a b.svg'),
      mime: 'image/svg+xml',
    });
  });

  const refused = [
    'app://bundle/../../../etc/passwd',
    'app://bundle/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd.txt',
    'app://bundle/..%2f..%2fsecret.js',
    'app://bundle/..%5c..%5csecret.js',
    'app://bundle/assets\\..\\..\\secret.js',
    'app://bundle/index.html%00.js',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'app://bundle:99/index.html',
    'app://x@bundle/index.html',
    'https://bundle/index.html',
    'file:///opt/app/dist/renderer/index.html',
    'app://bundle/secret.key',
    'app://bundle/client-2048.pem',
    'app://bundle/main.cjs',
    'app://bundle/assets',
    'not a url',
  ];
  for (const url of refused) {
    it(`refuses ${url}`, () => {
      expect(resolveBundleFile(ROOT, url)).toBeNull();
    });
  }

  it('keeps dot-segments the URL parser resolves inside the bundle', () => {
    for (const url of [
      'app://bundle/%2e%2e/%2e%2e/etc/passwd.txt',
      'app://bundle//etc/passwd.txt',
      'app://bundle/a/../../../b.txt',
    ]) {
      const got = resolveBundleFile(ROOT, url);
      expect(got?.path.startsWith(`${ROOT}${sep}`), url).toBe(true);
    }
  });
});
