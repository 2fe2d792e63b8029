/**
 * Where a test login goes. Normally Betfair's hosts for the jurisdiction; for tests only, BOTLOGIN_SSO_ORIGIN
 * replaces every identitysso, identitysso-cert and Accounts API origin (same paths), and BOTLOGIN_SSO_CA (a PEM file) is
 * trusted in addition to the usual roots, for that origin only. Verification stays on either way. Only an origin on
 * this computer is accepted (test-endpoint-policy.ts).
 */
import { readFile } from 'node:fs/promises';
import { rootCertificates } from 'node:tls';
import {
  CERTLOGIN_PATH,
  KEEPALIVE_PATH,
  LOGOUT_PATH,
  certloginUrl,
  identityssoOrigin,
  logoutUrl,
  type JurisdictionId,
} from '../../../shared/jurisdictions.js';
import { explainFault } from '../../../shared/login-catalogue.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { ACCOUNTS_API_PATH, accountsApiUrl } from '../../../shared/accounts-api.js';
import type { Env } from '../data-dir.js';
import { foreignTestOrigin } from './test-endpoint-policy.js';
import {
  BETFAIR_STREAM_ENDPOINT,
  foreignStreamOrigin,
  streamEndpointFromEnv,
  type StreamEndpoint,
} from './stream-endpoint.js';
import { ENV } from '../../../shared/env-names.js';

export interface TestEndpoint {
  readonly origin: string;
  readonly caPath: string | null;
}

export interface LoginTarget {
  readonly certloginUrl: URL;
  readonly logoutUrl: URL;
  /** The Accounts API (JSON-RPC): lists, checks and creates application keys. Plain HTTPS, no client certificate. */
  readonly accountsUrl: URL;
  /** identitysso's keepAlive (plain HTTPS, X-Authentication + X-Application). */
  readonly keepAliveUrl: URL;
  /**
   * The Exchange Stream API (TLS socket, CRLF JSON); the same host for every jurisdiction. null under a test
   * endpoint without BOTLOGIN_STREAM_ORIGIN: a test session is never sent to Betfair's real stream host.
   */
  readonly stream: StreamEndpoint | null;
  /** Extra trust for the test origin (roots + test CA); undefined means Node's default roots. */
  readonly ca: readonly string[] | undefined;
  readonly testEndpoint: boolean;
}

function setting(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

/** The test endpoint from the environment, or null when BOTLOGIN_SSO_ORIGIN is not set. */
export function testEndpointFromEnv(env: Env): TestEndpoint | null {
  const origin = setting(env, ENV.ssoOrigin);
  if (origin === null) return null;
  let shown = origin;
  try {
    shown = new URL(origin).origin;
  } catch {
    // shown as given; resolveLoginTarget refuses it
  }
  return { origin: shown, caPath: setting(env, ENV.ssoCa) };
}

/** True while any test setting is present (the UI and CLI then say "test endpoint"). */
export function usesTestEndpoint(env: Env): boolean {
  return (
    setting(env, ENV.ssoOrigin) !== null || setting(env, ENV.ssoCa) !== null || setting(env, ENV.streamOrigin) !== null
  );
}

function invalid<T>(code: 'TEST_ENDPOINT_INVALID' | 'TEST_ENDPOINT_NOT_LOCAL' = 'TEST_ENDPOINT_INVALID'): Result<T> {
  const e = explainFault(code);
  return fail(code, e.meaning, { title: e.title, whatToDo: e.whatToDo });
}

export async function resolveLoginTarget(jurisdiction: JurisdictionId, env: Env): Promise<Result<LoginTarget>> {
  const endpoint = testEndpointFromEnv(env);
  const foreign = foreignTestOrigin(env) ?? foreignStreamOrigin(env);
  if (foreign !== null) return invalid(foreign);
  // A local stream endpoint with Betfair's real login would hand a real session to a test server: refused.
  const stream = streamEndpointFromEnv(env);
  if (stream === 'invalid' || (endpoint === null && stream !== BETFAIR_STREAM_ENDPOINT)) return invalid();
  // A test CA without a test origin would do nothing (it is trusted for the test origin only): say so.
  if (endpoint === null && usesTestEndpoint(env)) return invalid();
  if (endpoint === null) {
    return ok({
      certloginUrl: new URL(certloginUrl(jurisdiction)),
      logoutUrl: new URL(logoutUrl(jurisdiction)),
      accountsUrl: new URL(accountsApiUrl(jurisdiction)),
      keepAliveUrl: new URL(KEEPALIVE_PATH, identityssoOrigin(jurisdiction)),
      stream,
      ca: undefined,
      testEndpoint: false,
    });
  }
  let origin: URL;
  try {
    origin = new URL(endpoint.origin);
  } catch {
    return invalid();
  }
  if (origin.protocol !== 'https:') return invalid();
  let ca: readonly string[] | undefined;
  if (endpoint.caPath !== null) {
    try {
      const pem = await readFile(endpoint.caPath, 'utf8');
      if (!pem.includes('-----BEGIN CERTIFICATE-----')) return invalid();
      ca = [...rootCertificates, pem];
    } catch {
      return invalid();
    }
  }
  return ok({
    certloginUrl: new URL(CERTLOGIN_PATH, origin),
    logoutUrl: new URL(LOGOUT_PATH, origin),
    accountsUrl: new URL(ACCOUNTS_API_PATH, origin),
    keepAliveUrl: new URL(KEEPALIVE_PATH, origin),
    stream: stream === BETFAIR_STREAM_ENDPOINT ? null : stream,
    ca,
    testEndpoint: true,
  });
}
