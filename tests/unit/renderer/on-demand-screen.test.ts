/**
 * A screen loaded on demand shows itself at once once its code is here (no "Loading…" held for React's 300 ms), and a
 * failed download is tried again when the screen is needed.
 */
import { describe, expect, it } from 'vitest';
import type { ComponentType } from 'react';
import { onDemandScreen } from '../../../renderer/on-demand-screen.js';

const Real: ComponentType = () => null;

describe('onDemandScreen', () => {
  it('renders through React.lazy until the code is here, then the screen itself', async () => {
    const { preload, Screen } = onDemandScreen(() => Promise.resolve(Real));
    expect(Screen().type).not.toBe(Real);
    await preload();
    expect(Screen().type).toBe(Real);
  });

  it('downloads once however often it is asked', async () => {
    let downloads = 0;
    const { preload } = onDemandScreen(() => {
      downloads += 1;
      return Promise.resolve(Real);
    });
    await Promise.all([preload(), preload()]);
    await preload();
    expect(downloads).toBe(1);
  });

  it('a failed early download does not reject, and the next try downloads again', async () => {
    let downloads = 0;
    const { preload, Screen } = onDemandScreen(() => {
      downloads += 1;
      return downloads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Real);
    });
    await expect(preload()).resolves.toBeUndefined();
    await preload();
    expect(downloads).toBe(2);
    expect(Screen().type).toBe(Real);
  });
});
