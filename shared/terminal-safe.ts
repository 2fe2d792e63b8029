/**
 * Server-supplied text made safe to print on a terminal (and to show in the window): every character that is not
 * meant to be seen is shown as a visible escape, `\u{1b}`, instead of acting. That covers the C0 controls (ESC
 * starts every CSI, OSC (incl. OSC 8 links), DCS... sequence; escaping it leaves the rest as plain letters), DEL,
 * the C1 controls (U+0080–U+009F, U+009B is an 8-bit CSI), the bidi overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), the line and paragraph separators (U+2028, U+2029) and every other invisible format character
 * (Unicode category Cf: U+200B–U+200F, U+FEFF, U+061C, U+00AD...), plus unpaired surrogates.
 * Runs anywhere (shared/): the CLI, the core and the renderer use the same function.
 */

/** Characters that act rather than show: C0, DEL, C1, format (Cf), separators (Zl, Zp), lone surrogates. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;

/** The same, except the line feed (our own words are laid out with it). */
const HIDDEN_BUT_NEWLINE = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;

/** `\u{1b}`: visible, unambiguous about which character it was, and the same in every language. */
const SHOWN_AS_ESCAPE = (ch: string): string => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`;

/** One server value inside a line: nothing in it can act on the terminal, break the line, or reorder the text. */
export function terminalSafe(value: string): string {
  return value.replace(HIDDEN, SHOWN_AS_ESCAPE);
}

/** Whole lines of our own words with server values inside: the line feeds stay, everything else is as terminalSafe. */
export function terminalSafeText(text: string): string {
  return text.replace(HIDDEN_BUT_NEWLINE, SHOWN_AS_ESCAPE);
}

/** True when `value` holds a character terminalSafe would escape. */
export function hasHiddenCharacters(value: string): boolean {
  HIDDEN.lastIndex = 0;
  const found = HIDDEN.test(value);
  HIDDEN.lastIndex = 0;
  return found;
}

/** JSON text beyond what JSON.stringify escapes: DEL, C1, format characters and separators as \uXXXX (same value). */
const JSON_UNESCAPED = /[\x7f-\x9f\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * JSON.stringify leaves DEL, the C1 controls, U+2028/2029 and bidi/format characters raw; printed on a terminal
 * they still act. Written as `\uXXXX` escapes, the JSON parses to exactly the same value.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(JSON_UNESCAPED, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
    const high = Math.floor((code - 0x10000) / 0x400) + 0xd800;
    const low = ((code - 0x10000) % 0x400) + 0xdc00;
    return `\\u${high.toString(16)}\\u${low.toString(16)}`;
  });
}
