/**
 * Step 3's tick, "I have uploaded the certificate": what Next waits for, so it sits beside Next in the footer (the
 * step frame's gate), always in view. Saved at once; a failed save unticks it and says why.
 */
import { useState } from 'react';
import { useSavedToggle } from '../hooks/use-saved-toggle.js';
import { Check } from '../components/check.js';
import { useWizard } from '../wizard-context.js';
import { text } from '../../shared/i18n/text.js';

export function UploadConfirm() {
  const ctx = useWizard();
  const [error, setError] = useState<string | null>(null);

  async function confirm(checked: boolean): Promise<boolean> {
    setError(null);
    const result = await ctx.save({ uploadConfirmed: checked });
    if (!result.ok) setError(result.error.message);
    return result.ok;
  }
  const [confirmed, setConfirmed] = useSavedToggle(ctx.settings.uploadConfirmed, confirm);

  return (
    <>
      <Check label={text.ui.upload.confirm} checked={confirmed} onChange={setConfirmed} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
