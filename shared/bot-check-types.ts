/**
 * The two checks "Test my login" runs after the key check, on the same session and before the logout
 * (issue 17: where bots that log in fine fail next). Codes only: the words are chosen where they are shown,
 * in the language in use, so a stored result follows the language.
 */

/**
 * allowed: the Exchange Stream API accepted the key and the session (status SUCCESS);
 * not-allowed: it answered FAILURE (errorCode says why, e.g. NOT_AUTHORIZED: the key is not enabled for streaming);
 * failed: no proper answer (a fault: no answer, garbage, closed early, TLS untrusted...);
 * not-checked: the check did not run (login failed, no usable key, or --no-stream).
 */
export const STREAM_CHECK_STATUSES = ['allowed', 'not-allowed', 'failed', 'not-checked'] as const;
export type StreamCheckStatus = (typeof STREAM_CHECK_STATUSES)[number];

export interface StreamCheck {
  readonly status: StreamCheckStatus;
  /** The host:port the check talked to (or would have), shown in the result, e.g. "stream-api.betfair.com:443". */
  readonly host: string;
  /** The Stream API errorCode (NOT_AUTHORIZED, ...) for not-allowed; the fault code for failed. */
  readonly errorCode?: string;
  /** From the status message, when the server said it. */
  readonly connectionsAvailable?: number;
}

/**
 * kept: keepAlive answered status SUCCESS;
 * failed: keepAlive answered FAIL (errorCode NO_SESSION / INPUT_VALIDATION_ERROR / INTERNAL_ERROR) or no proper answer
 *   (errorCode is then a fault code);
 * not-checked: not run (login failed).
 */
export const KEEP_ALIVE_STATUSES = ['kept', 'failed', 'not-checked'] as const;
export type KeepAliveStatus = (typeof KEEP_ALIVE_STATUSES)[number];

export interface KeepAliveCheck {
  readonly status: KeepAliveStatus;
  readonly errorCode?: string;
}
