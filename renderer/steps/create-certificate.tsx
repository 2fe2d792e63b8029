/**
 * "Create certificate": folder (changeable), advanced options (name, days, and a .p12 password typed twice with a
 * show toggle, printable ASCII only: shared/p12-password.ts says why), progress, and the replace question. Opening
 * the advanced options keeps "Create certificate" in view.
 */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  DEFAULT_VALIDITY_DAYS,
  MAX_VALIDITY_DAYS,
  MIN_VALIDITY_DAYS,
  type GenerateRequest,
} from '../../shared/certificate-types.js';
import type { AppError } from '../../shared/result.js';
import { checkNewP12Password, type P12PasswordProblem } from '../../shared/p12-password.js';
import { bringActionIntoView } from '../hooks/use-reveal.js';
import { parseValidityDays } from '../logic/certificate-options.js';
import { callWizard } from '../wizard-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { ErrorMessage } from '../components/error-message.js';
import { Field } from '../components/field.js';
import { useWizard } from '../wizard-context.js';
import { text } from '../../shared/i18n/text.js';
import { datedCommonName } from '../../shared/renewal.js';
import { PathText } from '../components/path-text.js';

interface Props {
  /** The certificate is made and remembered (the settings are already reloaded). */
  readonly onCreated: (backupDir: string | null) => void;
}

export function CreateCertificate({ onCreated }: Props) {
  const ctx = useWizard();
  const [dir, setDir] = useState(ctx.settings.certificate?.dir ?? ctx.info.defaultCertificateDir);
  // A name that tells this certificate apart from next year's ("Betfair bot login 2026-12-06"): Betfair's page lists it.
  const [commonName, setCommonName] = useState(() => datedCommonName(new Date()));
  const [days, setDays] = useState(String(DEFAULT_VALIDITY_DAYS));
  const [p12Password, setP12Password] = useState('');
  const [p12Again, setP12Again] = useState('');
  const [showP12, setShowP12] = useState(false);
  const [p12Problem, setP12Problem] = useState<P12PasswordProblem | null>(null);
  const createRef = useRef<HTMLButtonElement>(null);
  const p12Ref = useRef<HTMLInputElement>(null);
  const p12AgainRef = useRef<HTMLInputElement>(null);
  const cnRef = useRef<HTMLInputElement>(null);
  const daysRef = useRef<HTMLInputElement>(null);
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
    // No password, no .p12: the second field is hidden then, and what is left in it does not count.
    const p12Check = checkNewP12Password(p12Password, p12Password ? p12Again : '');
    if (!daysCheck.ok || !cnOk || p12Check) {
      // The options unfold (drawn now, so their fields can take the focus) and the first field to fix takes the
      // focus: its error is its description, so it is said again on every press that fails (issue 31).
      flushSync(() => {
        setP12Problem(p12Check);
        setAdvancedOpen(true);
      });
      const wrong = !cnOk ? cnRef : !daysCheck.ok ? daysRef : p12Check === 'mismatch' ? p12AgainRef : p12Ref;
      wrong.current?.focus();
      if (createRef.current) bringActionIntoView(createRef.current, wrong.current);
      return;
    }
    setP12Problem(null);
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
      setP12Again('');
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
        <PathText path={dir} />
      </p>
      <button type="button" onClick={() => void changeFolder()} disabled={busy}>
        {text.ui.certificate.changeFolder}
      </button>
      <details
        className="advanced"
        open={advancedOpen}
        onToggle={(e) => {
          const open = e.currentTarget.open;
          setAdvancedOpen(open);
          // The fields unfold above the main action: keep "Create certificate" in view.
          if (open && createRef.current) bringActionIntoView(createRef.current);
        }}
      >
        <summary>{text.ui.certificate.advanced}</summary>
        <Field label={text.ui.certificate.commonName} error={cnOk ? null : text.ui.certificate.commonNameError}>
          {(control) => (
            <input
              {...control}
              ref={cnRef}
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
              ref={daysRef}
              type="number"
              inputMode="numeric"
              min={MIN_VALIDITY_DAYS}
              max={MAX_VALIDITY_DAYS}
              value={days}
              onChange={(e) => setDays(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={text.ui.certificate.p12Password}
          hint={text.ui.certificate.p12PasswordHint}
          error={p12Problem === 'not-ascii' ? text.ui.certificate.p12NotAscii : null}
        >
          {(control) => (
            <div className="with-button">
              <input
                {...control}
                ref={p12Ref}
                type={showP12 ? 'text' : 'password'}
                autoComplete="new-password"
                spellCheck={false}
                value={p12Password}
                onChange={(e) => {
                  setP12Password(e.target.value);
                  setP12Problem(null);
                }}
              />
              <button type="button" aria-pressed={showP12} onClick={() => setShowP12((v) => !v)}>
                {text.ui.certificate.showP12Password}
              </button>
            </div>
          )}
        </Field>
        {p12Password ? (
          <Field
            label={text.ui.certificate.p12PasswordAgain}
            error={p12Problem === 'mismatch' ? text.ui.certificate.p12Mismatch : null}
          >
            {(control) => (
              <input
                {...control}
                ref={p12AgainRef}
                type={showP12 ? 'text' : 'password'}
                autoComplete="new-password"
                spellCheck={false}
                value={p12Again}
                onChange={(e) => {
                  setP12Again(e.target.value);
                  setP12Problem(null);
                }}
              />
            )}
          </Field>
        ) : null}
      </details>
      <button
        type="button"
        className="primary"
        ref={createRef}
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
