/**
 * The step frame's footer has room for one more button beside Next: the screen's own main action when it has one
 * that must always be in reach (step 4's "Test my login"). A screen renders it there through a portal into this slot;
 * elsewhere (the dashboard's "Test again") the slot is null and the button stays in its form.
 */
import { createContext, useContext } from 'react';

export const FooterSlotContext = createContext<HTMLElement | null>(null);

export function useFooterSlot(): HTMLElement | null {
  return useContext(FooterSlotContext);
}
