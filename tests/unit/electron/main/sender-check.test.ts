import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from '../../../../electron/main/sender-check.js';

describe("sender check (is this frame the app's own page?)", () => {
  it('allows the app bundle', () => {
    expect(APP_ENTRY_URL).toBe('app://bundle/index.html');
    for (const url of [
      'app://bundle/index.html',
      'app://bundle/',
      'app://bundle/index.html#/test',
      'app://bundle/index.html?x=1',
    ]) {
      expect(isAppUrl(url), url).toBe(true);
    }
  });

  const refused = [
    'https://evil.com/',
    'https://evil.com/app://bundle/index.html',
    'http://bundle/index.html',
    'https://bundle/index.html',
    'app://evil/index.html',
    'app://bundle.evil.com/index.html',
    'app://evil@bundle/index.html',
    'app://bundle:8080/index.html',
    'app:bundle/index.html',
    'file:///work/main/dist/renderer/index.html',
    'file://bundle/index.html',
    'about:blank',
    'about:srcdoc',
    'data:text/html,hi',
    'blob:app://bundle/1234',
    'javascript:alert(1)',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings',
    '',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(isAppUrl(url)).toBe(false);
    });
  }

  it('refuses a missing URL', () => {
    for (const value of [undefined, null, 0, {}]) expect(isAppUrl(value)).toBe(false);
  });
});
