/**
 * Each language is really translated, not English left in place: almost every string differs from English,
 * and what stays the same is on a short list of names and codes that are the same in every language.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en/index.js';
import { it as italian } from '../../../../shared/i18n/it/index.js';
import { es } from '../../../../shared/i18n/es/index.js';
import { ro } from '../../../../shared/i18n/ro/index.js';
import { sv } from '../../../../shared/i18n/sv/index.js';
import type { Messages } from '../../../../shared/i18n/messages.js';

/** Strings that are the same in every language: product names and the snippets' titles, which are names. */
const SAME_EVERYWHERE = /^(Bot Login Wizard|Betfair|OpenSSL|curl|OK|(Python|Node\.js) \([a-z]+\))$/;

function stringLeaves(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  // Link targets are codes (where a button goes), not words.
  if (typeof value === 'string') {
    if (!path.endsWith('.target')) out.set(path, value);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) stringLeaves(v, `${path}.${k}`, out);
  }
  return out;
}

const english = stringLeaves(en, '', new Map());

describe.each([
  ['it', italian],
  ['es', es],
  ['ro', ro],
  ['sv', sv],
] as const)('the %s translation', (lang, messages: Messages) => {
  it('is its own object, not the English one', () => {
    expect(messages).not.toBe(en);
  });

  it('translates every string except names and codes', () => {
    const leaves = stringLeaves(messages, '', new Map());
    const untranslated = [...leaves].filter(([path, s]) => english.get(path) === s && !SAME_EVERYWHERE.test(s.trim()));
    // A handful of words are genuinely the same (e.g. "Login" in Italian); anything more is English left behind.
    expect(untranslated.length, `${lang}: ${untranslated.map(([p, s]) => `${p}=${s}`).join('\n')}`).toBeLessThanOrEqual(
      8,
    );
    expect(leaves.size).toBe(english.size);
  });

  it('speaks in its own language where the words are longest: every login-status explanation differs', () => {
    for (const [code, entry] of Object.entries(messages.LOGIN_STATUS_TEXT)) {
      expect(entry.title, code).not.toBe(en.LOGIN_STATUS_TEXT[code as keyof typeof en.LOGIN_STATUS_TEXT].title);
    }
  });
});
