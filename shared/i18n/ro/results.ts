/**
 * The results part of the Romanian words: what "Test my login" answered and what the key check found, loaded in the
 * window with the test step and the dashboard (their own chunks). Parts: shared/i18n/messages.ts.
 */
export * from './app-keys.js';
export * from './faults.js';
export * from './login-statuses.js';
export * from './bot-checks.js';
export * from './kit.js';
export * from './verdict.js';
export * from './updates.js';
export * from './test-progress.js';
export * from './support-report.js';
export * from './renewal.js';
export * from './finding-text.js';
