/**
 * One HTTPS POST (with a client certificate for the login, without one for the Accounts API), a deadline for
 * connect + answer, and a cap on the answer size. Never throws: every way it can end is an ExchangeOutcome.
 * TLS verification is always on.
 */
import { request, type Agent } from 'node:https';
import type { Env } from '../data-dir.js';
import { DeadlineExceeded, classifyNetworkError, type Fault } from './network-faults.js';
import { tlsOptionsFor, type ClientCertificate } from './secure-context-cache.js';
import { loopbackConnection } from './test-endpoint-policy.js';
import { MAX_ANSWER_BYTES } from './limits.js';

export interface ExchangeRequest {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Mutual TLS for identitysso; undefined for plain HTTPS. */
  readonly client: ClientCertificate | undefined;
  readonly ca: readonly string[] | undefined;
  readonly agent: Agent;
  readonly timeoutMs: number;
  readonly env: Env;
}

export type ExchangeOutcome =
  | { readonly kind: 'answer'; readonly status: number; readonly body: string; readonly tooLarge: boolean }
  | { readonly kind: 'fault'; readonly fault: Fault };

export function postOnce(req: ExchangeRequest): Promise<ExchangeOutcome> {
  return new Promise((resolveOutcome) => {
    let settled = false;
    const finish = (outcome: ExchangeOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolveOutcome(outcome);
    };
    const faultOf = (error: unknown): ExchangeOutcome => ({
      kind: 'fault',
      fault: classifyNetworkError(error, req.url.hostname, Math.round(req.timeoutMs / 1000), req.env),
    });

    const body = Buffer.from(req.body, 'utf8');
    const outgoing = request(
      {
        protocol: 'https:',
        // [::1] without brackets; localhost answered 127.0.0.1 without DNS (test endpoints only reach these).
        ...loopbackConnection(req.url),
        port: req.url.port || 443,
        path: `${req.url.pathname}${req.url.search}`,
        method: 'POST',
        headers: { ...req.headers, 'Content-Length': String(body.length) },
        agent: req.agent,
        ...tlsOptionsFor({ client: req.client, ca: req.ca }),
        rejectUnauthorized: true,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) {
            finish({ kind: 'answer', status: res.statusCode ?? 0, body: '', tooLarge: true });
            res.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () =>
          finish({
            kind: 'answer',
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            tooLarge: false,
          }),
        );
        res.on('error', (error) => finish(faultOf(error)));
        res.on('aborted', () => finish(faultOf(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))));
      },
    );
    const timer = setTimeout(() => {
      const error = new DeadlineExceeded();
      finish(faultOf(error));
      outgoing.destroy(error);
    }, req.timeoutMs);
    outgoing.on('error', (error) => finish(faultOf(error)));
    outgoing.end(body);
  });
}
