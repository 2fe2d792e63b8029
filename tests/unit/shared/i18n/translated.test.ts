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
import { leaves } from './leaves.js';

/** Strings that are the same in every language: product names and the snippets' titles, which are names. */
const SAME_EVERYWHERE = /^(Bot Login Wizard|Betfair|OpenSSL|curl|OK|(Python|Node\.js) \([a-z]+\))$/;

/** The string leaves by key path; link targets are codes (where a button goes), not words. */
function stringLeaves(messages: Messages): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, leaf] of leaves(messages))
    if (typeof leaf === 'string' && !path.endsWith('.target')) out.set(path, leaf);
  return out;
}

const english = stringLeaves(en);

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
    const translated = stringLeaves(messages);
    const untranslated = [...translated].filter(
      ([path, s]) => english.get(path) === s && !SAME_EVERYWHERE.test(s.trim()),
    );
    // A handful of words are genuinely the same (e.g. "Login" in Italian); anything more is English left behind.
    expect(untranslated.length, `${lang}: ${untranslated.map(([p, s]) => `${p}=${s}`).join('\n')}`).toBeLessThanOrEqual(
      8,
    );
    expect(translated.size).toBe(english.size);
  });

  it('speaks in its own language where the words are longest: every login-status explanation differs', () => {
    for (const [code, entry] of Object.entries(messages.LOGIN_STATUS_TEXT)) {
      expect(entry.title, code).not.toBe(en.LOGIN_STATUS_TEXT[code as keyof typeof en.LOGIN_STATUS_TEXT].title);
    }
  });
});
