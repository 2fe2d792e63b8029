/**
 * A certificate finding crosses the bridge as a code and its facts (the file's name, the key's size); the window and
 * the CLI word it in the language in use with findingWords.
 */
import { describe, expect, it } from 'vitest';
import { findingWords } from '../../../shared/finding-words.js';
import { FINDING_TEXT } from '../../../shared/i18n/en/finding-text.js';
import { loadPart } from '../../../shared/i18n/text.js';

describe('findingWords', () => {
  it('names the file a finding is about, by its name', () => {
    const words = findingWords({ code: 'EMPTY_FILE', severity: 'error', file: 'client-2048.crt' }, FINDING_TEXT);
    expect(words).toBe('"client-2048.crt" is empty. Pick the file again, or make a new certificate.');
  });

  it("says the key's size for RSA_SIZE", () => {
    expect(findingWords({ code: 'RSA_SIZE', severity: 'error', bits: 4096 }, FINDING_TEXT)).toContain('4096 bits');
  });

  it('words a finding without facts', () => {
    expect(findingWords({ code: 'EXPIRED', severity: 'error' }, FINDING_TEXT)).toBe(
      'This certificate has run out. Make a new one and upload it to Betfair.',
    );
  });

  it('speaks the language of the words it is given', async () => {
    const { FINDING_TEXT: romanian } = await loadPart('ro', 'results');
    expect(findingWords({ code: 'RSA_SIZE', severity: 'error', bits: 4096 }, romanian)).toContain('4096 de biți');
    const words = findingWords({ code: 'EMPTY_FILE', severity: 'error', file: 'client-2048.crt' }, romanian);
    expect(words).toContain('„client-2048.crt”');
  });
});
