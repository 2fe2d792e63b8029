/**
 * How the window shows a string a server sent (an application key's name, the key itself, a version): as text,
 * with every invisible or reordering character (bidi overrides and isolates, zero-width characters, controls)
 * shown as a visible escape like `\u{202e}`, so a name cannot pose as another or turn the words around it.
 */
import { terminalSafe } from '../../shared/terminal-safe.js';

export function serverText(value: string): string {
  return terminalSafe(value);
}
