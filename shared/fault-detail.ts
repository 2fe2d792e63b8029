/**
 * Facts a fault's words may name (see FAULT_TEXT), carried beside its code so the words are made where they are
 * shown. Every field is optional; texts read well without them. Re-exported by shared/codes.ts.
 */
export interface FaultDetail {
  /** The host the app tried to reach, e.g. identitysso-cert.betfair.com. */
  readonly host?: string;
  /** HTTP status of an unexpected answer. */
  readonly httpStatus?: number;
  /** What an unexpected answer should have been, when not a login answer (e.g. "an Accounts API answer"). */
  readonly expected?: string;
  /** What was wrong with an unexpected answer, in words (see UNEXPECTED_REASONS). */
  readonly reason?: string;
  /** Time limit that ran out, in seconds. */
  readonly seconds?: number;
  /** Guard: whole minutes (bans) or seconds (rate limit) until the next try is allowed. */
  readonly minutesLeft?: number;
  readonly secondsLeft?: number;
  /** Guard: the limit per minute. */
  readonly limit?: number;
  /** Proxy setting found in the environment (host only, never credentials). */
  readonly proxy?: string;
  /** The lower-level fault behind a PROXY fault, e.g. "the connection was refused". */
  readonly cause?: string;
  /** A short technical phrase from the TLS layer, e.g. "certificate required". */
  readonly tlsAlert?: string;
}
