/**
 * Which checks of a running "Test my login" are still running: the orchestration reports each change, the CLI
 * prints a line at a terminal, the window shows the list. Codes only; the words are the catalogue's.
 */
export const TEST_CHECKS = ['login', 'appKeys', 'keepAlive', 'stream', 'logout'] as const;
export type TestCheck = (typeof TEST_CHECKS)[number];

export interface TestProgress {
  /** The checks still running, in TEST_CHECKS order; empty when the test is over. */
  readonly running: readonly TestCheck[];
}
