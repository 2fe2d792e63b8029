/** The running checks of one test, told to the caller on each change (a listener that throws is ignored). */
import { TEST_CHECKS, type TestCheck, type TestProgress } from '../../../shared/test-progress.js';

export interface ProgressTracker {
  start(...checks: TestCheck[]): void;
  end(check: TestCheck): void;
  /** Runs `work` as `check`: started now, ended when it settles either way. */
  during<T>(check: TestCheck, work: Promise<T>): Promise<T>;
}

export function progressTracker(listener: ((progress: TestProgress) => void) | undefined): ProgressTracker {
  const running = new Set<TestCheck>();
  const tell = (): void => {
    try {
      listener?.({ running: TEST_CHECKS.filter((c) => running.has(c)) });
    } catch {
      // progress is a courtesy: it never changes the test
    }
  };
  const tracker: ProgressTracker = {
    start(...checks) {
      for (const c of checks) running.add(c);
      tell();
    },
    end(check) {
      if (running.delete(check)) tell();
    },
    during(check, work) {
      tracker.start(check);
      return work.finally(() => tracker.end(check));
    },
  };
  return tracker;
}
