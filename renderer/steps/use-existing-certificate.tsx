/** "Use an existing certificate": pick files, give a .p12 password if needed, see the check's findings. */
import { useState } from 'react';
import type { InspectReport } from '../../shared/certificate-types.js';
import type { AppError } from '../../shared/result.js';
import { needsP12Password } from '../logic/certificate-files.js';
import { callWizard } from '../wizard-api.js';
import { ErrorMessage } from '../components/error-message.js';
import { Findings } from '../components/findings.js';
import { TextField } from '../components/text-field.js';
import { useWizard } from '../wizard-context.js';
import { text } from '../../shared/i18n/text.js';
import { PathText } from '../components/path-text.js';

interface Props {
  /** The files are fine and remembered (the settings are already reloaded). */
  readonly onUsable: () => void;
}

export function UseExistingCertificate({ onUsable }: Props) {
  const ctx = useWizard();
  const [paths, setPaths] = useState<readonly string[]>([]);
  const [p12Password, setP12Password] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<InspectReport | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const p12 = needsP12Password(paths);

  async function choose(): Promise<void> {
    setError(null);
    const result = await callWizard((api) => api.chooseCertificateFiles());
    if (!result.ok) setError(result.error);
    else if (result.value.length > 0) {
      setPaths(result.value);
      setReport(null);
    }
  }

  async function check(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    setReport(null);
    const result = await callWizard((api) =>
      api.useCertificate({ paths, ...(p12 && p12Password ? { p12Password } : {}) }),
    );
    setBusy(false);
    setP12Password('');
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setReport(result.value);
    if (result.value.usable) {
      await ctx.reload();
      onUsable();
    }
  }

  return (
    <div aria-busy={busy}>
      <p>{text.ui.certificate.existingIntro}</p>
      <button
        type="button"
        className={paths.length === 0 ? 'primary' : undefined}
        onClick={() => void choose()}
        disabled={busy}
      >
        {text.ui.certificate.chooseFiles}
      </button>
      {paths.length === 0 ? (
        <p className="hint">{text.ui.certificate.noFilesChosen}</p>
      ) : (
        <>
          <p>{text.ui.certificate.chosenFiles}</p>
          <ul className="paths">
            {paths.map((p) => (
              <li key={p}>
                <PathText path={p} />
              </li>
            ))}
          </ul>
          {p12 ? (
            <TextField
              type="password"
              label={text.ui.certificate.existingP12Password}
              value={p12Password}
              onChange={setP12Password}
            />
          ) : null}
          <button
            type="button"
            className="primary"
            onClick={() => void check()}
            aria-disabled={busy || undefined}
            aria-busy={busy}
          >
            {text.ui.certificate.check}
          </button>
        </>
      )}
      <div role="status" className="live">
        {busy ? <p>{text.ui.certificate.checking}</p> : null}
      </div>
      {report ? <Findings report={report} reveal /> : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
