import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, WEB_PREFERENCES, windowOptions } from '../../../../electron/main/window-options.js';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('window options', () => {
  it('locks the renderer down as the Electron security checklist asks', () => {
    const options = windowOptions('/app/dist/preload/preload.cjs');
    expect(options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
      preload: '/app/dist/preload/preload.cjs',
    });
    expect(windowOptions('/p.cjs', { devTools: true }).webPreferences.devTools).toBe(true);
    expect(WEB_PREFERENCES.contextIsolation).toBe(true);
  });

  it('is at least 800x600 and only shows when ready', () => {
    const options = windowOptions('/p.cjs');
    expect(options.minWidth).toBe(800);
    expect(options.minHeight).toBe(600);
    expect(options.width).toBeGreaterThanOrEqual(800);
    expect(options.height).toBeGreaterThanOrEqual(600);
    expect(options.show).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('denies by default and loads code only from the app itself', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
  });

  it('never allows inline or eval script, and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe|\*|https?:|ws:/);
  });

  it('blocks talking to the network, plugins, framing and form posts', () => {
    for (const name of ['connect-src', 'object-src', 'frame-src', 'frame-ancestors', 'form-action', 'base-uri']) {
      expect(csp.get(name), name).toEqual(["'none'"]);
    }
  });
});
