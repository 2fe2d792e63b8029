/**
 * Where the user is and what is left: the steps as a sidebar (wide windows) or a compact header
 * (narrow ones; only the current step's name is shown there, with "Step n of m").
 * aria-current="step" marks the current one; done steps say so to screen readers too.
 */
import { VIEWS, type View } from '../logic/steps.js';
import { text } from '../../shared/i18n/text.js';

interface Props {
  readonly current: View;
  /** The test step counts as done only once a test showed the bot can log in and bet (steps.ts). */
  readonly testPassed: boolean;
}

export function StepIndicator({ current, testPassed }: Props) {
  const currentIndex = VIEWS.indexOf(current);
  return (
    <nav aria-label={text.ui.steps.label} className="steps">
      <p className="steps-position">{text.ui.steps.position(currentIndex + 1, VIEWS.length)}</p>
      <ol>
        {VIEWS.map((view, i) => {
          const state =
            view === current ? 'current' : i < currentIndex && (view !== 'test' || testPassed) ? 'done' : 'todo';
          return (
            <li key={view} aria-current={state === 'current' ? 'step' : undefined} className={state}>
              <span className="step-number" aria-hidden="true">
                {state === 'done' ? '\u2713' : i + 1}
              </span>
              <span className="step-name">{text.ui.steps.names[view]}</span>
              {state === 'done' ? <span className="visually-hidden"> ({text.ui.steps.done})</span> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
