/**
 * Step 2 once a certificate is set: "Certificate ready - next: upload it", one line per file, the
 * expiry, and the technical details folded away. Next (in the step frame) is the main action.
 */
import type { StoredCertificate } from '../../shared/settings-schema.js';
import { CertificateDetails } from '../components/certificate-details.js';
import { CertificateFileList } from '../components/certificate-file-list.js';
import { ExpiryLine } from '../components/expiry-line.js';
import { RevealedHeading } from '../components/revealed-heading.js';
import { text } from '../../shared/i18n/text.js';

interface Props {
  readonly certificate: StoredCertificate;
  /** Just made or checked: bring the panel into view and focus its heading. */
  readonly reveal: boolean;
  /** Said once after a replace: where the previous files went. */
  readonly note: string | null;
  readonly onMakeNew: () => void;
  readonly onUseOther: () => void;
}

export function CertificateReady({ certificate, reveal, note, onMakeNew, onUseOther }: Props) {
  return (
    <section className="card card-success" aria-labelledby="cert-ready">
      <RevealedHeading level={2} id="cert-ready" reveal={reveal}>
        {text.ui.certificate.readyHeading}
      </RevealedHeading>
      <p>{text.ui.certificate.readyIntro}</p>
      {note ? <p>{note}</p> : null}
      <CertificateFileList certificate={certificate} />
      <p>
        <ExpiryLine notAfter={certificate.notAfter} />
      </p>
      <details className="advanced">
        <summary>{text.ui.common.details}</summary>
        <CertificateDetails certificate={certificate} />
      </details>
      <div className="button-row">
        <button type="button" onClick={onMakeNew}>
          {text.ui.certificate.makeNew}
        </button>
        <button type="button" onClick={onUseOther}>
          {text.ui.certificate.useOther}
        </button>
      </div>
    </section>
  );
}
