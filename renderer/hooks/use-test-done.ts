/**
 * Whether the test step counts as done (logic/test-done.ts), for the step list's tick and the test step's "Next". The
 * verdict's code it needs loads on demand, with the test step and the dashboard (app.tsx), the only screens where the
 * answer shows: the first screen's chunk stays without it. Without a last test the answer is "no" with nothing loaded;
 * with one whose code is not here yet, "no" until it is, then the window renders again.
 */
import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/settings-schema.js';

type TestDone = (settings: Settings) => boolean;

let loaded: TestDone | null = null;

/** Loads the verdict's code (once; a failed download is tried again on the next call). */
export async function loadTestDone(): Promise<void> {
  loaded ??= (await import('../logic/test-done.js')).testShowsBotCanBet;
}

/** `settings` null: the window is still starting (no answer, nothing loaded). */
export function useTestDone(settings: Settings | null): boolean {
  const [, rerender] = useState(0);
  const tested = settings !== null && settings.lastTest !== null;
  const testDone = loaded; // as this render sees it
  useEffect(() => {
    if (!tested || testDone !== null) return undefined;
    let live = true;
    loadTestDone().then(
      () => {
        if (live) rerender((n) => n + 1);
      },
      () => undefined, // the test step and the dashboard load it again, and report a failed download themselves
    );
    return () => {
      live = false;
    };
  }, [tested, testDone]);
  return settings !== null && tested && testDone !== null && testDone(settings);
}
