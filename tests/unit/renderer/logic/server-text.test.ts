/** The window shows a server's strings with bidi overrides, invisible and control characters visible. */
import { describe, expect, it } from 'vitest';
import { serverText } from '../../../../renderer/logic/server-text.js';

describe('serverText', () => {
  it('shows U+202E, zero-width and control characters as escapes, and keeps ordinary names', () => {
    expect(serverText('My bot\u202etob')).toBe('My bot\\u{202e}tob');
    expect(serverText('a\u200bb\u2066c\x1b[2J')).toBe('a\\u{200b}b\\u{2066}c\\u{1b}[2J');
    expect(serverText('Robô de apostas — Åsa')).toBe('Robô de apostas — Åsa');
  });
});
