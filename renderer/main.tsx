/** Entry point of the wizard window. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadWizard, type Phase } from './app.js';
import { ErrorBoundary } from './components/error-boundary.js';
import './styles.css';

/** How long the first render waits for the app's answer before it shows "Loading…" instead. */
const LOADING_AFTER_MS = 250;

// Ask the app for its state first, so the answer is on its way while React starts.
const boot = loadWizard();
const root = document.getElementById('root');
if (root) {
  const show = (initial?: Phase): void => {
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary>
          <App boot={boot} initial={initial} />
        </ErrorBoundary>
      </StrictMode>,
    );
  };
  // Usually the answer is in within milliseconds: render the first screen straight away (one render, one paint,
  // not "Loading…" first). When it is slow, "Loading…" shows and the screen follows.
  let shown = false;
  const timer = window.setTimeout(() => {
    shown = true;
    show();
  }, LOADING_AFTER_MS);
  void boot.then((phase) => {
    if (shown) return;
    window.clearTimeout(timer);
    shown = true;
    show(phase);
  });
}
