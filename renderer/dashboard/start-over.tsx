/** "Start over": asks first, then forgets the settings and goes back to the first step. */
import { useState } from 'react';
import type { AppError } from '../../shared/result.js';
import { callWizard } from '../wizard-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { ErrorMessage } from '../components/error-message.js';
import { useWizard } from '../wizard-context.js';
import { text } from '../../shared/i18n/text.js';

export function StartOver() {
  const ctx = useWizard();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  async function reset(): Promise<void> {
    setAsking(false);
    setError(null);
    const result = await callWizard((api) => api.resetSettings());
    if (!result.ok) {
      setError(result.error);
      return;
    }
    ctx.setSettings(result.value);
    ctx.goTo('jurisdiction');
  }

  return (
    <div className="start-over">
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {text.ui.dashboard.startOver}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
      {asking ? (
        <ConfirmDialog
          title={text.ui.dashboard.startOverTitle}
          text={text.ui.dashboard.startOverText}
          confirmLabel={text.ui.dashboard.startOverConfirm}
          danger
          onConfirm={() => void reset()}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </div>
  );
}
