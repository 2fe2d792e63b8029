/**
 * The step frame's footer has room for one more button beside Next: the screen's own main action when it has one
 * that must always be in reach (step 4's "Test my login"). A screen renders it there through a portal into this slot;
 * elsewhere (the dashboard's "Test again") the slot is null and the button stays in its form.
 * A screen without Next may ask for the end of the footer instead (the dashboard's "Set up my bot", in reach at any
 * window size without making the page taller): FooterEndSlotContext.
 */
import { createContext, useContext } from 'react';

export const FooterSlotContext = createContext<HTMLElement | null>(null);

export function useFooterSlot(): HTMLElement | null {
  return useContext(FooterSlotContext);
}

export const FooterEndSlotContext = createContext<HTMLElement | null>(null);

export function useFooterEndSlot(): HTMLElement | null {
  return useContext(FooterEndSlotContext);
}
