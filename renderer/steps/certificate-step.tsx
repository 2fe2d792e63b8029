/** Step 2: make a new certificate or bring one; shows the one in use. */
import { useState } from 'react';
import { ui } from '../../shared/i18n/en/ui.js';
import { CertificateDetails } from '../components/certificate-details.js';
import type { WizardContext } from '../wizard-context.js';
import { CreateCertificate } from './create-certificate.js';
import { UseExistingCertificate } from './use-existing-certificate.js';

export function CertificateStep({ ctx }: { readonly ctx: WizardContext }) {
  const [existing, setExisting] = useState(false);
  const certificate = ctx.settings.certificate;

  return (
    <>
      <p>{ui.certificate.intro}</p>
      {certificate ? (
        <section className="card" aria-labelledby="current-cert">
          <h2 id="current-cert">{ui.certificate.currentHeading}</h2>
          <CertificateDetails certificate={certificate} />
        </section>
      ) : (
        <p className="hint">{ui.certificate.noneYet}</p>
      )}
      <CreateCertificate ctx={ctx} />
      <section className="card" aria-labelledby="existing-cert">
        <h2 id="existing-cert">{ui.certificate.existingHeading}</h2>
        {existing ? (
          <UseExistingCertificate ctx={ctx} />
        ) : (
          <button type="button" aria-expanded={false} onClick={() => setExisting(true)}>
            {ui.certificate.useExisting}
          </button>
        )}
      </section>
    </>
  );
}
