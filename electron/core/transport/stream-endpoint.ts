/**
 * Where the Exchange Stream API check connects: stream-api.betfair.com:443 for every jurisdiction, or, for tests
 * only, BOTLOGIN_STREAM_ORIGIN (`host:port`) under the same loopback-only policy as BOTLOGIN_SSO_ORIGIN
 * (isLoopbackHost in test-endpoint-policy.ts, reused, not copied), trusted through BOTLOGIN_SSO_CA. The packaged
 * app never sees the variable (withoutTestEndpoint removes it with the others).
 */
import { STREAM_API_HOST, STREAM_API_PORT } from '../../../shared/stream-api.js';
import { ENV } from '../../../shared/env-names.js';
import type { Env } from '../data-dir.js';
import { isLoopbackHost } from './test-endpoint-policy.js';

export interface StreamEndpoint {
  /** What tls.connect dials (an IP literal for the test endpoint, never a name that needs DNS). */
  readonly connectHost: string;
  readonly port: number;
  /** SNI and certificate name to check; undefined for an IP literal (the certificate's IP is checked). */
  readonly servername: string | undefined;
  /** host:port as shown in the result, e.g. "stream-api.betfair.com:443". */
  readonly shown: string;
}

export const BETFAIR_STREAM_ENDPOINT: StreamEndpoint = {
  connectHost: STREAM_API_HOST,
  port: STREAM_API_PORT,
  servername: STREAM_API_HOST,
  shown: `${STREAM_API_HOST}:${STREAM_API_PORT}`,
};

/** The raw setting, or null when not set. */
function streamSetting(env: Env): string | null {
  const value = env[ENV.streamOrigin]?.trim();
  return value ? value : null;
}

export function usesStreamTestEndpoint(env: Env): boolean {
  return streamSetting(env) !== null;
}

type Parsed = { readonly hostname: string; readonly port: number } | 'invalid';

/** `host:port` and nothing around it (the form BOTLOGIN_STREAM_ORIGIN and BOTLOGIN_TEST_HOSTS take), or 'invalid'. */
export function parseHostPort(value: string): Parsed {
  let url: URL;
  try {
    url = new URL(`tls://${value}`);
  } catch {
    return 'invalid';
  }
  const clean = url.username === '' && url.password === '' && url.search === '' && url.hash === '';
  if (!clean || (url.pathname !== '' && url.pathname !== '/') || url.port === '') return 'invalid';
  if (`${url.host}` !== value.toLowerCase()) return 'invalid'; // "host:port" only, nothing around it
  return { hostname: url.hostname, port: Number(url.port) };
}

/** 'TEST_ENDPOINT_NOT_LOCAL' when BOTLOGIN_STREAM_ORIGIN names a host that is not this computer, else null. */
export function foreignStreamOrigin(env: Env): 'TEST_ENDPOINT_NOT_LOCAL' | null {
  const value = streamSetting(env);
  if (value === null) return null;
  const parsed = parseHostPort(value);
  if (parsed === 'invalid') return null; // not host:port at all: TEST_ENDPOINT_INVALID says so
  return isLoopbackHost(parsed.hostname) ? null : 'TEST_ENDPOINT_NOT_LOCAL';
}

/**
 * The stream endpoint in force: Betfair's, or the local test one; 'invalid' for a setting that is not a loopback
 * host:port. `localhost` is dialled as 127.0.0.1 (no lookup), and checked against the certificate as "localhost".
 */
export function streamEndpointFromEnv(env: Env): StreamEndpoint | 'invalid' {
  const value = streamSetting(env);
  if (value === null) return BETFAIR_STREAM_ENDPOINT;
  const parsed = parseHostPort(value);
  if (parsed === 'invalid' || !isLoopbackHost(parsed.hostname)) return 'invalid';
  return loopbackStreamEndpoint(parsed);
}

/** A loopback host:port (already checked) as a stream endpoint: `localhost` dialled as 127.0.0.1 without a lookup. */
export function loopbackStreamEndpoint(parsed: { readonly hostname: string; readonly port: number }): StreamEndpoint {
  const bare = parsed.hostname.replace(/^\[|\]$/g, '');
  const isName = bare.toLowerCase() === 'localhost';
  return {
    connectHost: isName ? '127.0.0.1' : bare,
    port: parsed.port,
    servername: isName ? 'localhost' : undefined,
    shown: `${parsed.hostname}:${parsed.port}`,
  };
}
