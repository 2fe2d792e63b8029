/** Notices above every screen: the test endpoint in use, and a one-time settings notice. */
import { useState } from 'react';
import { text } from '../../shared/i18n/text.js';

export function TestEndpointBanner({ origin }: { readonly origin: string }) {
  return (
    <div role="status" className="banner banner-test">
      <strong>{text.ui.banners.testEndpoint(origin)}</strong> {text.ui.banners.testEndpointHint}
    </div>
  );
}

export function NoticeBanner({ text: words }: { readonly text: string }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div role="alert" className="banner banner-notice">
      <span>{words}</span>
      <button type="button" onClick={() => setOpen(false)}>
        {text.ui.banners.dismiss}
      </button>
    </div>
  );
}
