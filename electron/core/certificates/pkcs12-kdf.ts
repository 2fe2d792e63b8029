/**
 * The PKCS#12 key derivation (RFC 7292 appendix B) on Node's native hash: forge's pure-JS version
 * takes tens of milliseconds per key and would stall the event loop. Even native, 2048 rounds cost
 * a few ms on a slow machine, so the loop gives way every YIELD_EVERY rounds (a .p12 from elsewhere
 * may ask for hundreds of thousands).
 */
import * as nodeCrypto from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';

export const PKCS12_KDF_ID = { key: 1, iv: 2, mac: 3 } as const;

export type KdfHash = 'sha1' | 'sha256' | 'sha384' | 'sha512';

const SIZES: Readonly<Record<KdfHash, { u: number; v: number }>> = {
  sha1: { u: 20, v: 64 },
  sha256: { u: 32, v: 64 },
  sha384: { u: 48, v: 128 },
  sha512: { u: 64, v: 128 },
};

const YIELD_EVERY = 512;

/** The hash's own output length, in bytes. */
export function digestLength(hash: KdfHash): number {
  return SIZES[hash].u;
}

/** Hash rounds one derivation of `length` bytes costs (each output block runs every round). */
export function pkcs12KdfRounds(iterations: number, length: number, hash: KdfHash = 'sha1'): number {
  return iterations * Math.ceil(length / SIZES[hash].u);
}

/** The password as PKCS#12 wants it: big-endian UTF-16 with a two-byte zero terminator. */
export function bmpPassword(password: string): Buffer {
  const out = Buffer.alloc((password.length + 1) * 2);
  for (let i = 0; i < password.length; i += 1) out.writeUInt16BE(password.charCodeAt(i), i * 2);
  return out;
}

function repeatTo(source: Buffer, length: number): Buffer {
  const out = Buffer.alloc(length);
  if (source.length === 0) return out;
  for (let i = 0; i < length; i += 1) out[i] = source[i % source.length] ?? 0;
  return out;
}

/**
 * crypto.hash (Node >= 20.12) is a one-shot digest, faster than createHash here. Asked for hex (its fast path)
 * and decoded, it is 2-4x faster again than asked for a Buffer (whose encoding name is looked up on every call):
 * on a cold start, 8192 rounds (one .p12) took 169 ms as Buffer against 40 ms as hex on Node 20 here.
 */
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: Buffer, encoding: 'hex') => string }).hash;
function digest(hash: KdfHash, data: Buffer): Buffer {
  return oneShot ? Buffer.from(oneShot(hash, data, 'hex'), 'hex') : nodeCrypto.createHash(hash).update(data).digest();
}

/**
 * `password` is text (encoded as BMP here) or bytes already encoded (an empty Buffer is the
 * "no password at all" some tools write).
 */
export async function pkcs12Kdf(
  password: string | Buffer,
  salt: Buffer,
  id: number,
  iterations: number,
  length: number,
  hash: KdfHash = 'sha1',
): Promise<Buffer> {
  const { u, v } = SIZES[hash];
  const pw = typeof password === 'string' ? bmpPassword(password) : password;
  const d = Buffer.alloc(v, id);
  const s = repeatTo(salt, v * Math.ceil(salt.length / v));
  const p = repeatTo(pw, v * Math.ceil(pw.length / v));
  const i = Buffer.concat([s, p]);
  const blocks: Buffer[] = [];
  const count = Math.ceil(length / u);
  for (let n = 0; n < count; n += 1) {
    let a = digest(hash, Buffer.concat([d, i]));
    for (let r = 1; r < iterations; r += 1) {
      a = digest(hash, a);
      if (r % YIELD_EVERY === 0) await yieldToLoop();
    }
    blocks.push(a);
    if (n === count - 1) break;
    const b = repeatTo(a, v);
    // I_j = (I_j + B + 1) mod 2^(8v) for each v-byte block of I.
    for (let j = 0; j < i.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k -= 1) {
        const sum = (i[j + k] ?? 0) + (b[k] ?? 0) + carry;
        i[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(blocks).subarray(0, length);
}
