/**
 * The shape every language's text must have: the English bundle with its words widened to `string`.
 * A translation declares each table as `Messages['NAME']`, so a missing key, an extra key or a function
 * whose parameters differ from English fails the type-check (tests/unit/shared/i18n/ checks the rest:
 * the same placeholders, every key present at run time).
 */
import type { en } from './en/index.js';
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
