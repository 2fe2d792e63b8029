/**
 * Reads the Exchange Stream API's side of the authentication conversation, one CRLF line at a time (untrusted
 * input: the lines are capped by the transport, and nothing from the server is shown unless it has the shape of a
 * code). The server speaks first: {"op":"connection","connectionId":…}; we send
 * {"op":"authentication","id":1,"appKey":…,"session":…}; the answer is {"op":"status","id":1,"statusCode":
 * "SUCCESS","connectionClosed":false,"connectionsAvailable":N} or {"op":"status","statusCode":"FAILURE",
 * "errorCode":…,"errorMessage":…,"connectionClosed":true}. A status may also come first (a server that refuses
 * the connection at once, e.g. MAX_CONNECTION_LIMIT_EXCEEDED). We subscribe to nothing.
 */
import type { LineStep } from '../transport/index.js';

export const AUTHENTICATION_ID = 1;

export type StreamStatus =
  | { readonly kind: 'success'; readonly connectionsAvailable: number | undefined }
  | { readonly kind: 'failure'; readonly errorCode: string; readonly connectionsAvailable: number | undefined }
  /** A line that is not the protocol (not JSON, another op, a status without a usable code). */
  | { readonly kind: 'garbage' };

/** A code worth showing: the documented codes have this shape; anything else is reported as UNKNOWN. */
const CODE_SHAPE = /^[A-Z0-9_]{1,64}$/;
export const UNKNOWN_STREAM_CODE = 'UNKNOWN';

function parse(line: string): Record<string, unknown> | null {
  try {
    const data: unknown = JSON.parse(line);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function connectionsOf(message: Record<string, unknown>): number | undefined {
  const n = message.connectionsAvailable;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 1_000_000 ? n : undefined;
}

function statusOf(message: Record<string, unknown>): StreamStatus {
  const connectionsAvailable = connectionsOf(message);
  if (message.statusCode === 'SUCCESS') return { kind: 'success', connectionsAvailable };
  if (message.statusCode !== 'FAILURE') return { kind: 'garbage' };
  const code = message.errorCode;
  const errorCode = typeof code === 'string' && CODE_SHAPE.test(code) ? code : UNKNOWN_STREAM_CODE;
  return { kind: 'failure', errorCode, connectionsAvailable };
}

/** The authentication message, one line (without the CRLF, which the transport adds). */
export function authenticationLine(appKey: string, session: string): string {
  return JSON.stringify({ op: 'authentication', id: AUTHENTICATION_ID, appKey, session });
}

/** A fresh reader for one conversation: give it each line, it says what to send or the status it ended with. */
export function streamConversation(appKey: string, session: string): (line: string) => LineStep<StreamStatus> {
  let greeted = false;
  return (line) => {
    const message = parse(line);
    if (message === null) return { kind: 'done', value: { kind: 'garbage' } };
    if (message.op === 'status') {
      // A status answering someone else's request (another id) is not ours; before the greeting any status counts.
      if (greeted && message.id !== undefined && message.id !== AUTHENTICATION_ID) return { kind: 'wait' };
      return { kind: 'done', value: statusOf(message) };
    }
    if (message.op === 'connection' && !greeted) {
      greeted = true;
      return { kind: 'send', line: authenticationLine(appKey, session) };
    }
    return { kind: 'done', value: { kind: 'garbage' } };
  };
}
