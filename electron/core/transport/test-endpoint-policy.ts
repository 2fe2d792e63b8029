/**
 * Who may redirect the test login. BOTLOGIN_SSO_ORIGIN / BOTLOGIN_SSO_CA exist for tests against a local fake
 * server, so an origin is accepted only on this computer: an IP literal in 127.0.0.0/8, [::1], or `localhost`,
 * which is connected to 127.0.0.1 without asking any name server (loopbackConnection). Nothing that needs DNS
 * passes (`localhost.` with its trailing dot is a name a resolver answers, so it is refused): a variable set by
 * anything else on the machine cannot turn the login test into a password sender. The packaged app ignores
 * both variables entirely. Shared by the CLI, the app and the harness.
 */
import type { LookupFunction } from 'node:net';
import type { Env } from '../data-dir.js';
import { ENV } from '../../../shared/env-names.js';

export const TEST_ENDPOINT_VARIABLES = [ENV.ssoOrigin, ENV.ssoCa, ENV.streamOrigin, ENV.testHosts] as const;

/** True for a loopback host as the URL parser writes it: 127.x.y.z, [::1] (or ::1) or exactly localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  const parts = host.split('.');
  return parts.length === 4 && parts[0] === '127' && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** Answers `localhost` with 127.0.0.1 itself: no resolver, no hosts file, no DNS server is asked. */
const localhostLookup: LookupFunction = (_hostname, options, callback) => {
  if (options.all === true) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};

/**
 * How to connect to a URL's host: an IPv6 literal without its brackets (`[::1]` -> `::1`, what sockets take),
 * `localhost` with a lookup that answers 127.0.0.1 without DNS (the TLS name checked stays `localhost`), anything
 * else as it is.
 */
export function loopbackConnection(url: URL): { readonly hostname: string; readonly lookup?: LookupFunction } {
  const host = url.hostname.toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) return { hostname: host.slice(1, -1) };
  if (host === 'localhost') return { hostname: host, lookup: localhostLookup };
  return { hostname: url.hostname };
}

/**
 * 'TEST_ENDPOINT_NOT_LOCAL' when BOTLOGIN_SSO_ORIGIN is set to anything but a local https origin (checked before
 * the password is read or anything is sent), else null. Other problems are for resolveLoginTarget to explain.
 */
export function foreignTestOrigin(env: Env): 'TEST_ENDPOINT_NOT_LOCAL' | null {
  const origin = env[ENV.ssoOrigin]?.trim();
  if (!origin) return null;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null; // not an address at all: TEST_ENDPOINT_INVALID says so
  }
  return isLoopbackHost(url.hostname) && url.username === '' && url.password === '' ? null : 'TEST_ENDPOINT_NOT_LOCAL';
}

/** The environment the packaged app runs on: the same, without the test-endpoint variables. */
export function withoutTestEndpoint(env: Env): Env {
  const copy: Record<string, string | undefined> = { ...env };
  for (const name of TEST_ENDPOINT_VARIABLES) delete copy[name];
  return copy;
}
