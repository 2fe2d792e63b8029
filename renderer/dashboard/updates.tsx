/**
 * The dashboard's "Updates" fold: this version, what the app knows of the next one (shared/update-types.ts, worded
 * here), "Check for updates", "Restart now" once a version is ready, and the setting "Check for updates
 * automatically". While a check or a download is under way the status is asked again every few seconds.
 */
import { useEffect, useState } from 'react';
import { text } from '../../shared/i18n/text.js';
import type { AppError } from '../../shared/result.js';
import type { UpdateStatus } from '../../shared/update-types.js';
import { Check } from '../components/check.js';
import { ErrorMessage } from '../components/error-message.js';
import { useSavedToggle } from '../hooks/use-saved-toggle.js';
import { callWizard } from '../wizard-api.js';
import { useWizard } from '../wizard-context.js';

const POLL_MS = 3000;

function statusWords(status: UpdateStatus): string | null {
  const t = text.UPDATES_TEXT;
  switch (status.kind) {
    case 'unavailable':
      return status.how === 'download' ? t.downloadYourself : t.noUpdater;
    case 'idle':
      return status.lastCheck ? t.upToDate : null;
    case 'checking':
      return t.checking;
    case 'downloading':
      return t.downloading(status.version);
    case 'ready':
      return t.ready(status.version);
    case 'refused': {
      const version = status.version ?? t.someVersion;
      return status.reason === 'checksum' ? t.refusedChecksum(version) : t.refusedSignature(version);
    }
  }
}

export function UpdatesFold() {
  const ctx = useWizard();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const working = status?.kind === 'checking' || status?.kind === 'downloading';

  useEffect(() => {
    let live = true;
    const ask = (): void =>
      void callWizard((api) => api.getUpdateStatus()).then((r) => {
        if (live && r.ok) setStatus(r.value);
      });
    if (status === null || working) {
      const timer = setTimeout(ask, status === null ? 0 : POLL_MS);
      return () => {
        live = false;
        clearTimeout(timer);
      };
    }
    return () => {
      live = false;
    };
  }, [status, working]);

  async function check(): Promise<void> {
    setError(null);
    setStatus({ kind: 'checking' });
    const r = await callWizard((api) => api.checkForUpdates());
    if (r.ok) setStatus(r.value);
  }

  async function restart(): Promise<void> {
    const r = await callWizard((api) => api.restartToUpdate());
    setError(r.ok ? null : r.error);
  }

  async function saveAutomatic(on: boolean): Promise<boolean> {
    return (await ctx.save({ checkForUpdates: on })).ok;
  }
  const [automatic, setAutomatic] = useSavedToggle(ctx.settings.checkForUpdates, saveAutomatic);

  const words = status ? statusWords(status) : null;
  const selfUpdating = status !== null && status.kind !== 'unavailable';
  return (
    <details className="fold updates-fold" open={status?.kind === 'ready' || status?.kind === 'refused'}>
      <summary>{text.UPDATES_TEXT.heading}</summary>
      <p>{text.UPDATES_TEXT.thisVersion(ctx.info.version)}</p>
      {words ? (
        <p role="status" aria-live="polite">
          {words}
        </p>
      ) : null}
      {status?.kind === 'unavailable' && status.downloadUrl ? (
        <p>
          <code className="path-text">{status.downloadUrl}</code>
        </p>
      ) : null}
      {error?.code === 'UPDATE_BUSY' ? <p role="alert">{text.UPDATES_TEXT.busy}</p> : null}
      {error && error.code !== 'UPDATE_BUSY' ? <ErrorMessage error={error} /> : null}
      {selfUpdating ? (
        <>
          <div className="button-row">
            {status.kind === 'ready' ? (
              <button type="button" className="primary" onClick={() => void restart()}>
                {text.UPDATES_TEXT.restartNow}
              </button>
            ) : null}
            <button type="button" disabled={working} onClick={() => void check()}>
              {text.UPDATES_TEXT.checkNow}
            </button>
          </div>
          <Check label={text.UPDATES_TEXT.automatic} checked={automatic} onChange={setAutomatic} />
        </>
      ) : null}
    </details>
  );
}
