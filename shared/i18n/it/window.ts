/**
 * The window part of the Italian words: what the wizard's screens up to the certificate upload need, so in the
 * window's first chunk (English) or loaded first (other languages). Parts: shared/i18n/messages.ts.
 */
export * from './app.js';
export * from './jurisdictions.js';
export * from './ui.js';
