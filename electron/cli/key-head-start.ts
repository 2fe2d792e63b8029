/**
 * `bot-login generate` starts its RSA key search first thing, before the words, the command and forge are loaded:
 * the search runs in Node's thread pool while the main thread loads them, so the process ends sooner
 * (npm run bench: bot-login generate vs OpenSSL's commands). Loads only node:crypto and node:os.
 */
import { generateRsaKeyPair, type RsaKeyPair } from '../core/certificates/rsa-key-pair.js';

let early: Promise<RsaKeyPair> | undefined;

/**
 * Starts the search for `bot-login generate …` (the entry calls this for that command only), unless the
 * arguments ask for its help. One search only: at exit Node waits for a search still running.
 */
export function startKeySearch(argv: readonly string[]): void {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (options.includes('--help') || options.includes('-h')) return;
  early = generateRsaKeyPair(undefined, 1);
  early.catch(() => undefined); // taken and awaited by the command; this only keeps an unused one quiet
}

/** The search started for this run, once (undefined when none was started or it was taken). */
export function takeKeySearch(): Promise<RsaKeyPair> | undefined {
  const search = early;
  early = undefined;
  return search;
}
