/** Step 1: where the user lives decides every Betfair site. Denmark stops here. */
import { useState } from 'react';
import { JURISDICTION_IDS, JURISDICTIONS, type JurisdictionId } from '../../shared/jurisdictions.js';
import { JURISDICTION_NAMES } from '../../shared/i18n/en/jurisdictions.js';
import { ui } from '../../shared/i18n/en/ui.js';
import type { AppError } from '../../shared/result.js';
import { ErrorMessage } from '../components/error-message.js';
import type { WizardContext } from '../wizard-context.js';

export function JurisdictionStep({ ctx }: { readonly ctx: WizardContext }) {
  const [chosen, setChosen] = useState<JurisdictionId | null>(ctx.settings.jurisdiction);
  const [error, setError] = useState<AppError | null>(null);

  async function choose(id: JurisdictionId): Promise<void> {
    setChosen(id);
    setError(null);
    const result = await ctx.save({ jurisdiction: id });
    if (!result.ok) setError({ ...result.error, title: ui.jurisdiction.saveFailed });
  }

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
              onChange={() => void choose(id)}
            />
            <span>{JURISDICTION_NAMES[id]}</span>
          </label>
        ))}
      </fieldset>
      {chosen !== null && !JURISDICTIONS[chosen].botLoginAvailable ? (
        <p role="note" className="panel panel-warning">
          {ui.jurisdiction.denmarkNote}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
