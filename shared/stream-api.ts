/**
 * Facts about Betfair's Exchange Stream API and the session's keepAlive that "Test my login" uses, kept in one place.
 *
 * The Stream API host is the same for every jurisdiction: stream-api.betfair.com, port 443, TLS, JSON messages
 * separated by CRLF. Sources (read for this app, not copied):
 * - betfairlightweight (betcode-org/betfair), betfairlightweight/streaming/betfairstream.py: `HOSTS` maps every
 *   locale to 'stream-api.betfair.com' (only "integration" differs), `__port = 443`, `__CRLF = '\r\n'`, and the
 *   authentication message {op: 'authentication', id, appKey, session}. flumine opens its streams through this
 *   class (its streams call betfairlightweight's `create_stream`), so it uses the same host.
 * - Betfair's own sample code (betfair/stream-api-sample-code), node.js/app.js: `tls.connect({ host:
 *   'stream-api.betfair.com', port: 443 })`, then `{"op": "authentication", "appKey": …, "session": …}\r\n`.
 * - Betfair's "Exchange Stream API" page: "ssl sockets with a CRLF JSON protocol"; the server speaks first with
 *   {"op":"connection","connectionId":…}; the answer to authentication is {"op":"status", "statusCode":
 *   "SUCCESS"|"FAILURE", "errorCode", "errorMessage", "connectionClosed", "connectionsAvailable"}.
 * - NOT_AUTHORIZED "AppKey is not configured for service" is fixed by Betfair's Developer Support enabling the key
 *   for streaming (betfair/stream-api-sample-code issue 10; betcode-org/betfair issue 194).
 */
export const STREAM_API_HOST = 'stream-api.betfair.com';
export const STREAM_API_PORT = 443;

/** The Stream API's documented status errorCodes the app explains; any other code is explained as unknown. */
export const STREAM_ERROR_CODES = [
  'NO_APP_KEY',
  'INVALID_APP_KEY',
  'NO_SESSION',
  'INVALID_SESSION_INFORMATION',
  'NOT_AUTHORIZED',
  'INVALID_INPUT',
  'INVALID_CLOCK',
  'UNEXPECTED_ERROR',
  'TIMEOUT',
  'SUBSCRIPTION_LIMIT_EXCEEDED',
  'INVALID_REQUEST',
  'CONNECTION_FAILED',
  'MAX_CONNECTION_LIMIT_EXCEEDED',
  'TOO_MANY_REQUESTS',
] as const;
export type StreamErrorCode = (typeof STREAM_ERROR_CODES)[number];

export function isStreamErrorCode(code: string): code is StreamErrorCode {
  return (STREAM_ERROR_CODES as readonly string[]).includes(code);
}

/** keepAlive's documented errors (answer {token, product, status: SUCCESS|FAIL, error}). */
export const KEEP_ALIVE_ERROR_CODES = ['NO_SESSION', 'INPUT_VALIDATION_ERROR', 'INTERNAL_ERROR'] as const;
export type KeepAliveErrorCode = (typeof KEEP_ALIVE_ERROR_CODES)[number];

export function isKeepAliveErrorCode(code: string): code is KeepAliveErrorCode {
  return (KEEP_ALIVE_ERROR_CODES as readonly string[]).includes(code);
}

/** The Betfair help page a bettor (or Developer Support) is pointed to for enabling streaming on a key. */
export const DEVELOPER_SUPPORT_URL = 'https://support.developer.betfair.com/';
