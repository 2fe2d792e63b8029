/** The pseudo-locale changes every word of English and keeps what the arguments put in verbatim. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en/index.js';
import { pseudoLocalize } from '../../../../shared/i18n/pseudo.js';
import { leaves, said } from './leaves.js';

const pseudo = pseudoLocalize(en);

describe('the pseudo-locale', () => {
  it('changes every text of English (fenced, accented, longer), functions included', () => {
    const english = leaves(en);
    const theirs = leaves(pseudo);
    expect([...theirs.keys()]).toEqual([...english.keys()]);
    for (const [path, leaf] of theirs) {
      const original = english.get(path);
      if (original === undefined || path.endsWith('.target')) continue;
      // The pseudo-locale's functions take (...args): call them with as many markers as English's.
      const out = said(leaf, typeof original === 'function' ? original.length : 0);
      expect(out, path).not.toBe(said(original));
      expect(out.startsWith('⟦') && out.endsWith('⟧'), path).toBe(true);
      expect(out.length, path).toBeGreaterThan(said(original).length);
    }
  });

  it('keeps arguments verbatim: file names, numbers, a fault’s host, the user’s site', () => {
    expect(pseudo.FINDING_TEXT.FILE_NOT_FOUND('client-2048.crt')).toContain('"client-2048.crt"');
    expect(pseudo.CLI_TEXT.inspect.validity('2026-01-01', '2027-01-01', 365)).toMatch(/2026-01-01.*2027-01-01.*365/);
    expect(pseudo.FAULT_TEXT.TIMEOUT.meaning({ host: 'identitysso-cert.betfair.it', seconds: 30 })).toContain(
      'identitysso-cert.betfair.it',
    );
    expect(pseudo.GENERATE_TEXT.filesExist(['client-2048.crt', 'client-2048.key'])).toContain(
      'client-2048.crt, client-2048.key',
    );
  });
});
