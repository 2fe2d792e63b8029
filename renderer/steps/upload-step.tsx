/**
 * Step 3: the file to upload (saved as a .crt first when the certificate sits inside a .pem or .p12),
 * the jurisdiction's security page and numbered steps that match the buttons on screen. The tick Next waits for is
 * in the footer, beside Next (UploadConfirm).
 */
import { useState } from 'react';
import { CERT_FILE_NAMES } from '../../shared/certificate-types.js';
import { DEFAULT_JURISDICTION } from '../../shared/jurisdictions.js';
import type { AppError } from '../../shared/result.js';
import { baseName, uploadFile } from '../logic/certificate-files.js';
import { callWizard } from '../wizard-api.js';
import { ErrorMessage } from '../components/error-message.js';
import { useWizard } from '../wizard-context.js';
import { RevealedHeading } from '../components/revealed-heading.js';
import { SaveCrt } from './save-crt.js';
import { text } from '../../shared/i18n/text.js';
import { PathText } from '../components/path-text.js';

export function UploadStep() {
  const ctx = useWizard();
  const [error, setError] = useState<AppError | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const jurisdiction = ctx.settings.jurisdiction ?? DEFAULT_JURISDICTION;
  const certificate = ctx.settings.certificate;
  const crt = certificate ? uploadFile(certificate) : null;

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

  const confirmed = ctx.settings.uploadConfirmed;

  return (
    <>
      <p>{text.ui.upload.intro(text.JURISDICTION_NAMES[jurisdiction])}</p>
      {crt === null && certificate ? (
        <SaveCrt p12={certificate.source.kind === 'p12'} onSaved={() => setJustSaved(true)} />
      ) : null}
      {crt && justSaved ? (
        <div className="panel panel-success">
          <RevealedHeading level={2} id="crt-saved" reveal>
            {text.ui.upload.crtSaved(baseName(crt))}
          </RevealedHeading>
        </div>
      ) : null}
      {crt ? (
        <p className="upload-file">
          <PathText path={crt} />
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className={crt && !confirmed ? 'primary' : undefined} onClick={() => void openPage()}>
          {text.ui.upload.openPage}
        </button>
        {crt ? (
          <button type="button" onClick={() => void showCrt(crt)}>
            {text.ui.upload.showCrt}
          </button>
        ) : null}
      </div>
      <h2>{text.ui.upload.stepsHeading}</h2>
      <ol className="numbered">
        {text.ui.upload.steps(crt ? baseName(crt) : CERT_FILE_NAMES.certificate, crt !== null).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p role="note" className="panel panel-warning">
        {text.ui.upload.crtHint}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
