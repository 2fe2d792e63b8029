/**
 * Rules the renderer's source must keep: it imports only React and the project's own browser-safe
 * code (never Node), it sets no inline styles (the CSP's style-src 'self' would block them), and its
 * page carries the strict Content-Security-Policy.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const rendererDir = join(root, 'renderer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:^|\n)\s*import\s+(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

const files = sourceFiles(rendererDir);

describe('renderer source', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports only React, its own files and shared/ (never Node or electron)', () => {
    // react-dom: createPortal (a screen's main action in the step frame's footer, components/footer-slot.ts).
    const allowedPackages = new Set(['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime']);
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const where = `${relative(root, file)} imports ${spec}`;
        if (spec.startsWith('.')) {
          const target = relative(root, resolve(file, '..', spec));
          expect(target.startsWith('renderer/') || target.startsWith('shared/'), where).toBe(true);
        } else {
          expect(allowedPackages.has(spec), where).toBe(true);
        }
      }
    }
  });

  it('never sets inline styles or injects HTML', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(root, file)).not.toMatch(/\sstyle=\{/);
      expect(text, relative(root, file)).not.toMatch(/dangerouslySetInnerHTML/);
    }
  });

  it('reads settings types only, so zod stays out of the bundle', () => {
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (/from ['"][./]+shared\/settings-schema\.js['"]/.test(line)) {
          expect(line.trimStart().startsWith('import type'), `${relative(root, file)}: ${line}`).toBe(true);
        }
      }
    }
  });

  it('ships the strict Content-Security-Policy in its page', () => {
    const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp.split(';').map((d) => d.trim())).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });
});
