/**
 * Brings an answer into view: when `value` changes to something, the region scrolls to the top of the window and
 * focus moves to the region's first heading (so a keyboard or screen-reader user lands on it too).
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useReveal(value: unknown): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const region = ref.current;
    if (!value || !region) return;
    region.scrollIntoView({ block: 'start' });
    region.querySelector<HTMLElement>('h2, h3, h4')?.focus({ preventScroll: true });
  }, [value]);
  return ref;
}
