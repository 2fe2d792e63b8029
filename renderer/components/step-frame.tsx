/**
 * One screen of the wizard: its heading (focused when the screen changes, so screen readers and
 * keyboard users start at the top), its content, and the Back / Next buttons.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { text } from '../../shared/i18n/text.js';

interface Props {
  readonly heading: string;
  readonly focusHeading: boolean;
  readonly children: ReactNode;
  readonly onBack?: () => void;
  readonly onNext?: () => void;
  readonly nextEnabled?: boolean;
  /** Said next to a disabled Next: what is still missing. */
  readonly nextHint?: string;
  /** Next is the screen's main action once enabled (false where the step has its own, e.g. the test). */
  readonly nextPrimary?: boolean;
}

export function StepFrame({
  heading,
  focusHeading,
  children,
  onBack,
  onNext,
  nextEnabled = false,
  nextHint,
  nextPrimary = true,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);

  return (
    <section className="step" aria-labelledby="step-heading">
      <h1 id="step-heading" ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      {children}
      {onBack || onNext ? (
        <div className="step-nav">
          {onBack ? (
            <button type="button" onClick={onBack}>
              {text.ui.common.back}
            </button>
          ) : null}
          {onNext ? (
            <>
              {!nextEnabled && nextHint ? (
                <p className="hint" id="next-hint">
                  {nextHint}
                </p>
              ) : null}
              <button
                type="button"
                className={nextEnabled && nextPrimary ? 'primary next-button' : 'next-button'}
                onClick={onNext}
                disabled={!nextEnabled}
                aria-describedby={!nextEnabled && nextHint ? 'next-hint' : undefined}
              >
                {text.ui.common.next}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
