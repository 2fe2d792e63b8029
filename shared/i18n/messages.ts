/**
 * The shape every language's text must have: the English bundle with its words widened to `string`.
 * A translation declares each table as `Messages['NAME']`, so a missing key, an extra key or a function
 * whose parameters differ from English fails the type-check (tests/unit/shared/i18n/ checks the rest:
 * the same placeholders, every key present at run time).
 */
import type { en } from './en/index.js';
import type * as nodeTables from './en/node.js';
import type * as resultsTables from './en/results.js';
import type * as windowTables from './en/window.js';
import type { ActionTarget } from './text-types.js';

/** A text tree with every string literal widened to string, keeping functions' parameters and link targets (codes). */
export type Widen<T> = T extends ActionTarget
  ? T
  : T extends string
    ? string
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Widen<R>
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

export type Messages = Widen<typeof en>;
export type MessageTable = keyof Messages;

/**
 * The words come in three parts, so each program loads only the words its code reads (shared/i18n/text.ts loads them):
 * - window: the wizard's screens up to the upload (ui, appText, place names); in the window's first chunk.
 * - results: what "Test my login", the key check and the file check found; the window loads it with the certificate
 *   step, the test step and the dashboard.
 * - node: read only by code in Node (certificate engine, CLI, launcher); the window never loads it.
 * Each language has the same three files (<language>/window.ts, results.ts, node.ts); a new table file goes into the
 * part whose readers need it, in every language.
 */
export type WordPart = 'window' | 'results' | 'node';

/** The tables of each part, words widened to string: what every language's part file must give. */
export interface PartMessages {
  readonly window: Widen<typeof windowTables>;
  readonly results: Widen<typeof resultsTables>;
  readonly node: Widen<typeof nodeTables>;
}
