/** Standard input read to its end, with a size bound (a password piped in by a script: --password-stdin). */
import type { Readable } from 'node:stream';

/** The bytes of `input` up to its end; null as soon as more than `maxBytes` came (the rest is not read). */
export function readStdin(input: Readable, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolveRead, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (value: Buffer | null): void => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      input.pause();
      resolveRead(value);
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > maxBytes) {
        chunks.forEach((c) => c.fill(0));
        bytes.fill(0);
        done(null);
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = (): void => done(Buffer.concat(chunks));
    const onError = (error: Error): void => reject(error);
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onError);
    input.resume();
  });
}
