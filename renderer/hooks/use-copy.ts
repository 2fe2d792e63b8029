/** Copies a text to the clipboard and says how it went ('copied' / 'failed'), for the Copy buttons. */
import { useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

export function useCopy(text: string): readonly [CopyState, () => Promise<void>] {
  const [state, setState] = useState<CopyState>('idle');
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return [state, copy] as const;
}
