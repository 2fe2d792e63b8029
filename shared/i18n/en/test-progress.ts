/** While "Test my login" runs: which checks are still running (the window's list, the CLI's lines at a terminal). */
import type { TestCheck } from '../../test-progress.js';

export const TEST_PROGRESS_TEXT = {
  checks: {
    login: 'login',
    appKeys: 'application key',
    keepAlive: 'keeping the session',
    stream: 'streaming',
    logout: 'logout',
  } satisfies Record<TestCheck, string>,
  running: (checks: readonly string[]) => `Still checking: ${checks.join(', ')}`,
};
