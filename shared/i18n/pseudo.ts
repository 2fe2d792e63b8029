/**
 * The pseudo-locale: English with accented letters, about 40% longer and fenced by ⟦ ⟧, so a test can see at
 * a glance that text overflows, is cut, or never went through the translation tables. Never offered to users.
 * What a function's arguments put into a text (file names, hosts, numbers) is kept as it is.
 */
import type { Messages } from './messages.js';

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
  S: 'Š',
  Z: 'Ž',
};

function accent(s: string): string {
  let out = '';
  for (const ch of s) out += ACCENTS[ch] ?? ch;
  return out;
}

/** Fenced and padded by 40% of the original length (at least 2 characters), as a longer language would be. */
function fence(accented: string, originalLength: number): string {
  return `⟦${accented}${'·'.repeat(Math.max(2, Math.round(originalLength * 0.4)))}⟧`;
}

/** Accented and lengthened (blank text stays blank). */
export function pseudoString(s: string): string {
  if (s.trim() === '') return s;
  return fence(accent(s), s.length);
}

/** The words an argument can put into a text: itself, a list's items, an object's values (a fault's host, the user's site). */
function givenWords(arg: unknown): string[] {
  if (typeof arg === 'string' || typeof arg === 'number') return [String(arg)];
  if (Array.isArray(arg)) return arg.flatMap(givenWords);
  if (arg !== null && typeof arg === 'object')
    return Object.values(arg).flatMap((v) => (typeof v === 'string' || typeof v === 'number' ? [String(v)] : []));
  return [];
}

/** Accents a function's output, except the parts its arguments put there. */
function pseudoOutput(out: string, args: readonly unknown[]): string {
  const kept = args.flatMap(givenWords).filter((a) => a.length > 0);
  if (kept.length === 0) return pseudoString(out);
  const pattern = new RegExp(`(${kept.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  const parts = out.split(pattern);
  const body = parts.map((part, i) => (i % 2 === 1 ? part : accent(part))).join('');
  return fence(body, out.length);
}

function pseudoValue(value: unknown): unknown {
  if (typeof value === 'string') return pseudoString(value);
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]): unknown => {
      const out = fn(...args);
      return typeof out === 'string' ? pseudoOutput(out, args) : pseudoValue(out);
    };
  }
  if (Array.isArray(value)) return value.map(pseudoValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoValue(v)]));
  }
  return value;
}

/** Any text tree (all the messages, or one part of them) in the pseudo-locale, with the same shape. */
export function pseudoLocalize<T extends object = Messages>(messages: T): T {
  return pseudoValue(messages) as T;
}
