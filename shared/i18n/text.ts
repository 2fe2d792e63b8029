/**
 * The text in the language in use, for everything that shows or prints words: `text.ui.common.next`,
 * `text.FAULT_TEXT[code]`. Read `text` when the words are needed (in a render, a function call), never into a
 * module-level constant, or a language change will miss it.
 *
 * The words come in parts (shared/i18n/messages.ts): English's window part is built in; every other part, and every
 * other language, loads on demand (one chunk each in the renderer). Code in Node has every part from the start
 * (shared/i18n/all-words.ts, imported by each Node entry point); the window asks for the results part with the
 * screens that show results (`needWords`). `switchLanguage` swaps every part present in place.
 */
import * as enWindow from './en/window.js';
import { DEFAULT_LANGUAGE, INTL_LOCALES, type LanguageOrPseudo } from './languages.js';
import type { Messages, PartMessages, WordPart } from './messages.js';

/**
 * Every table, typed as present: the window part is here from the start; the others are here once a Node entry point
 * imported all-words.ts, or once the window's screen that reads them asked for them (`needWords`) before showing.
 */
export const text = { ...(enWindow satisfies PartMessages['window']) } as PartMessages['window'] as Messages;

let current: LanguageOrPseudo = DEFAULT_LANGUAGE;
const present = new Set<WordPart>(['window']);

type PartLoaders = { readonly [P in WordPart]: () => Promise<PartMessages[P]> };

const english: PartLoaders = {
  window: () => Promise.resolve(enWindow),
  results: () => import('./en/results.js'),
  node: () => import('./en/node.js'),
};

async function pseudoPart<P extends WordPart>(part: P): Promise<PartMessages[P]> {
  const [{ pseudoLocalize }, words] = await Promise.all([import('./pseudo.js'), english[part]()]);
  return pseudoLocalize(words);
}

const LOADERS: Readonly<Record<LanguageOrPseudo, PartLoaders>> = {
  en: english,
  it: {
    window: () => import('./it/window.js'),
    results: () => import('./it/results.js'),
    node: () => import('./it/node.js'),
  },
  es: {
    window: () => import('./es/window.js'),
    results: () => import('./es/results.js'),
    node: () => import('./es/node.js'),
  },
  ro: {
    window: () => import('./ro/window.js'),
    results: () => import('./ro/results.js'),
    node: () => import('./ro/node.js'),
  },
  sv: {
    window: () => import('./sv/window.js'),
    results: () => import('./sv/results.js'),
    node: () => import('./sv/node.js'),
  },
  pseudo: { window: () => pseudoPart('window'), results: () => pseudoPart('results'), node: () => pseudoPart('node') },
};

/** Loading and switching run one at a time, so a part asked for during a language switch arrives in the new language. */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/** The language `text` speaks now. */
export function currentLanguage(): LanguageOrPseudo {
  return current;
}

/** The locale for Intl dates, times and numbers in the language in use (e.g. "it-IT"). */
export function intlLocale(): string {
  return INTL_LOCALES[current];
}

/** One part of a language's words, without switching to it (e.g. the window part, to offer that language). */
export function loadPart<P extends WordPart>(language: LanguageOrPseudo, part: P): Promise<PartMessages[P]> {
  return LOADERS[language][part]();
}

/** All the messages of one language, without switching to it. */
export async function loadMessages(language: LanguageOrPseudo): Promise<Messages> {
  const [windowPart, resultsPart, nodePart] = await Promise.all([
    loadPart(language, 'window'),
    loadPart(language, 'results'),
    loadPart(language, 'node'),
  ]);
  return { ...windowPart, ...resultsPart, ...nodePart };
}

/**
 * Makes these parts present in `text` (in the language in use, and in every language switched to later). The window
 * awaits it before showing a screen that reads them.
 */
export function needWords(...parts: readonly WordPart[]): Promise<void> {
  return oneAtATime(async () => {
    const missing = parts.filter((part) => !present.has(part));
    const loaded = await Promise.all(missing.map((part) => loadPart(current, part)));
    for (const words of loaded) Object.assign(text, words);
    for (const part of missing) present.add(part);
  });
}

/**
 * For shared/i18n/all-words.ts only: English parts given by static imports, so code in Node has every table before it
 * runs. Only before any language switch (the parts are English).
 */
export function addEnglishParts(parts: Partial<PartMessages>): void {
  if (current !== DEFAULT_LANGUAGE) throw new Error('English words can only be added before a language switch');
  for (const [part, words] of Object.entries(parts) as [WordPart, PartMessages[WordPart]][]) {
    Object.assign(text, words);
    present.add(part);
  }
}

const listeners = new Set<(language: LanguageOrPseudo) => void>();

/** Calls `listener` after every language switch (e.g. to rebuild words made once, such as a menu); returns the way to stop. */
export function onLanguageChange(listener: (language: LanguageOrPseudo) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads a language's parts that are present (if not loaded yet) and makes `text` speak it. */
export function switchLanguage(language: LanguageOrPseudo): Promise<void> {
  return oneAtATime(async () => {
    const parts = [...present];
    const loaded = await Promise.all(parts.map((part) => loadPart(language, part)));
    for (const words of loaded) Object.assign(text, words);
    current = language;
    for (const listener of listeners) listener(language);
  });
}
