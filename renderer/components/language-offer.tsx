/**
 * After the user picks a Betfair site whose language the app is not speaking: a small offer, in that language, to
 * switch to it. It only suggests: nothing changes unless the user accepts (then the choice is remembered).
 */
import { useEffect, useState } from 'react';
import type { Language } from '../../shared/i18n/languages.js';
import type { Messages } from '../../shared/i18n/messages.js';
import { loadPart } from '../../shared/i18n/text.js';
import { useLanguage } from '../language-context.js';

interface Props {
  readonly language: Language;
  readonly onDecline: () => void;
}

export function LanguageOffer({ language, onDecline }: Props) {
  const { choose } = useLanguage();
  const [words, setWords] = useState<Messages['ui']['language'] | null>(null);

  useEffect(() => {
    let live = true;
    void loadPart(language, 'window').then((words) => {
      if (live) setWords(words.ui.language);
    });
    return () => {
      live = false;
    };
  }, [language]);

  if (words === null) return null;
  return (
    <div role="status" lang={language} className="panel language-offer">
      <p>{words.offerQuestion}</p>
      <div className="button-row">
        <button type="button" onClick={() => void choose(language)}>
          {words.offerAccept}
        </button>
        <button type="button" onClick={onDecline}>
          {words.offerDecline}
        </button>
      </div>
    </div>
  );
}
