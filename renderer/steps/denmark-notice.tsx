/** Step 1 with betfair.dk chosen: why there is no bot login, what to do instead, and the way back. */
import { useEffect, useRef, useState } from 'react';
import { INTERACTIVE_LOGIN_URL } from '../../shared/jurisdictions.js';
import { ErrorMessage } from '../components/error-message.js';
import type { AppError } from '../../shared/result.js';
import { callWizard } from '../wizard-api.js';
import { text } from '../../shared/i18n/text.js';

export function DenmarkNotice() {
  const [error, setError] = useState<AppError | null>(null);
  const ref = useRef<HTMLElement>(null);
  // Scrolled into view, but the focus stays on the radio buttons (arrow keys move through them).
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  async function openPage(): Promise<void> {
    setError(null);
    const result = await callWizard((api) => api.openExternalLink({ url: INTERACTIVE_LOGIN_URL }));
    if (!result.ok) setError(result.error);
  }

  return (
    <section ref={ref} className="panel panel-warning" aria-labelledby="denmark-heading">
      <h2 id="denmark-heading">{text.ui.jurisdiction.denmarkHeading}</h2>
      <p>{text.ui.jurisdiction.denmarkWhy}</p>
      <p>{text.ui.jurisdiction.denmarkInstead}</p>
      <button type="button" className="primary" onClick={() => void openPage()}>
        {text.ui.jurisdiction.denmarkLink}
      </button>
      <p>{text.ui.jurisdiction.denmarkOtherSite}</p>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
