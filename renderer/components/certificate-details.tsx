/** The certificate's technical details (folded under "Details"): name, fingerprint, file paths, "Show in folder". */
import { useState } from 'react';
import type { StoredCertificate } from '../../shared/settings-schema.js';
import type { AppError } from '../../shared/result.js';
import { uploadFile } from '../logic/certificate-files.js';
import { callWizard } from '../wizard-api.js';
import { ErrorMessage } from './error-message.js';
import { text } from '../../shared/i18n/text.js';
import { PathText } from './path-text.js';

interface Props {
  readonly certificate: StoredCertificate;
}

export function CertificateDetails({ certificate }: Props) {
  const [error, setError] = useState<AppError | null>(null);
  const reveal = uploadFile(certificate) ?? certificate.files[0] ?? null;

  async function show(path: string): Promise<void> {
    setError(null);
    const result = await callWizard((api) => api.showInFolder({ path }));
    if (!result.ok) setError(result.error);
  }

  return (
    <>
      <dl className="facts">
        {certificate.commonName ? (
          <>
            <dt>{text.ui.certificate.commonNameValue}</dt>
            <dd translate="no">{certificate.commonName}</dd>
          </>
        ) : null}
        <dt>{text.ui.certificate.fingerprint}</dt>
        <dd>
          <code className="breakable">{certificate.fingerprintSha256}</code>
        </dd>
        <dt>{text.ui.certificate.files}</dt>
        <dd>
          <ul className="paths">
            {certificate.files.map((f) => (
              <li key={f}>
                <PathText path={f} />
              </li>
            ))}
          </ul>
          {reveal ? (
            <button type="button" onClick={() => void show(reveal)}>
              {text.ui.common.showInFolder}
            </button>
          ) : null}
        </dd>
      </dl>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
