/** Test helper: the curl commands of Betfair's reference, against the fake (verified against its CA, never -k). */
import type { FakeSso } from '../fixtures/fake-sso/server.js';
import type { TestClientCertificate } from '../fixtures/fake-sso/client-cert.js';

/** Quiet curl that trusts the fake's CA and nothing else. */
export function curlTls(fake: Pick<FakeSso, 'caPath'>): string[] {
  return ['-q', '-sS', '--cacert', fake.caPath];
}

/** The same with the client certificate (mutual TLS), as certlogin needs. */
export function curlMutualTls(fake: Pick<FakeSso, 'caPath'>, cert: TestClientCertificate): string[] {
  return [...curlTls(fake), '--cert', cert.certPath, '--key', cert.keyPath];
}

/**
 * The reference's certlogin command: POST username and password, each `--data-urlencode`d, with the client
 * certificate and an X-Application header. `body` replaces the two fields (to send them the wrong way).
 */
export function curlCertloginArgs(
  fake: Pick<FakeSso, 'caPath' | 'origin'>,
  cert: TestClientCertificate,
  login: { readonly username: string; readonly password: string } | { readonly body: string },
  application = 'curl-check',
): string[] {
  const data =
    'body' in login
      ? ['-d', login.body]
      : ['--data-urlencode', `username=${login.username}`, '--data-urlencode', `password=${login.password}`];
  return [...curlMutualTls(fake, cert), `${fake.origin}/api/certlogin`, '-H', `X-Application: ${application}`, ...data];
}

/** One Accounts API JSON-RPC call (plain HTTPS, no client certificate) with the given headers. */
export function curlAccountsArgs(
  fake: Pick<FakeSso, 'caPath' | 'origin'>,
  method: string,
  headers: readonly string[],
  params: object = {},
): string[] {
  return [
    ...curlTls(fake),
    `${fake.origin}/exchange/account/json-rpc/v1`,
    ...headers.flatMap((h) => ['-H', h]),
    '-H',
    'Content-Type: application/json',
    '-H',
    'Accept: application/json',
    '--data',
    JSON.stringify({ jsonrpc: '2.0', method: `AccountAPING/v1.0/${method}`, params, id: 1 }),
  ];
}
