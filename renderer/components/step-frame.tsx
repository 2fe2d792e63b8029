/**
 * One screen of the wizard, and the layout rule every screen keeps: the screen's words scroll in their own area
 * (`.step-body`), and the footer (Back / what Next waits for / Next) sits below that area, outside it, so it can
 * never cover a word or a button. The footer is one row: the thing a disabled Next waits for (a checkbox, `gate`)
 * or a short hint sits between Back and Next. The heading is focused when the screen changes, so screen readers and
 * keyboard users start at the top.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { text } from '../../shared/i18n/text.js';
import { FooterEndSlotContext, FooterSlotContext } from './footer-slot.js';

interface Props {
  readonly heading: string;
  readonly focusHeading: boolean;
  readonly children: ReactNode;
  readonly onBack?: () => void;
  readonly onNext?: () => void;
  readonly nextEnabled?: boolean;
  /** Said next to a disabled Next: what is still missing (short: the footer is one row). */
  readonly nextHint?: string;
  /** What Next waits for, shown beside it in the footer (e.g. "I have uploaded the certificate"). */
  readonly gate?: ReactNode;
  /** Next is the screen's main action once enabled (false where the step has its own, e.g. the test). */
  readonly nextPrimary?: boolean;
  /**
   * The screen puts its own main action beside Next (footer-slot.ts). Only then is the slot handed down: that takes a
   * second render when the frame mounts, which the other screens do without.
   */
  readonly actionSlot?: boolean;
  /** A screen without Next puts its own action at the end of the footer (footer-slot.ts): the dashboard. */
  readonly endSlot?: boolean;
  /** Above the heading, inside the scroll area (banners). */
  readonly before?: ReactNode;
  /** Below the screen's content, inside the scroll area (the version line). */
  readonly after?: ReactNode;
}

export function StepFrame({
  heading,
  focusHeading,
  children,
  onBack,
  onNext,
  nextEnabled = false,
  nextHint,
  gate,
  nextPrimary = true,
  actionSlot = false,
  endSlot = false,
  before,
  after,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);
  const hint = !nextEnabled && nextHint ? nextHint : undefined;
  // Where a screen may put its own main action, beside Next (footer-slot.ts).
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const [end, setEnd] = useState<HTMLElement | null>(null);

  return (
    <section className="step" aria-labelledby="step-heading">
      <div className="step-body" data-scroll-area="">
        <div className="step-column">
          {before}
          <h1 id="step-heading" ref={headingRef} tabIndex={-1}>
            {heading}
          </h1>
          <FooterSlotContext.Provider value={slot}>
            <FooterEndSlotContext.Provider value={end}>{children}</FooterEndSlotContext.Provider>
          </FooterSlotContext.Provider>
          {after}
        </div>
      </div>
      {onBack || onNext ? (
        <div className="step-nav">
          <div className="step-nav-row">
            {onBack ? (
              <button type="button" className="back-button" onClick={onBack}>
                {text.ui.common.back}
              </button>
            ) : null}
            {onNext ? (
              <>
                <div className="step-nav-middle">
                  <div className="step-nav-action" ref={actionSlot ? setSlot : undefined} />
                  {gate}
                  {hint ? (
                    // With a gate on screen the hint is only Next's description: the box says it already.
                    <p className={gate ? 'visually-hidden' : 'hint'} id="next-hint">
                      {hint}
                    </p>
                  ) : null}
                </div>
                <button
                  type="button"
                  className={nextEnabled && nextPrimary ? 'primary next-button' : 'next-button'}
                  onClick={onNext}
                  disabled={!nextEnabled}
                  aria-describedby={hint ? 'next-hint' : undefined}
                >
                  {text.ui.common.next}
                </button>
              </>
            ) : null}
            {!onNext && endSlot ? <div className="step-nav-end" ref={setEnd} /> : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
