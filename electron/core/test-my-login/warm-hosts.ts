/**
 * The connections one test opens ahead, while its certlogin is in flight: identitysso (keepAlive, then the logout
 * on the same connection), two to the Accounts API (the key list and the key check go out together) and the
 * Exchange Stream API, each only when the test will use it. TLS handshakes only: nothing is sent on them before
 * there is a session. close() ends whatever was not used.
 */
import type { Agent } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { agentWith, warmHttps, warmStream, type LoginTarget, type WarmConnection } from '../transport/index.js';
import type { LoginCredential } from '../login/index.js';

export interface WarmHosts {
  /** identitysso: keepAlive, then the logout. */
  readonly session: Agent;
  /** The Accounts API, one connection per call that goes out at once; null when the test does not call it. */
  readonly accounts: { readonly list: Agent; readonly funds: Agent } | null;
  /** The stream connection, taken once; null when the test does not stream or it is no longer usable. */
  takeStream(): TLSSocket | null;
  close(): void;
}

export interface WarmPlan {
  readonly accounts: boolean;
  readonly keyCheck: boolean;
  readonly stream: boolean;
}

/**
 * `login` is the certlogin's agent: where identitysso is the login's own host (one test origin for every host),
 * keepAlive and the logout ride the login's connection instead, as one connection per host.
 */
export function warmHosts(target: LoginTarget, credential: LoginCredential, plan: WarmPlan, login: Agent): WarmHosts {
  const client = { cert: credential.certPem, key: credential.keyPem };
  const none: WarmConnection = { take: () => null, close: () => undefined };
  const sameHost = target.keepAliveUrl.origin === target.certloginUrl.origin;
  const session = sameHost ? login : agentWith(warmHttps(target.keepAliveUrl, { client, ca: target.ca }));
  const api = () => warmHttps(target.accountsUrl, { client: undefined, ca: target.ca });
  const accounts = plan.accounts ? { list: agentWith(api()), funds: agentWith(plan.keyCheck ? api() : none) } : null;
  const stream = plan.stream && target.stream !== null ? warmStream(target.stream, target.ca) : none;
  return {
    session,
    accounts,
    takeStream: () => stream.take(),
    close() {
      session.destroy();
      accounts?.list.destroy();
      accounts?.funds.destroy();
      stream.close();
    },
  };
}
