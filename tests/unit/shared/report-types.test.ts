/**
 * Codes and facts cross the bridge; words are chosen where they are shown. No report type in shared/*-types.ts
 * has a worded field (title, meaning, whatToDo, explanation, message): the window (renderer/logic/report-words.ts,
 * renderer/components/findings.tsx) and the CLI (electron/cli/terminal-words.ts) word the codes in the language in use,
 * a certificate finding with shared/finding-words.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const sharedDir = resolve(import.meta.dirname, '../../../shared');
const typeFiles = readdirSync(sharedDir).filter((name) => name.endsWith('-types.ts'));

describe("the bridge's report types", () => {
  it('are there to check', () => {
    expect(typeFiles).toEqual(
      expect.arrayContaining(['login-types.ts', 'app-key-types.ts', 'bot-check-types.ts', 'certificate-types.ts']),
    );
  });

  it.each(typeFiles)('%s declares no worded field', (name) => {
    const source = readFileSync(join(sharedDir, name), 'utf8');
    expect(source.match(/^\s*readonly (title|meaning|whatToDo|explanation|message)\??:/gm) ?? []).toEqual([]);
  });
});
