/**
 * The language switcher, on every screen (sidebar, or the compact header when narrow): a labelled select with a
 * globe, so someone who cannot read the language on screen still finds it. Each language is named in itself.
 * A choice made with the mouse applies at once; arrow keys only move through the list (the whole window is not
 * re-worded on each key, WCAG 3.2.2): the language changes on Enter or on leaving the list.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../../shared/i18n/languages.js';
import { text } from '../../shared/i18n/text.js';
import { useLanguage } from '../language-context.js';
import { langAttribute } from '../logic/language.js';

function Globe() {
  return (
    <svg className="globe" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
      <ellipse cx="8" cy="8" rx="2.8" ry="6.5" fill="none" stroke="currentColor" strokeWidth="1.1" />
      <path d="M1.5 8h13M2.6 4.5h10.8M2.6 11.5h10.8" fill="none" stroke="currentColor" strokeWidth="1.1" />
    </svg>
  );
}

export function LanguageSwitcher() {
  const { language, choose } = useLanguage();
  const id = useId();
  const shown = langAttribute(language);
  // What the arrow keys have moved to, not chosen yet; null when nothing is pending.
  const [pending, setPending] = useState<string | null>(null);
  const keyed = useRef(false);
  function apply(value: string | null): void {
    setPending(null);
    if (value !== null && value !== shown && isLanguage(value)) void choose(value);
  }
  function onKeyDown(event: KeyboardEvent<HTMLSelectElement>): void {
    if (event.key === 'Enter') {
      apply(pending);
      return;
    }
    keyed.current =
      event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End' || event.key.length === 1;
  }
  return (
    <div className="language-switcher">
      <label htmlFor={id}>
        <Globe />
        <span>{text.ui.language.label}</span>
      </label>
      <select
        id={id}
        value={pending ?? shown}
        onKeyDown={onKeyDown}
        onBlur={() => apply(pending)}
        onChange={(e) => {
          const chosen = e.target.value;
          if (keyed.current) setPending(chosen);
          else apply(chosen);
          keyed.current = false;
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
