/** "Create certificate": folder (changeable), advanced options, progress, and the replace question. */
import { useState } from 'react';
import {
  DEFAULT_COMMON_NAME,
  DEFAULT_VALIDITY_DAYS,
  MAX_VALIDITY_DAYS,
  MIN_VALIDITY_DAYS,
  type GenerateRequest,
} from '../../shared/certificate-types.js';
import type { AppError } from '../../shared/result.js';
import { parseValidityDays } from '../logic/certificate-options.js';
import { callWizard } from '../wizard-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { ErrorMessage } from '../components/error-message.js';
import { Field } from '../components/field.js';
import { TextField } from '../components/text-field.js';
import { useWizard } from '../wizard-context.js';
import { text } from '../../shared/i18n/text.js';

interface Props {
  /** The certificate is made and remembered (the settings are already reloaded). */
  readonly onCreated: (backupDir: string | null) => void;
}

export function CreateCertificate({ onCreated }: Props) {
  const ctx = useWizard();
  const [dir, setDir] = useState(ctx.settings.certificate?.dir ?? ctx.info.defaultCertificateDir);
  const [commonName, setCommonName] = useState(DEFAULT_COMMON_NAME);
  const [days, setDays] = useState(String(DEFAULT_VALIDITY_DAYS));
  const [p12Password, setP12Password] = useState('');
  const [busy, setBusy] = useState(false);
  const [askReplace, setAskReplace] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [advancedOpen, setAdvancedOpen] = useState(false);

  const daysCheck = parseValidityDays(days);
  const cnOk = commonName.trim().length > 0;

  async function changeFolder(): Promise<void> {
    const result = await callWizard((api) => api.chooseFolder({ defaultPath: dir }));
    if (!result.ok) setError(result.error);
    else if (result.value) setDir(result.value);
  }

  async function create(replaceExisting: boolean): Promise<void> {
    if (busy) return;
    if (!daysCheck.ok || !cnOk) {
      setAdvancedOpen(true);
      return;
    }
    setAskReplace(false);
    setBusy(true);
    setError(null);
    const request: GenerateRequest = {
      dir,
      subject: { commonName: commonName.trim() },
      days: daysCheck.days,
      ...(p12Password ? { p12Password } : {}),
      ...(replaceExisting ? { replaceExisting: true } : {}),
    };
    const result = await callWizard((api) => api.generateCertificate(request));
    setBusy(false);
    if (result.ok) {
      setP12Password('');
      await ctx.reload();
      onCreated(result.value.backupDir);
    } else if (result.error.code === 'FILES_EXIST') {
      setAskReplace(true);
    } else {
      setError(result.error);
    }
  }

  return (
    <div aria-busy={busy}>
      <p>{text.ui.certificate.folderLabel}</p>
      <p>
        <code className="breakable">{dir}</code>
      </p>
      <button type="button" onClick={() => void changeFolder()} disabled={busy}>
        {text.ui.certificate.changeFolder}
      </button>
      <details className="advanced" open={advancedOpen} onToggle={(e) => setAdvancedOpen(e.currentTarget.open)}>
        <summary>{text.ui.certificate.advanced}</summary>
        <Field label={text.ui.certificate.commonName} error={cnOk ? null : text.ui.certificate.commonNameError}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={commonName}
              maxLength={64}
              onChange={(e) => setCommonName(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={text.ui.certificate.validDays}
          error={daysCheck.ok ? null : text.ui.certificate.validDaysError(MIN_VALIDITY_DAYS, MAX_VALIDITY_DAYS)}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={MIN_VALIDITY_DAYS}
              max={MAX_VALIDITY_DAYS}
              value={days}
              onChange={(e) => setDays(e.target.value)}
            />
          )}
        </Field>
        <TextField
          label={text.ui.certificate.p12Password}
          type="password"
          autoComplete="new-password"
          value={p12Password}
          onChange={setP12Password}
          hint={text.ui.certificate.p12PasswordHint}
        />
      </details>
      <button
        type="button"
        className="primary"
        onClick={() => void create(false)}
        aria-disabled={busy || undefined}
        aria-busy={busy}
      >
        {text.ui.certificate.create}
      </button>
      <div role="status" className="live">
        {busy ? <p>{text.ui.certificate.creating}</p> : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {askReplace ? (
        <ConfirmDialog
          title={text.ui.certificate.replaceTitle}
          text={text.ui.certificate.replaceText}
          confirmLabel={text.ui.certificate.replace}
          onConfirm={() => void create(true)}
          onCancel={() => setAskReplace(false)}
        />
      ) : null}
    </div>
  );
}
