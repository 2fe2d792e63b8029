/**
 * One dash style in every language: a heading (or any sentence) that joins two parts with a dash uses a spaced en
 * dash (" – "), never an em dash (issue 19 found "Certificate ready – next" beside "Your login works — choose").
 * Spanish joins them with a colon instead (its GLOSSARY.md). And Denmark's login is MitID: NemID retired in 2023.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en/index.js';
import { es } from '../../../../shared/i18n/es/index.js';
import { it as italian } from '../../../../shared/i18n/it/index.js';
import { ro } from '../../../../shared/i18n/ro/index.js';
import { sv } from '../../../../shared/i18n/sv/index.js';
import { leaves } from './leaves.js';

const BUNDLES = { en, it: italian, es, ro, sv } as const;

/** The text a leaf shows (a function is called with sample arguments, which are never dashes). */
function shown(leaf: unknown): string {
  if (typeof leaf === 'string') return leaf;
  if (typeof leaf === 'function') {
    try {
      return String((leaf as (...args: unknown[]) => unknown)('x', 'y', 'z'));
    } catch {
      return '';
    }
  }
  return '';
}

describe.each(Object.entries(BUNDLES))('%s', (_language, bundle) => {
  it('uses no em dash anywhere', () => {
    const withEm = [...leaves(bundle)].filter(([, leaf]) => shown(leaf).includes('\u2014')).map(([path]) => path);
    expect(withEm).toEqual([]);
  });

  it('names MitID, not the retired NemID, for betfair.dk', () => {
    const nem = [...leaves(bundle)].filter(([, leaf]) => shown(leaf).includes('NemID')).map(([path]) => path);
    expect(nem).toEqual([]);
    expect(shown(bundle.ui.jurisdiction.denmarkWhy)).toContain('MitID');
  });
});
