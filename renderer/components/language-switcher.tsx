/**
 * The language switcher, on every screen (sidebar, or the compact header when narrow): a labelled select with a
 * globe, so someone who cannot read the language on screen still finds it. Each language is named in itself.
 */
import { useId } from 'react';
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
  return (
    <div className="language-switcher">
      <label htmlFor={id}>
        <Globe />
        <span>{text.ui.language.label}</span>
      </label>
      <select
        id={id}
        value={langAttribute(language)}
        onChange={(e) => {
          const chosen = e.target.value;
          if (isLanguage(chosen)) void choose(chosen);
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
