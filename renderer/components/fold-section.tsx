/**
 * A folded section of the dashboard: a real heading (so the page's outline lists it) with the fold button inside it
 * (aria-expanded says whether it is open), and the section's content under it, hidden while folded (issue 31: the
 * old <summary> looked like a heading but was none). The content stays mounted when folded, so what it holds (a
 * form's typed words) is kept.
 */
import { forwardRef, useId, type ReactNode } from 'react';

interface Props {
  readonly title: string;
  readonly open: boolean;
  readonly onToggle: (open: boolean) => void;
  readonly children: ReactNode;
}

export const FoldSection = forwardRef<HTMLElement, Props>(function FoldSection(
  { title, open, onToggle, children },
  ref,
) {
  const id = useId();
  return (
    <section ref={ref} className="fold card" aria-labelledby={`${id}-title`}>
      <h2 className="fold-heading">
        <button
          type="button"
          id={`${id}-title`}
          className="fold-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => onToggle(!open)}
        >
          {title}
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        {children}
      </div>
    </section>
  );
});
