/** A random positive certificate serial: 16 bytes, top bit clear, first byte never zero (minimal DER). */
import { randomBytes } from 'node:crypto';

export function randomSerialHex(): string {
  const bytes = randomBytes(16);
  const first = (bytes[0] ?? 0) & 0x7f;
  bytes[0] = first === 0 ? 0x01 : first;
  return bytes.toString('hex');
}
