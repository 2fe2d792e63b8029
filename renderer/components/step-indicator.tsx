/** Where the user is on the path: an ordered list with aria-current="step" on the current one. */
import { ui } from '../../shared/i18n/en/ui.js';
import { VIEWS, type View } from '../logic/steps.js';

interface Props {
  readonly current: View;
}

export function StepIndicator({ current }: Props) {
  const currentIndex = VIEWS.indexOf(current);
  return (
    <nav aria-label={ui.steps.label} className="steps">
      <ol>
        {VIEWS.map((view, i) => (
          <li
            key={view}
            aria-current={view === current ? 'step' : undefined}
            className={i < currentIndex ? 'done' : undefined}
          >
            {ui.steps.names[view]}
          </li>
        ))}
      </ol>
    </nav>
  );
}
