/**
 * Every language has the same text as English: the same key paths (deep, both ways), no empty words, a function
 * where English has one with as many parameters, the same placeholders in every text (markers, see leaves.ts),
 * and the same link targets (codes, not words).
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en/index.js';
import { LANGUAGES } from '../../../../shared/i18n/languages.js';
import { loadMessages } from '../../../../shared/i18n/text.js';
import { leaves, markersIn, said } from './leaves.js';

const english = leaves(en);

describe.each(LANGUAGES.filter((l) => l !== 'en'))('%s has what English has', (language) => {
  it('the same key paths, both ways', async () => {
    const theirs = leaves(await loadMessages(language));
    expect([...theirs.keys()].filter((p) => !english.has(p))).toEqual([]);
    expect([...english.keys()].filter((p) => !theirs.has(p))).toEqual([]);
  });

  it('no empty text, and a function wherever English has one, with the same number of parameters', async () => {
    const theirs = leaves(await loadMessages(language));
    for (const [path, leaf] of theirs) {
      const original = english.get(path);
      expect(typeof leaf, path).toBe(typeof original);
      if (typeof leaf === 'string') expect(leaf.trim(), path).not.toBe('');
      if (typeof leaf === 'function' && typeof original === 'function') expect(leaf.length, path).toBe(original.length);
      expect(said(leaf).trim(), path).not.toBe('');
    }
  });

  it('every text uses the same placeholders as English', async () => {
    const theirs = leaves(await loadMessages(language));
    for (const [path, leaf] of theirs) {
      const original = english.get(path);
      if (original === undefined) continue;
      expect(markersIn(said(leaf)), path).toEqual(markersIn(said(original)));
    }
  });

  it('link targets are codes, the same as English', async () => {
    const theirs = leaves(await loadMessages(language));
    for (const [path, leaf] of english) if (path.endsWith('.target')) expect(theirs.get(path), path).toBe(leaf);
  });
});

describe('the markers', () => {
  it('find a placeholder English uses, so a translation that drops one fails', () => {
    expect(markersIn(said(en.FINDING_TEXT.FILE_NOT_FOUND))).toEqual(['⟦a0⟧']);
    expect(markersIn(said(en.CLI_TEXT.inspect.validity))).toEqual(['⟦a0⟧', '⟦a1⟧', '⟦a2⟧']);
    const dropped = (file: string): string => `Nessun file chiamato così (${file.length}).`;
    expect(markersIn(said(dropped))).not.toEqual(markersIn(said(en.FINDING_TEXT.FILE_NOT_FOUND)));
  });
});
