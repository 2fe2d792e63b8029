/**
 * RFC 5545 text rules: TEXT values escaped (backslash, semicolon, comma, newline), content lines
 * folded at 75 octets (a CRLF plus one space, never inside a UTF-8 character), CRLF line endings.
 * TEXT may hold no control character (RFC 5545 section 3.3.11: CONTROL = %x00-08 / %x0A-1F / %x7F): every line
 * break (CR, LF, CRLF, NEL U+0085, LINE and PARAGRAPH SEPARATOR U+2028/U+2029) becomes the escaped newline `\n`;
 * every other C0 or C1 control (NUL, VT, FF, ESC, DEL, U+0080–U+009F) is dropped; a tab stays (it is allowed).
 */

const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** C0, DEL and C1 (Unicode category Cc) but the tab; line breaks are already escaped when this applies. */
const OTHER_CONTROLS = /(?!\t)\p{Cc}/gu;

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(LINE_BREAKS, '\\n')
    .replace(OTHER_CONTROLS, '');
}

const MAX_OCTETS = 75;

/** One content line folded into lines of at most 75 octets each (continuations start with a space). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Content lines joined with CRLF, each folded, ending with CRLF. */
export function icsDocument(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
