/**
 * Opens an allow-listed Betfair page in the default browser (through openExternalLink), shown as a button (a
 * catalogue action such as "Open my Betfair account") or as a link (help that reads like a link).
 */
import { useState, type MouseEvent } from 'react';
import type { StatusAction } from '../../shared/login-catalogue.js';
import { callWizard } from '../wizard-api.js';

interface Props {
  readonly action: StatusAction;
  readonly look?: 'button' | 'link';
}

export function ExternalLinkButton({ action, look = 'button' }: Props) {
  const [error, setError] = useState<string | null>(null);
  async function open(): Promise<void> {
    setError(null);
    const result = await callWizard((api) => api.openExternalLink({ url: action.url }));
    if (!result.ok) setError(result.error.message);
  }
  function openLink(event: MouseEvent<HTMLAnchorElement>): void {
    // The app never navigates away from itself: the page opens in the user's browser instead.
    event.preventDefault();
    void open();
  }
  return (
    <>
      {look === 'link' ? (
        <a href={action.url} onClick={openLink}>
          {action.label}
        </a>
      ) : (
        <button type="button" onClick={() => void open()}>
          {action.label}
        </button>
      )}
      {error ? <p className="field-error">{error}</p> : null}
    </>
  );
}
