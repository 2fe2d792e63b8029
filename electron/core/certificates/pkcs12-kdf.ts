/**
 * The PKCS#12 key derivation (RFC 7292 appendix B) with SHA-1, on Node's native hash: forge's
 * pure-JS version takes tens of milliseconds per key and would stall the event loop. Even native,
 * 2048 rounds cost a few ms on a slow machine, so the loop gives way every YIELD_EVERY rounds.
 */
import * as nodeCrypto from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';

export const PKCS12_KDF_ID = { key: 1, iv: 2, mac: 3 } as const;

const U = 20; // SHA-1 output bytes
const V = 64; // SHA-1 block bytes

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

const YIELD_EVERY = 512;

type Sha1 = (data: Buffer) => Buffer;
/** crypto.hash (Node >= 20.12) is a one-shot digest, about twice as fast as createHash here. */
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: Buffer, encoding: 'buffer') => Buffer }).hash;
const sha1: Sha1 = oneShot
  ? (data) => oneShot('sha1', data, 'buffer')
  : (data) => nodeCrypto.createHash('sha1').update(data).digest();

export async function pkcs12Kdf(password: string, salt: Buffer, id: number, iterations: number, length: number): Promise<Buffer> {
  const pw = bmpPassword(password);
  const d = Buffer.alloc(V, id);
  const s = repeatTo(salt, V * Math.ceil(salt.length / V));
  const p = repeatTo(pw, V * Math.ceil(pw.length / V));
  const i = Buffer.concat([s, p]);
  const blocks: Buffer[] = [];
  const count = Math.ceil(length / U);
  for (let n = 0; n < count; n += 1) {
    let a = sha1(Buffer.concat([d, i]));
    for (let r = 1; r < iterations; r += 1) {
      a = sha1(a);
      if (r % YIELD_EVERY === 0) await yieldToLoop();
    }
    blocks.push(a);
    if (n === count - 1) break;
    const b = repeatTo(a, V);
    // I_j = (I_j + B + 1) mod 2^(8V) for each V-byte block of I.
    for (let j = 0; j < i.length; j += V) {
      let carry = 1;
      for (let k = V - 1; k >= 0; k -= 1) {
        const sum = (i[j + k] ?? 0) + (b[k] ?? 0) + carry;
        i[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(blocks).subarray(0, length);
}
