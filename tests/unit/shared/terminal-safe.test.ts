/** Server text on a terminal: nothing in it can act (escape sequences, controls, bidi and invisible characters). */
import { describe, expect, it } from 'vitest';
import {
  hasHiddenCharacters,
  jsonTerminalSafe,
  terminalSafe,
  terminalSafeText,
} from '../../../shared/terminal-safe.js';

const HOSTILE = [
  '\x1b[2J\x1b[HFAKE: enter your password again:',
  '\x1b]8;;http://x\x1b\\click\x1b]8;;\x1b\\',
  '\x1b]0;window title\x07',
  '\x1bP1$r\x1b\\',
  '\x9b2J',
  'line\nSUCCESS: Your bot login works',
  'abc\u202edcba',
  'a\u2066b\u2069c\u200bd\u200fe\u2028f\u2029g\ufeffh\u061ci\u00adj',
  'tab\there\x7f\x00',
];

describe('terminalSafe', () => {
  it.each(HOSTILE)('leaves no control, escape, bidi or invisible character in %j', (value) => {
    const safe = terminalSafe(value);
    expect(safe).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
    expect(hasHiddenCharacters(safe)).toBe(false);
    expect(hasHiddenCharacters(value)).toBe(true);
  });

  it('shows what was there, visibly', () => {
    expect(terminalSafe('\x1b[2J')).toBe('\\u{1b}[2J');
    expect(terminalSafe('a\u202eb')).toBe('a\\u{202e}b');
    expect(terminalSafe('a\nb')).toBe('a\\u{a}b');
    expect(terminalSafe('\x9b')).toBe('\\u{9b}');
  });

  it('keeps ordinary text in every language as it is', () => {
    for (const text of ['My betting bot', 'Robô de apostas ção', 'Ștefan & Åsa', '東京 bot 🚀', 'a-b_c.d (1.0-DELAY)'])
      expect(terminalSafe(text)).toBe(text);
  });

  it('terminalSafeText keeps our line feeds but nothing else', () => {
    expect(terminalSafeText('one\ntwo\x1b[1A\r\n')).toBe('one\ntwo\\u{1b}[1A\\u{d}\n');
  });

  it('jsonTerminalSafe writes C1, DEL and format characters as \\u escapes; the JSON means the same', () => {
    for (const value of HOSTILE) {
      const json = jsonTerminalSafe(JSON.stringify({ value, emoji: '🚀' }));
      expect(json).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
      expect(JSON.parse(json)).toEqual({ value, emoji: '🚀' });
    }
  });
});
