/**
 * The first line of standard input, with a size bound and a time limit (a password piped in by a script:
 * --password-stdin). It returns as soon as the line ends (LF), so `(echo pw; sleep 600) | bot-login login …` goes on
 * at once; the rest of the input is never read.
 */
import type { Readable } from 'node:stream';

export type StdinLine =
  | { readonly kind: 'line'; readonly bytes: Buffer }
  /** More than maxBytes came without a line end. */
  | { readonly kind: 'too-long' }
  /** No line end (and no end of input) within the time limit. */
  | { readonly kind: 'no-line' };

/** The bytes of `input` before its first LF (or its end); bounded by `maxBytes` and `timeoutMs`. */
export function readStdinLine(input: Readable, maxBytes: number, timeoutMs: number): Promise<StdinLine> {
  return new Promise((resolveRead, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const wipe = (): void => chunks.forEach((c) => c.fill(0));
    const done = (value: StdinLine): void => {
      clearTimeout(timer);
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      input.pause();
      resolveRead(value);
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      const end = bytes.indexOf(0x0a);
      chunks.push(end < 0 ? bytes : bytes.subarray(0, end));
      size += end < 0 ? bytes.length : end;
      if (size > maxBytes) {
        wipe();
        bytes.fill(0);
        done({ kind: 'too-long' });
        return;
      }
      if (end < 0) return;
      const line = Buffer.concat(chunks);
      wipe();
      bytes.fill(0);
      done({ kind: 'line', bytes: line });
    };
    const onEnd = (): void => {
      const line = Buffer.concat(chunks);
      wipe();
      done({ kind: 'line', bytes: line });
    };
    const onError = (error: Error): void => {
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(() => {
      wipe();
      done({ kind: 'no-line' });
    }, timeoutMs);
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onError);
    input.resume();
  });
}
