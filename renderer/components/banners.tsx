/** Notices above every screen: the test endpoint in use, and a one-time settings notice. */
import { useState } from 'react';
import { ui } from '../../shared/i18n/en/ui.js';

export function TestEndpointBanner({ origin }: { readonly origin: string }) {
  return (
    <div role="status" className="banner banner-test">
      <strong>{ui.banners.testEndpoint(origin)}</strong> {ui.banners.testEndpointHint}
    </div>
  );
}

export function NoticeBanner({ text }: { readonly text: string }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div role="alert" className="banner banner-notice">
      <span>{text}</span>
      <button type="button" onClick={() => setOpen(false)}>
        {ui.banners.dismiss}
      </button>
    </div>
  );
}
