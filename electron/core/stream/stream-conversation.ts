/**
 * Reads the Exchange Stream API's side of the authentication conversation, one CRLF line at a time (untrusted
 * input: the lines are capped by the transport, and nothing from the server is shown unless it has the shape of a
 * code). The server speaks first: {"op":"connection","connectionId":…}; we send
 * {"op":"authentication","id":1,"appKey":…,"session":…}; the answer is {"op":"status","id":1,"statusCode":
 * "SUCCESS","connectionClosed":false,"connectionsAvailable":N} or {"op":"status","statusCode":"FAILURE",
 * "errorCode":…,"errorMessage":…,"connectionClosed":true}. A status may also come first (a server that refuses
 * the connection at once, e.g. MAX_CONNECTION_LIMIT_EXCEEDED). We subscribe to nothing.
 * SUCCESS counts only as the answer to our own authentication: after we sent it, with its id, and without
 * connectionClosed: true. A SUCCESS before that, without our id, or closing the connection is not the protocol
 * (a server that says "streaming works" without a sign-in); a status with another id answers someone else and is
 * passed over.
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

const GARBAGE: LineStep<StreamStatus> = { kind: 'done', value: { kind: 'garbage' } };

/** What a status line means, given whether our authentication has been sent. */
function onStatus(message: Record<string, unknown>, authenticationSent: boolean): LineStep<StreamStatus> {
  const status = statusOf(message);
  const ours = message.id === AUTHENTICATION_ID;
  const someoneElses = message.id !== undefined && !ours;
  if (status.kind === 'success') {
    if (!authenticationSent) return GARBAGE;
    if (someoneElses) return { kind: 'wait' };
    return ours && message.connectionClosed !== true ? { kind: 'done', value: status } : GARBAGE;
  }
  // A refusal before our authentication refuses the connection (no id); after it, one with another id is not ours.
  if (authenticationSent && someoneElses) return { kind: 'wait' };
  return { kind: 'done', value: status };
}

/** A fresh reader for one conversation: give it each line, it says what to send or the status it ended with. */
export function streamConversation(appKey: string, session: string): (line: string) => LineStep<StreamStatus> {
  let authenticationSent = false;
  return (line) => {
    const message = parse(line);
    if (message === null) return GARBAGE;
    if (message.op === 'status') return onStatus(message, authenticationSent);
    if (message.op === 'connection' && !authenticationSent) {
      authenticationSent = true;
      return { kind: 'send', line: authenticationLine(appKey, session) };
    }
    return GARBAGE;
  };
}
