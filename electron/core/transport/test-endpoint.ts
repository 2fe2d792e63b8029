/**
 * Where a test login goes. Normally Betfair's hosts for the jurisdiction; for tests only, BOTLOGIN_SSO_ORIGIN
 * replaces every identitysso, identitysso-cert and Accounts API origin (same paths), or BOTLOGIN_TEST_HOSTS gives
 * each Betfair host its own (test-hosts.ts), and BOTLOGIN_SSO_CA (a PEM file) is trusted in addition to the usual
 * roots, for those origins only. Verification stays on either way. Only an origin on this computer is accepted
 * (test-endpoint-policy.ts).
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
  loopbackStreamEndpoint,
  streamEndpointFromEnv,
  type StreamEndpoint,
} from './stream-endpoint.js';
import { STREAM_API_HOST } from '../../../shared/stream-api.js';
import { testHostsFromEnv, testHostsSetting, type TestHosts } from './test-hosts.js';
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
  const hosts = testHostsSetting(env);
  if (hosts !== null) return { origin: hosts, caPath: setting(env, ENV.ssoCa) };
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
    setting(env, ENV.ssoOrigin) !== null ||
    setting(env, ENV.ssoCa) !== null ||
    setting(env, ENV.streamOrigin) !== null ||
    testHostsSetting(env) !== null
  );
}

/**
 * 'TEST_ENDPOINT_NOT_LOCAL' when any test setting names a host that is not this computer (checked before the
 * password is read or anything is sent), else null. Other problems are for resolveLoginTarget to explain.
 */
export function foreignTestEndpoint(env: Env): 'TEST_ENDPOINT_NOT_LOCAL' | null {
  const hosts = testHostsFromEnv(env);
  if (hosts === 'TEST_ENDPOINT_NOT_LOCAL') return hosts;
  return foreignTestOrigin(env) ?? foreignStreamOrigin(env);
}

/** BOTLOGIN_SSO_CA added to the roots, undefined without it, 'invalid' when it is not a readable PEM certificate. */
async function testTrust(caPath: string | null): Promise<readonly string[] | undefined | 'invalid'> {
  if (caPath === null) return undefined;
  try {
    const pem = await readFile(caPath, 'utf8');
    return pem.includes('-----BEGIN CERTIFICATE-----') ? [...rootCertificates, pem] : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** Betfair's URL with its host replaced from the map; null when the map does not name the host. */
function mapped(hosts: TestHosts, betfairUrl: string): URL | null {
  const url = new URL(betfairUrl);
  const address = hosts.get(url.hostname);
  return address ? new URL(`${url.pathname}${url.search}`, `https://${address.hostname}:${address.port}`) : null;
}

async function targetFromHosts(
  jurisdiction: JurisdictionId,
  hosts: TestHosts,
  caPath: string | null,
): Promise<Result<LoginTarget>> {
  const certlogin = mapped(hosts, certloginUrl(jurisdiction));
  const logout = mapped(hosts, logoutUrl(jurisdiction));
  const accounts = mapped(hosts, accountsApiUrl(jurisdiction));
  const keepAlive = mapped(hosts, identityssoOrigin(jurisdiction) + KEEPALIVE_PATH);
  const stream = hosts.get(STREAM_API_HOST);
  if (certlogin === null || logout === null || accounts === null || keepAlive === null) return invalid();
  const ca = await testTrust(caPath);
  if (ca === 'invalid') return invalid();
  return ok({
    certloginUrl: certlogin,
    logoutUrl: logout,
    accountsUrl: accounts,
    keepAliveUrl: keepAlive,
    stream: stream ? loopbackStreamEndpoint(stream) : null,
    ca,
    testEndpoint: true,
  });
}

function invalid<T>(code: 'TEST_ENDPOINT_INVALID' | 'TEST_ENDPOINT_NOT_LOCAL' = 'TEST_ENDPOINT_INVALID'): Result<T> {
  const e = explainFault(code);
  return fail(code, e.meaning, { title: e.title, whatToDo: e.whatToDo });
}

export async function resolveLoginTarget(jurisdiction: JurisdictionId, env: Env): Promise<Result<LoginTarget>> {
  const foreign = foreignTestEndpoint(env);
  if (foreign !== null) return invalid(foreign);
  const hosts = testHostsFromEnv(env);
  if (hosts === 'TEST_ENDPOINT_NOT_LOCAL') return invalid(hosts);
  if (hosts !== null) {
    // One way to redirect at a time: the map with BOTLOGIN_SSO_ORIGIN or BOTLOGIN_STREAM_ORIGIN is ambiguous.
    if (hosts === 'invalid' || setting(env, ENV.ssoOrigin) !== null || setting(env, ENV.streamOrigin) !== null)
      return invalid();
    return targetFromHosts(jurisdiction, hosts, setting(env, ENV.ssoCa));
  }
  const endpoint = testEndpointFromEnv(env);
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
  const ca = await testTrust(endpoint.caPath);
  if (ca === 'invalid') return invalid();
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
