/**
 * The Exchange Stream API check of one test: after the key passed the key check, on the same session, before the
 * logout. One TLS connection to stream-api.betfair.com:443 (the same host for every jurisdiction, see
 * shared/stream-api.ts for the sources), the server's greeting, our authentication, its status; then we close the
 * connection ourselves. Nothing is subscribed. Never throws; the session token goes only into the authentication
 * line and is never returned or logged.
 */
import type { TLSSocket } from 'node:tls';
import type { StreamCheck } from '../../../shared/bot-check-types.js';
import type { Env } from '../data-dir.js';
import { converseInLines, type StreamEndpoint } from '../transport/index.js';
import { streamConversation, type StreamStatus } from './stream-conversation.js';

/** Connect + greeting + status: Betfair answers in well under a second; a check never waits longer than this. */
export const STREAM_DEADLINE_MS = 10_000;
/** The greeting and the status are a few hundred bytes; a line longer than this is not the protocol. */
export const MAX_STREAM_LINE_BYTES = 8 * 1024;
/** All bytes read in one check. */
export const MAX_STREAM_BYTES = 32 * 1024;

/** Fault-like endings that are the stream's own (the rest are the transport's fault codes). */
export const STREAM_CLOSED_EARLY = 'CLOSED_EARLY';

export interface StreamCheckRequest {
  readonly endpoint: StreamEndpoint;
  readonly ca: readonly string[] | undefined;
  readonly appKey: string;
  /** The session token of the test login: sent in the authentication message only. */
  readonly token: string;
  readonly timeoutMs?: number;
  readonly env: Env;
  /** A connection to the endpoint opened ahead (transport's warmStream), used instead of a new one. */
  readonly connection?: TLSSocket | null;
}

function fromStatus(host: string, status: StreamStatus): StreamCheck {
  const connections = status.kind !== 'garbage' && status.connectionsAvailable !== undefined;
  const extra = connections ? { connectionsAvailable: status.connectionsAvailable } : {};
  if (status.kind === 'success') return { status: 'allowed', host, ...extra };
  if (status.kind === 'failure') return { status: 'not-allowed', host, errorCode: status.errorCode, ...extra };
  return { status: 'failed', host, errorCode: 'UNEXPECTED_ANSWER' };
}

export async function checkStream(req: StreamCheckRequest): Promise<StreamCheck> {
  const host = req.endpoint.shown;
  try {
    const timeoutMs = Math.min(req.timeoutMs ?? STREAM_DEADLINE_MS, STREAM_DEADLINE_MS);
    const outcome = await converseInLines(
      {
        endpoint: req.endpoint,
        ca: req.ca,
        timeoutMs,
        env: req.env,
        maxLineBytes: MAX_STREAM_LINE_BYTES,
        maxTotalBytes: MAX_STREAM_BYTES,
        connection: req.connection ?? null,
      },
      streamConversation(req.appKey, req.token),
    );
    switch (outcome.kind) {
      case 'done':
        return fromStatus(host, outcome.value);
      case 'fault':
        return { status: 'failed', host, errorCode: outcome.fault.code };
      case 'closed':
        return { status: 'failed', host, errorCode: STREAM_CLOSED_EARLY };
      case 'too-large':
        return { status: 'failed', host, errorCode: 'UNEXPECTED_ANSWER' };
    }
  } catch {
    return { status: 'failed', host, errorCode: 'LOGIN_FAILED_UNEXPECTEDLY' };
  }
}

/**
 * The check that did not run (no usable key, or the caller said --no-stream). Without an endpoint (a test login
 * endpoint with no stream test endpoint) the host is empty: nothing would have been dialled.
 */
export function streamNotChecked(endpoint: StreamEndpoint | null): StreamCheck {
  return { status: 'not-checked', host: endpoint?.shown ?? '' };
}
