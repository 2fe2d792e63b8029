/**
 * The Node part of the Romanian words: read only by code that runs in Node (the certificate engine, the CLI, the
 * launcher), never by the window's code, so never loaded in the window. Parts: shared/i18n/messages.ts.
 */
export * from './certificates.js';
export * from './cli.js';
export * from './launch.js';
export * from './login-cli.js';
export * from './password-stdin.js';
export * from './location.js';
export * from './cli-words.js';
export * from './renew-cli.js';
