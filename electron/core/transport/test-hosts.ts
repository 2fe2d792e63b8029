/**
 * BOTLOGIN_TEST_HOSTS: for tests that must see Betfair's hosts apart (the latency bench puts a relay in front of
 * each), a map from each Betfair host name to a loopback `host:port`, entries separated by commas or spaces:
 *   identitysso-cert.betfair.com=127.0.0.2:8443,identitysso.betfair.com=127.0.0.3:8443,
 *   api.betfair.com=127.0.0.4:8443,stream-api.betfair.com=127.0.0.5:8443
 * The same policy as BOTLOGIN_SSO_ORIGIN (isLoopbackHost, reused): every value on this computer or the whole map
 * is refused; BOTLOGIN_SSO_CA is trusted for these hosts only; the packaged app never sees the variable. A host a
 * test needs that the map does not name is refused too, so a test session never reaches Betfair. It stands instead
 * of BOTLOGIN_SSO_ORIGIN and BOTLOGIN_STREAM_ORIGIN, never next to them.
 */
import { ENV } from '../../../shared/env-names.js';
import type { Env } from '../data-dir.js';
import { parseHostPort } from './stream-endpoint.js';
import { isLoopbackHost } from './test-endpoint-policy.js';

export interface TestHostAddress {
  readonly hostname: string;
  readonly port: number;
}

/** Betfair host name (lower case) -> the loopback host:port standing in for it. */
export type TestHosts = ReadonlyMap<string, TestHostAddress>;

const HOST_NAME = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** The raw setting, or null when not set. */
export function testHostsSetting(env: Env): string | null {
  const value = env[ENV.testHosts]?.trim();
  return value ? value : null;
}

/**
 * The map, null when the variable is not set, 'invalid' when it is not `name=host:port` entries,
 * 'TEST_ENDPOINT_NOT_LOCAL' when any value is not on this computer.
 */
export function testHostsFromEnv(env: Env): TestHosts | null | 'invalid' | 'TEST_ENDPOINT_NOT_LOCAL' {
  const value = testHostsSetting(env);
  if (value === null) return null;
  const map = new Map<string, TestHostAddress>();
  let foreign = false;
  for (const entry of value.split(/[\s,]+/).filter((e) => e !== '')) {
    const [name, address, ...rest] = entry.split('=');
    if (name === undefined || address === undefined || rest.length > 0) return 'invalid';
    const host = name.toLowerCase();
    const parsed = parseHostPort(address);
    if (!HOST_NAME.test(host) || map.has(host) || parsed === 'invalid') return 'invalid';
    if (!isLoopbackHost(parsed.hostname)) foreign = true;
    map.set(host, parsed);
  }
  if (foreign) return 'TEST_ENDPOINT_NOT_LOCAL';
  return map.size > 0 ? map : 'invalid';
}
