/**
 * After a passing test, asked once per run: remember the application key and username on this computer?
 * "Yes" comes first (the default answer); the password is never remembered.
 */
import { useId, useState } from 'react';
import { useWizard } from '../wizard-context.js';
import { text } from '../../shared/i18n/text.js';

/** Asked once per run of the app: a "No" is not asked again after the next test. */
let answeredThisRun = false;

interface Props {
  /** What the passing test used. */
  readonly appKey: string;
  readonly username: string;
}

export function RememberQuestion({ appKey, username }: Props) {
  const ctx = useWizard();
  const id = useId();
  const { settings } = ctx;
  const [answer, setAnswer] = useState<'none' | 'yes' | 'no'>('none');
  const [error, setError] = useState<string | null>(null);
  const alreadyKept = settings.rememberAppKey && settings.rememberUsername;
  if (answer === 'none' && (alreadyKept || answeredThisRun)) return null;

  async function yes(): Promise<void> {
    setError(null);
    const result = await ctx.save({
      rememberAppKey: true,
      appKey: appKey || null,
      rememberUsername: true,
      username: username || null,
    });
    if (!result.ok) return setError(result.error.message);
    answeredThisRun = true;
    setAnswer('yes');
  }

  function no(): void {
    answeredThisRun = true;
    setAnswer('no');
  }

  if (answer !== 'none') {
    return <p role="status">{answer === 'yes' ? text.ui.appKeys.remembered : text.ui.appKeys.notRemembered}</p>;
  }
  return (
    <div className="remember-question" role="group" aria-labelledby={id}>
      <p id={id} className="panel-title">
        {text.ui.appKeys.rememberQuestion}
      </p>
      <p className="hint">{text.ui.appKeys.rememberHint}</p>
      <div className="button-row">
        <button type="button" onClick={() => void yes()}>
          {text.ui.appKeys.rememberYes}
        </button>
        <button type="button" onClick={no}>
          {text.ui.appKeys.rememberNo}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
