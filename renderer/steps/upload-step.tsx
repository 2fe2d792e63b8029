/** Step 3: open the jurisdiction's security page, show the .crt, numbered steps, and the confirmation. */
import { useState } from 'react';
import { CERT_FILE_NAMES } from '../../shared/certificate-types.js';
import { DEFAULT_JURISDICTION } from '../../shared/jurisdictions.js';
import { JURISDICTION_NAMES } from '../../shared/i18n/en/jurisdictions.js';
import { ui } from '../../shared/i18n/en/ui.js';
import type { AppError } from '../../shared/result.js';
import { baseName, uploadFile } from '../logic/certificate-files.js';
import { callWizard } from '../wizard-api.js';
import { useSavedToggle } from '../hooks/use-saved-toggle.js';
import { ErrorMessage } from '../components/error-message.js';
import type { WizardContext } from '../wizard-context.js';

export function UploadStep({ ctx }: { readonly ctx: WizardContext }) {
  const [error, setError] = useState<AppError | null>(null);
  const jurisdiction = ctx.settings.jurisdiction ?? DEFAULT_JURISDICTION;
  const crt = ctx.settings.certificate ? uploadFile(ctx.settings.certificate) : null;

  async function openPage(): Promise<void> {
    setError(null);
    const result = await callWizard((api) => api.openSecurityPage({ jurisdiction }));
    if (!result.ok) setError(result.error);
  }

  async function showCrt(path: string): Promise<void> {
    setError(null);
    const result = await callWizard((api) => api.showInFolder({ path }));
    if (!result.ok) setError(result.error);
  }

  async function confirm(checked: boolean): Promise<boolean> {
    setError(null);
    const result = await ctx.save({ uploadConfirmed: checked });
    if (!result.ok) setError(result.error);
    return result.ok;
  }
  const [confirmed, setConfirmed] = useSavedToggle(ctx.settings.uploadConfirmed, confirm);

  return (
    <>
      <p>{ui.upload.intro(JURISDICTION_NAMES[jurisdiction])}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void openPage()}>
          {ui.upload.openPage}
        </button>
        {crt ? (
          <button type="button" onClick={() => void showCrt(crt)}>
            {ui.upload.showCrt}
          </button>
        ) : null}
      </div>
      {crt ? (
        <p>
          <code className="breakable">{crt}</code>
        </p>
      ) : (
        <p role="note" className="panel panel-warning">
          {ui.upload.noCrt}
        </p>
      )}
      <h2>{ui.upload.stepsHeading}</h2>
      <ol className="numbered">
        {ui.upload.steps(crt ? baseName(crt) : CERT_FILE_NAMES.certificate).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
      <p role="note" className="panel panel-warning">
        {ui.upload.crtHint}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
        />
        <span>{ui.upload.confirm}</span>
      </label>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
