/** The language in use when `value` (an answer from main) first showed: its words are in that language. */
import { useState } from 'react';
import type { LanguageOrPseudo } from '../../shared/i18n/languages.js';
import { useLanguage } from '../language-context.js';

export function useLanguageAt(value: unknown): LanguageOrPseudo {
  const { language } = useLanguage();
  const [seen, setSeen] = useState({ value, language });
  if (seen.value !== value) {
    setSeen({ value, language });
    return language;
  }
  return seen.language;
}
