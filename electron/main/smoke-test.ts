/**
 * `--smoke-test`: the first run of the packaged app, in CI on each OS (ci.yml's packaged-app job). The app starts as
 * it does for a user; once its window has painted it prints SMOKE_TEST_SHOWN and quits (exit 0). No window within
 * SMOKE_TEST_LIMIT_MS: it prints why and exits 1. Harmless in a user's hands: the app opens and closes again.
 */
import { app, type BrowserWindow } from 'electron';

export const SMOKE_TEST_ARG = '--smoke-test';
export const SMOKE_TEST_SHOWN = 'smoke test: the window was shown';
const SMOKE_TEST_LIMIT_MS = 60_000;

export function isSmokeTest(argv: readonly string[] = process.argv): boolean {
  return argv.includes(SMOKE_TEST_ARG);
}

/** Quits once `window` is ready to show (its first paint); fails the run when that never comes. */
export function quitWhenShown(window: BrowserWindow): void {
  const limit = setTimeout(() => {
    process.stderr.write(`smoke test: no window within ${SMOKE_TEST_LIMIT_MS / 1000} s\n`);
    app.exit(1);
  }, SMOKE_TEST_LIMIT_MS);
  window.once('ready-to-show', () => {
    clearTimeout(limit);
    process.stdout.write(`${SMOKE_TEST_SHOWN}\n`);
    setImmediate(() => app.quit());
  });
}
