/**
 * Step 1: which Betfair site the account is on decides every host. Pre-selected from the system
 * locale where it clearly maps. Denmark stops here, with what to do instead.
 */
import { useEffect, useState } from 'react';
import { JURISDICTION_IDS, JURISDICTIONS, siteDomain, type JurisdictionId } from '../../shared/jurisdictions.js';
import { JURISDICTION_NAMES } from '../../shared/i18n/en/jurisdictions.js';
import { ui } from '../../shared/i18n/en/ui.js';
import type { AppError } from '../../shared/result.js';
import { ErrorMessage } from '../components/error-message.js';
import { siteForLocale } from '../logic/locale-site.js';
import { useWizard } from '../wizard-context.js';
import { DenmarkNotice } from './denmark-notice.js';

export function JurisdictionStep() {
  const ctx = useWizard();
  const [chosen, setChosen] = useState<JurisdictionId | null>(ctx.settings.jurisdiction);
  const [preselected, setPreselected] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function choose(id: JurisdictionId, byUser: boolean): Promise<void> {
    setChosen(id);
    setError(null);
    setPreselected(!byUser);
    const result = await ctx.save({ jurisdiction: id });
    if (!result.ok) setError({ ...result.error, title: ui.jurisdiction.saveFailed });
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
      <p>{ui.jurisdiction.intro}</p>
      <fieldset className="choices">
        <legend className="visually-hidden">{ui.jurisdiction.legend}</legend>
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
              {JURISDICTION_NAMES[id]} <span className="choice-domain">{siteDomain(id)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {preselected && chosen !== null ? <p className="hint">{ui.jurisdiction.preselected}</p> : null}
      {chosen !== null && !JURISDICTIONS[chosen].botLoginAvailable ? <DenmarkNotice /> : null}
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
