/**
 * Renewing the certificate without the bot going down (shared/renewal.ts), on the dashboard's certificate card: what
 * will happen and in which order, then one next action per stage (make the new set beside the working one → upload →
 * replace two files on the bot's machine → test), a cancel that returns to the working set at any point, and after
 * the passing test the bot's next steps and the archive of old certificates with its delete button. The stage is in
 * the settings, so a restart resumes where the bettor was.
 */
import { useState } from 'react';
import type { AppError, Result } from '../../shared/result.js';
import type { Settings } from '../../shared/settings-schema.js';
import { text, intlLocale } from '../../shared/i18n/text.js';
import { renewalStage, shortFingerprint } from '../../shared/renewal.js';
import { DEFAULT_JURISDICTION } from '../../shared/jurisdictions.js';
import type { WizardApi } from '../../shared/api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { ErrorMessage } from '../components/error-message.js';
import { RevealedHeading } from '../components/revealed-heading.js';
import { RenewalReminder } from '../components/renewal-reminder.js';
import { formatDate } from '../logic/dates.js';
import { callWizard } from '../wizard-api.js';
import { useWizard } from '../wizard-context.js';

interface Props {
  /** Opens the dashboard's test fold and puts the focus in it (the renewal's test is the usual "Test my login"). */
  readonly onTest: () => void;
}

export function Renewal({ onTest }: Props) {
  const ctx = useWizard();
  const { settings } = ctx;
  const stage = renewalStage(settings);
  const [explaining, setExplaining] = useState(false);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<'cancel' | 'delete' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const t = text.RENEWAL_TEXT;

  async function act(call: (api: WizardApi) => Promise<Result<Settings>>): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    setAsking(null);
    const result = await callWizard(call);
    setBusy(false);
    if (result.ok) {
      ctx.setSettings(result.value);
      setExplaining(false);
    } else setError(result.error);
  }

  async function show(path: string): Promise<void> {
    const result = await callWizard((api) => api.showInFolder({ path }));
    if (!result.ok) setError(result.error);
  }

  const renewal = settings.renewal;
  const working = settings.certificate;
  return (
    <>
      {stage === 'none' && !explaining ? (
        <div className="button-row">
          <button type="button" onClick={() => setExplaining(true)}>
            {text.ui.expiry.renew}
          </button>
          <RenewalReminder />
        </div>
      ) : null}
      {stage === 'none' && explaining ? (
        <section className="panel renewal" aria-labelledby="renewal-plan">
          <RevealedHeading level={3} id="renewal-plan" reveal>
            {t.heading}
          </RevealedHeading>
          <ol>
            {t.plan.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void act((api) => api.startRenewal())}
            >
              {busy ? t.making : t.start}
            </button>
            <button type="button" disabled={busy} onClick={() => setExplaining(false)}>
              {t.notNow}
            </button>
          </div>
        </section>
      ) : null}
      {renewal && working && (stage === 'not-uploaded' || stage === 'not-tested') ? (
        <section className="panel panel-warning renewal" aria-labelledby="renewal-progress">
          <RevealedHeading level={3} id="renewal-progress" reveal>
            {t.inProgress[stage]}
          </RevealedHeading>
          <p>{t.newCertificate(renewal.commonName ?? '', shortFingerprint(renewal.fingerprintSha256))}</p>
          <p>{t.working(working.commonName ?? '', formatDate(working.notAfter, intlLocale()))}</p>
          <p>
            <strong>{stage === 'not-uploaded' ? t.nextUpload : t.nextTest}</strong>
          </p>
          {stage === 'not-tested' ? <BotFiles dir={renewal.botFilesDir} onShow={show} /> : null}
          <div className="button-row">
            {stage === 'not-uploaded' ? (
              <>
                <button
                  type="button"
                  onClick={() =>
                    void callWizard((api) =>
                      api.openSecurityPage({ jurisdiction: settings.jurisdiction ?? DEFAULT_JURISDICTION }),
                    )
                  }
                >
                  {text.ui.upload.openPage}
                </button>
                <button type="button" onClick={() => void show(renewal.files[0] ?? renewal.dir)}>
                  {t.showNew}
                </button>
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  onClick={() => void act((api) => api.confirmRenewalUpload())}
                >
                  {t.uploaded}
                </button>
              </>
            ) : (
              <button type="button" className="primary" onClick={onTest}>
                {t.testNew}
              </button>
            )}
            <button type="button" disabled={busy} onClick={() => setAsking('cancel')}>
              {t.cancel}
            </button>
          </div>
        </section>
      ) : null}
      {stage === 'done' && settings.renewalDone ? (
        <section className="panel panel-success renewal" aria-labelledby="renewal-done">
          <h3 id="renewal-done">{t.doneHeading}</h3>
          <p>{t.done}</p>
          <BotFiles dir={settings.renewalDone.botFilesDir} onShow={show} />
          <div className="button-row">
            <RenewalReminder />
            <button type="button" onClick={() => void act((api) => api.closeRenewalNote())}>
              {t.closeDone}
            </button>
          </div>
        </section>
      ) : null}
      {settings.archiveDir && stage !== 'not-uploaded' && stage !== 'not-tested' ? (
        <div className="renewal-archive">
          <p>{t.archive(settings.archiveDir)}</p>
          <button type="button" className="danger" disabled={busy} onClick={() => setAsking('delete')}>
            {t.deleteArchive}
          </button>
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      {asking === 'cancel' && renewal && working ? (
        <ConfirmDialog
          title={t.cancelTitle}
          text={renewal.uploaded ? t.cancelTextUploaded(working.files[0] ?? '') : t.cancelText}
          confirmLabel={t.cancel}
          cancelLabel={t.keepGoing}
          onConfirm={() => void act((api) => api.cancelRenewal())}
          onCancel={() => setAsking(null)}
        />
      ) : null}
      {asking === 'delete' && settings.archiveDir ? (
        <ConfirmDialog
          title={t.deleteTitle}
          text={t.deleteText(settings.archiveDir)}
          confirmLabel={t.deleteConfirm}
          danger
          onConfirm={() => void act((api) => api.deleteArchive())}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </>
  );
}

function BotFiles({ dir, onShow }: { readonly dir: string; readonly onShow: (path: string) => Promise<void> }) {
  const t = text.RENEWAL_TEXT;
  const { settings } = useWizard();
  return (
    <div className="renewal-bot">
      <h4>{t.botFilesHeading}</h4>
      <p>{t.botFiles(dir)}</p>
      {settings.kits.some((kit) => kit.framework === 'dotnet' || kit.framework === 'java') ? (
        <p>{t.keystoreKits}</p>
      ) : null}
      <button type="button" onClick={() => void onShow(dir)}>
        {t.showBotFiles}
      </button>
    </div>
  );
}
