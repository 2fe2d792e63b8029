/** Entry point of the wizard window. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadWizard } from './app.js';
import { ErrorBoundary } from './components/error-boundary.js';
import './styles.css';

// Ask the app for its state first, so the answer is on its way while React starts.
const boot = loadWizard();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App boot={boot} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
