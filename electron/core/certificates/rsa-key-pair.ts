/**
 * A new RSA key pair from Node's native crypto.generateKeyPair (in the thread pool), so the event loop
 * stays free, as PEM: PKCS#8 for the private key (native signing and the files), SPKI for the public
 * key. No forge here, so the key search can start before forge is loaded.
 */
import { generateKeyPair } from 'node:crypto';
import { availableParallelism } from 'node:os';

export const RSA_BITS = 2048;

export interface RsaKeyPair {
  readonly publicKeyPem: string;
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
    generateKeyPair(
      'rsa',
      {
        modulusLength: bits,
        publicExponent: 0x10001,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      },
      (error, publicKeyPem, privateKeyPem) => {
        if (error) {
          rejectPromise(error);
          return;
        }
        resolvePromise({ publicKeyPem, privateKeyPem });
      },
    );
  });
}

export async function generateRsaKeyPair(
  bits: number = RSA_BITS,
  searches: number = keySearches(),
): Promise<RsaKeyPair> {
  // (The slower search keeps a thread-pool thread busy until it ends; a process that exits at once
  // waits for it, so short-lived callers such as the CLI ask for one search.)
  const attempts = Array.from({ length: Math.max(1, searches) }, () => searchKeyPair(bits));
  try {
    return await Promise.any(attempts);
  } catch (error) {
    throw error instanceof AggregateError && error.errors.length > 0 ? (error.errors[0] as unknown) : error;
  }
}
