/** "Add a renewal reminder to my calendar": the app writes an .ics next to the certificate and opens it. */
import { useState } from 'react';
import type { AppError } from '../../shared/result.js';
import { callWizard } from '../wizard-api.js';
import { ErrorMessage } from './error-message.js';
import { text } from '../../shared/i18n/text.js';

export function RenewalReminder() {
  const [saved, setSaved] = useState<{ readonly path: string; readonly late: boolean } | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  async function add(): Promise<void> {
    setError(null);
    setSaved(null);
    const result = await callWizard((api) => api.addRenewalReminder());
    if (result.ok) setSaved(result.value);
    else setError(result.error);
  }

  return (
    <>
      <button type="button" onClick={() => void add()}>
        {text.ui.expiry.addReminder}
      </button>
      <div role="status">
        {saved ? (
          <p className={`panel ${saved.late ? 'panel-warning' : 'panel-success'}`}>
            {saved.late ? text.ui.expiry.reminderAddedLate(saved.path) : text.ui.expiry.reminderAdded(saved.path)}
          </p>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
