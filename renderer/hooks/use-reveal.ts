/**
 * Bringing an answer into view, in one place, and the rule it keeps: the answer AND the action it asks for are in
 * view together. `target` (the answer) is scrolled to the top of its scroll area and `focusTarget` takes the focus
 * (so a keyboard or screen-reader user lands on it too). Then the action the answer asks for, the element inside the
 * answer marked `data-answer-action` (e.g. "Go to my dashboard", the "Create my application keys" button), is
 * brought up from below the fold when it is there; the screens are laid out so both fit at 800x600, and where they
 * cannot (200% and 400% zoom), the heading wins: the answer is read from its heading, and a user who sees only the
 * action below it ("Go to my dashboard" under a delayed-key warning) takes it for a pass (issue 31).
 * RevealedHeading uses it for a heading; useReveal for a region whose first heading takes the focus.
 */
import { useEffect, useRef, type RefObject } from 'react';

/** The nearest scroll area around `el` (the step frame's .step-body), or null. */
function scrollAreaOf(el: HTMLElement): HTMLElement | null {
  return el.closest<HTMLElement>('[data-scroll-area]');
}

/**
 * Scrolls `area` down just enough to show all of `action`, when it is below the fold; but never past `keep` (the
 * focused heading): its top stays inside the visible part of the area, so in a short window (400% zoom) the user
 * sees the heading the focus is on, and the action is one scroll further.
 */
export function bringActionIntoView(action: HTMLElement, keep: HTMLElement | null = null): void {
  const area = scrollAreaOf(action);
  if (!area) return;
  const margin = 8;
  const areaBox = area.getBoundingClientRect();
  const below = action.getBoundingClientRect().bottom + margin - areaBox.bottom;
  if (below <= 0) return;
  const headroom = keep && area.contains(keep) ? keep.getBoundingClientRect().top - areaBox.top - margin : below;
  const by = Math.min(below, Math.max(0, headroom));
  if (by > 0) area.scrollTop += by;
}

export function revealElement(
  target: HTMLElement | null,
  focusTarget: HTMLElement | null = target,
  answer: HTMLElement | null = target,
): void {
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  focusTarget?.focus({ preventScroll: true });
  const actions = answer?.querySelectorAll<HTMLElement>('[data-answer-action]');
  const action = actions && actions.length > 0 ? actions[actions.length - 1] : undefined;
  if (action) bringActionIntoView(action, focusTarget);
}

/** When `value` changes to something, reveals the returned region and focuses its first heading. */
export function useReveal(value: unknown): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const region = ref.current;
    if (!value || !region) return;
    revealElement(region, region.querySelector<HTMLElement>('h2, h3, h4'));
  }, [value]);
  return ref;
}
