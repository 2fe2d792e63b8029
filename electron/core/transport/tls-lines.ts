/**
 * One TLS conversation in CRLF-separated lines (the Exchange Stream API's framing), under the same rules as the
 * HTTPS exchange: one deadline for connect + every answer, a cap on each line and on all bytes read, TLS
 * verification always on (the test endpoint's CA is added to the roots, never used instead of checking), and
 * never a throw: every way it can end is a LineOutcome. The caller's `onLine` decides, line by line, what to send
 * next and when it has what it wanted; the socket is then closed at once (nothing is left open).
 */
import { connect, type TLSSocket } from 'node:tls';
import type { Env } from '../data-dir.js';
import { DeadlineExceeded, classifyNetworkError, type Fault } from './network-faults.js';
import { tlsOptionsFor } from './secure-context-cache.js';
import type { StreamEndpoint } from './stream-endpoint.js';

export interface LineExchangeRequest {
  readonly endpoint: StreamEndpoint;
  /** Roots + test CA for a test endpoint; undefined for Node's default roots. */
  readonly ca: readonly string[] | undefined;
  /** Connect + the whole conversation. */
  readonly timeoutMs: number;
  readonly env: Env;
  /** Longest line accepted (bytes, without CRLF). */
  readonly maxLineBytes: number;
  /** Most bytes read in all. */
  readonly maxTotalBytes: number;
  /** A connection opened ahead to the same endpoint (warm-connection.ts), used instead of a new one. */
  readonly connection?: TLSSocket | null;
}

/** What the caller does with one line: send one back, wait for the next, or stop with a value. */
export type LineStep<T> =
  | { readonly kind: 'send'; readonly line: string }
  | { readonly kind: 'wait' }
  | { readonly kind: 'done'; readonly value: T };

export type LineOutcome<T> =
  | { readonly kind: 'done'; readonly value: T }
  /** No usable conversation: refused, reset, timed out, TLS not trusted, … (classifyNetworkError's codes). */
  | { readonly kind: 'fault'; readonly fault: Fault }
  /** The server closed the connection before the caller was done. */
  | { readonly kind: 'closed' }
  /** A line or the whole answer went past the cap. */
  | { readonly kind: 'too-large' };

const CRLF = Buffer.from('\r\n');

export function converseInLines<T>(
  req: LineExchangeRequest,
  onLine: (line: string) => LineStep<T>,
): Promise<LineOutcome<T>> {
  return new Promise((resolveOutcome) => {
    let settled = false;
    let socket: TLSSocket | null = null;
    const finish = (outcome: LineOutcome<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolveOutcome(outcome);
      socket?.destroy();
    };
    const faultOf = (error: unknown): LineOutcome<T> => ({
      kind: 'fault',
      fault: classifyNetworkError(error, req.endpoint.connectHost, Math.round(req.timeoutMs / 1000), req.env),
    });
    const timer = setTimeout(() => finish(faultOf(new DeadlineExceeded())), req.timeoutMs);

    let pending = Buffer.alloc(0);
    let total = 0;
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > req.maxTotalBytes) return finish({ kind: 'too-large' });
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const end = pending.indexOf(CRLF);
        if (end < 0) break;
        const line = pending.subarray(0, end).toString('utf8');
        pending = pending.subarray(end + CRLF.length);
        if (line.trim() === '') continue;
        const step = onLine(line);
        if (step.kind === 'done') return finish({ kind: 'done', value: step.value });
        if (step.kind === 'send') socket?.write(`${step.line}\r\n`);
      }
      if (pending.length > req.maxLineBytes) finish({ kind: 'too-large' });
    };

    try {
      socket =
        req.connection ??
        connect({
          host: req.endpoint.connectHost,
          port: req.endpoint.port,
          ...(req.endpoint.servername !== undefined ? { servername: req.endpoint.servername } : {}),
          ...tlsOptionsFor({ client: undefined, ca: req.ca }),
          rejectUnauthorized: true,
        });
    } catch (error) {
      finish(faultOf(error));
      return;
    }
    socket.on('data', (chunk: Buffer) => {
      try {
        onData(chunk);
      } catch {
        finish({ kind: 'closed' });
      }
    });
    socket.on('error', (error) => finish(faultOf(error)));
    socket.on('end', () => finish({ kind: 'closed' }));
    socket.on('close', () => finish({ kind: 'closed' }));
  });
}
