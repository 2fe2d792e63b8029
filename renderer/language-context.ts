/**
 * The language the window speaks (`useLanguage()`), and how to change it. App holds it in state, so a change
 * re-renders the whole tree without remounting it: the step, results and typed fields stay.
 */
import { createContext, useContext } from 'react';
import { DEFAULT_LANGUAGE, type Language, type LanguageOrPseudo } from '../shared/i18n/languages.js';

export interface LanguageState {
  readonly language: LanguageOrPseudo;
  /** Switches the window and main's words to `language` and remembers it in the settings. */
  readonly choose: (language: Language) => Promise<void>;
}

const Context = createContext<LanguageState>({ language: DEFAULT_LANGUAGE, choose: () => Promise.resolve() });

export const LanguageProvider = Context.Provider;

export function useLanguage(): LanguageState {
  return useContext(Context);
}
