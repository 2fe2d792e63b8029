/**
 * For a certificate inside a .pem or .p12: "Save the certificate as a .crt" next to it (a .p12 needs
 * its password to be read). The new .crt then becomes the file to upload.
 */
import { useState } from 'react';
import type { AppError } from '../../shared/result.js';
import { ErrorMessage } from '../components/error-message.js';
import { TextField } from '../components/text-field.js';
import { callWizard } from '../wizard-api.js';
import { useWizard } from '../wizard-context.js';
import { text } from '../../shared/i18n/text.js';

interface Props {
  readonly p12: boolean;
  /** The .crt is on disk and remembered (the settings are already reloaded). */
  readonly onSaved: () => void;
}

export function SaveCrt({ p12, onSaved }: Props) {
  const ctx = useWizard();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function save(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await callWizard((api) =>
      api.saveCertificateAsCrt(p12 && password ? { p12Password: password } : {}),
    );
    setPassword('');
    setBusy(false);
    if (!result.ok) setError(result.error);
    else {
      await ctx.reload();
      onSaved();
    }
  }

  return (
    <section className="panel panel-warning" aria-labelledby="save-crt" aria-busy={busy}>
      <h2 id="save-crt">{text.ui.upload.saveCrt}</h2>
      <p>{text.ui.upload.noCrt}</p>
      {p12 ? (
        <TextField type="password" label={text.ui.upload.crtP12Password} value={password} onChange={setPassword} />
      ) : null}
      <button type="button" className="primary" onClick={() => void save()} aria-disabled={busy || undefined}>
        {busy ? text.ui.upload.savingCrt : text.ui.upload.saveCrt}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
