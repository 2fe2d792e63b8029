/**
 * The bench's reference page (tests/bench/renderer.ts): React and ReactDOM rendering one heading, nothing else. Built
 * by the window's Vite config (`vite build --mode bench-reference`) and served by the same harness, so the wizard's
 * first screen is timed against the least a React window can do.
 */
import { createRoot } from 'react-dom/client';

// The wizard's first heading in English (the bench waits for it on both pages), so both paint the same words.
const root = document.getElementById('root');
if (root) createRoot(root).render(<h1>Which Betfair site do you use?</h1>);
