/**
 * A screen whose code loads on demand (its own chunk) but never flashes "Loading…" once it is here: `preload()` starts
 * the download early, and once the module has arrived the screen renders directly instead of through React.lazy
 * (whose first render always suspends, and React then holds the fallback for at least 300 ms).
 */
import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

export interface OnDemandScreen {
  readonly preload: () => Promise<void>;
  readonly Screen: () => ReactElement;
}

export function onDemandScreen(load: () => Promise<ComponentType>): OnDemandScreen {
  let loaded: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const fetchOnce = (): Promise<ComponentType> => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = null; // a failed download is tried again when the screen is needed
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(async () => ({ default: await fetchOnce() }));
  return {
    preload: () =>
      fetchOnce().then(
        () => undefined,
        () => undefined, // early loading is only a head start; the screen itself reports a failure
      ),
    Screen: () => createElement(loaded ?? Lazy),
  };
}
