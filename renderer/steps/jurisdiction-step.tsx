/**
 * Step 1: which Betfair site the account is on decides every host. Pre-selected from the system
 * locale where it clearly maps. Denmark stops here, with what to do instead.
 */
import { useEffect, useState } from 'react';
import { JURISDICTION_IDS, JURISDICTIONS, siteDomain, type JurisdictionId } from '../../shared/jurisdictions.js';
import type { AppError } from '../../shared/result.js';
import { ErrorMessage } from '../components/error-message.js';
import { siteForLocale } from '../logic/locale-site.js';
import { useWizard } from '../wizard-context.js';
import type { Language } from '../../shared/i18n/languages.js';
import { LanguageOffer } from '../components/language-offer.js';
import { useLanguage } from '../language-context.js';
import { langAttribute, siteLanguage } from '../logic/language.js';
import { DenmarkNotice } from './denmark-notice.js';
import { text } from '../../shared/i18n/text.js';

export function JurisdictionStep() {
  const ctx = useWizard();
  const [chosen, setChosen] = useState<JurisdictionId | null>(ctx.settings.jurisdiction);
  const [preselected, setPreselected] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [offer, setOffer] = useState<Language | null>(null);
  const { language } = useLanguage();

  async function choose(id: JurisdictionId, byUser: boolean): Promise<void> {
    setChosen(id);
    setError(null);
    setPreselected(!byUser);
    const spoken = siteLanguage(id);
    setOffer(byUser && spoken !== langAttribute(language) ? spoken : null);
    const result = await ctx.save({ jurisdiction: id });
    if (!result.ok) setError({ ...result.error, title: text.ui.jurisdiction.saveFailed });
  }

  // First visit only: pick the site the system's language and region clearly point at.
  useEffect(() => {
    if (ctx.settings.jurisdiction !== null) return;
    const guess = siteForLocale(navigator.language);
    if (guess) void choose(guess, false);
    // Mount only: a later change of settings or of `choose` must not pick a site for the user again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <p>{text.ui.jurisdiction.intro}</p>
      <fieldset className="choices">
        <legend className="visually-hidden">{text.ui.jurisdiction.legend}</legend>
        {JURISDICTION_IDS.map((id) => (
          <label key={id} className="choice">
            <input
              type="radio"
              name="jurisdiction"
              value={id}
              checked={chosen === id}
              onChange={() => void choose(id, true)}
            />
            <span>
              {text.JURISDICTION_NAMES[id]} <span className="choice-domain">{siteDomain(id)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {preselected && chosen !== null ? <p className="hint">{text.ui.jurisdiction.preselected}</p> : null}
      {offer !== null && offer !== langAttribute(language) ? (
        <LanguageOffer language={offer} onDecline={() => setOffer(null)} />
      ) : null}
      {chosen !== null && !JURISDICTIONS[chosen].botLoginAvailable ? <DenmarkNotice /> : null}
      {/* The focus stays on the radio buttons: this always-present status says why Next stays off (issue 31). */}
      <p role="status" className="visually-hidden">
        {chosen !== null && !JURISDICTIONS[chosen].botLoginAvailable ? text.ui.jurisdiction.denmarkHeading : ''}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
