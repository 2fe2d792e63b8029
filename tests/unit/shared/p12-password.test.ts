/** The rule for a new .p12 password: printable ASCII, typed the same twice; empty (no .p12) is fine. */
import { describe, expect, it } from 'vitest';
import { checkNewP12Password, isPrintableAscii } from '../../../shared/p12-password.js';

describe('checkNewP12Password', () => {
  it('accepts the same printable ASCII password twice, and no password at all', () => {
    expect(checkNewP12Password('Correct horse 9!~', 'Correct horse 9!~')).toBeNull();
    expect(checkNewP12Password('', '')).toBeNull();
  });

  it('refuses two different entries', () => {
    expect(checkNewP12Password('secret-1', 'secret-2')).toBe('mismatch');
    expect(checkNewP12Password('secret', '')).toBe('mismatch');
  });

  it('refuses letters with accents (both ways of typing them), other scripts, emoji and control characters', () => {
    for (const password of ['pässwörd', 'pa\u0308sswo\u0308rd', 'пароль', 'key🔑', 'tab\there', 'line\n']) {
      expect(checkNewP12Password(password, password), JSON.stringify(password)).toBe('not-ascii');
    }
  });

  it('says why a non-ASCII password is refused before it says the two differ', () => {
    expect(checkNewP12Password('pässwörd', 'passwort')).toBe('not-ascii');
  });

  it('treats every character from space to tilde as printable', () => {
    let all = '';
    for (let c = 0x20; c <= 0x7e; c++) all += String.fromCharCode(c);
    expect(isPrintableAscii(all)).toBe(true);
    expect(isPrintableAscii('\x7f')).toBe(false);
  });
});
