/**
 * Bringing an answer into view, in one place: scroll `target` to the top of the window and move focus to
 * `focusTarget` (so a keyboard or screen-reader user lands on it too). RevealedHeading uses it for a heading;
 * useReveal for a region whose first heading takes the focus.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function revealElement(target: HTMLElement | null, focusTarget: HTMLElement | null = target): void {
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  focusTarget?.focus({ preventScroll: true });
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
