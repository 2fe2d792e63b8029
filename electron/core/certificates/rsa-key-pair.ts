/**
 * A new RSA key pair. forge's callback form hands the work to Node's native crypto.generateKeyPair
 * (a worker thread), so the event loop stays free; we keep the PEM for native signing and file output.
 */
import { availableParallelism } from 'node:os';
import forge from './forge.js';

export const RSA_BITS = 2048;

export interface RsaKeyPair {
  readonly forgeKeys: forge.pki.rsa.KeyPair;
  /** PKCS#8 PEM, unencrypted. Stays in the main process. */
  readonly privateKeyPem: string;
}

/**
 * How many prime searches race for one key. Finding RSA primes takes a random time (here from under
 * 100 ms to over a second); two searches on two cores finish when the quicker one does, so the wait
 * is shorter and far less variable. The slower search is simply dropped. Both run in Node's thread
 * pool, never on the event loop.
 */
export function keySearches(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

function searchKeyPair(bits: number): Promise<RsaKeyPair> {
  return new Promise((resolvePromise, rejectPromise) => {
    forge.pki.rsa.generateKeyPair({ bits, e: 0x10001 }, (error, keys) => {
      if (error) {
        rejectPromise(error);
        return;
      }
      const pem = forge.pki.privateKeyInfoToPem(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keys.privateKey)));
      // forge writes CRLF line ends; the files use plain LF like OpenSSL's.
      const privateKeyPem = pem.replace(/\r\n/g, '\n');
      resolvePromise({ forgeKeys: keys, privateKeyPem });
    });
  });
}

export async function generateRsaKeyPair(bits: number = RSA_BITS, searches: number = keySearches()): Promise<RsaKeyPair> {
  // (The slower search keeps a thread-pool thread busy until it ends; a process that exits at once
  // waits for it, so short-lived callers such as the CLI ask for one search.)
  const attempts = Array.from({ length: Math.max(1, searches) }, () => searchKeyPair(bits));
  try {
    return await Promise.any(attempts);
  } catch (error) {
    throw error instanceof AggregateError && error.errors.length > 0 ? (error.errors[0] as unknown) : error;
  }
}
