import { describe, expect, it } from 'vitest';
import {
  foreignTestOrigin,
  isLoopbackHost,
  loopbackConnection,
  withoutTestEndpoint,
} from '../../../../../electron/core/transport/test-endpoint-policy.js';

describe('test endpoint policy', () => {
  it('knows this computer: 127.0.0.0/8, ::1 and localhost, as the URL parser writes them', () => {
    for (const origin of [
      'https://127.0.0.1:8443',
      'https://127.255.0.9',
      'https://localhost',
      'https://[::1]:9',
      'https://2130706433',
      'https://0x7f.1',
    ]) {
      expect(isLoopbackHost(new URL(origin).hostname), origin).toBe(true);
      expect(foreignTestOrigin({ BOTLOGIN_SSO_ORIGIN: origin }), origin).toBeNull();
    }
    for (const origin of [
      'https://128.0.0.1',
      'https://127.0.0.1.nip.io',
      'https://localhost.example',
      'https://[::2]',
      'https://[::ffff:127.0.0.1]',
      'https://0.0.0.0',
      'https://identitysso-cert.betfair.com',
      'https://me:pw@localhost',
      'https://xn--localhost-',
      'https://10.1.1.1',
      // A trailing dot makes a name a resolver answers (and a DNS server may): nothing that needs DNS passes.
      'https://localhost.:1',
      'https://LOCALHOST.',
      'https://localhost..',
      'https://localhost.localdomain',
    ]) {
      expect(foreignTestOrigin({ BOTLOGIN_SSO_ORIGIN: origin }), origin).toBe('TEST_ENDPOINT_NOT_LOCAL');
    }
    expect(foreignTestOrigin({})).toBeNull();
    expect(foreignTestOrigin({ BOTLOGIN_SSO_ORIGIN: '  ' })).toBeNull();
    expect(foreignTestOrigin({ BOTLOGIN_SSO_ORIGIN: 'not a url' })).toBeNull(); // TEST_ENDPOINT_INVALID explains that one
  });

  it('connects [::1] without brackets and localhost to 127.0.0.1 without asking a resolver', async () => {
    expect(loopbackConnection(new URL('https://[::1]:9')).hostname).toBe('::1');
    expect(loopbackConnection(new URL('https://127.0.0.5:9'))).toEqual({ hostname: '127.0.0.5' });
    expect(loopbackConnection(new URL('https://identitysso-cert.betfair.com/'))).toEqual({
      hostname: 'identitysso-cert.betfair.com',
    });
    const { hostname, lookup } = loopbackConnection(new URL('https://localhost:9'));
    expect(hostname).toBe('localhost');
    const one = await new Promise((done) =>
      lookup?.('localhost', {}, (_e, address, family) => done([address, family])),
    );
    expect(one).toEqual(['127.0.0.1', 4]);
    const all = await new Promise((done) => lookup?.('localhost', { all: true }, (_e, address) => done(address)));
    expect(all).toEqual([{ address: '127.0.0.1', family: 4 }]);
  });

  it('gives the packaged app the environment without the test-endpoint variables, leaving the rest', () => {
    const env = { BOTLOGIN_SSO_ORIGIN: 'https://127.0.0.1:1', BOTLOGIN_SSO_CA: '/ca.pem', HOME: '/home/me' };
    expect(withoutTestEndpoint(env)).toEqual({ HOME: '/home/me' });
    expect(env.BOTLOGIN_SSO_ORIGIN).toBe('https://127.0.0.1:1');
  });
});
