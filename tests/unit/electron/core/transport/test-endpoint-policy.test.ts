import { describe, expect, it } from 'vitest';
import {
  foreignTestOrigin,
  isLoopbackHost,
  withoutTestEndpoint,
} from '../../../../../electron/core/transport/test-endpoint-policy.js';

describe('test endpoint policy', () => {
  it('knows this computer: 127.0.0.0/8, ::1 and localhost, as the URL parser writes them', () => {
    for (const origin of [
      'https://127.0.0.1:8443',
      'https://127.255.0.9',
      'https://localhost',
      'https://LOCALHOST.:1',
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
    ]) {
      expect(foreignTestOrigin({ BOTLOGIN_SSO_ORIGIN: origin }), origin).toBe('TEST_ENDPOINT_NOT_LOCAL');
    }
    expect(foreignTestOrigin({})).toBeNull();
    expect(foreignTestOrigin({ BOTLOGIN_SSO_ORIGIN: '  ' })).toBeNull();
    expect(foreignTestOrigin({ BOTLOGIN_SSO_ORIGIN: 'not a url' })).toBeNull(); // TEST_ENDPOINT_INVALID explains that one
  });

  it('gives the packaged app the environment without the test-endpoint variables, leaving the rest', () => {
    const env = { BOTLOGIN_SSO_ORIGIN: 'https://127.0.0.1:1', BOTLOGIN_SSO_CA: '/ca.pem', HOME: '/home/me' };
    expect(withoutTestEndpoint(env)).toEqual({ HOME: '/home/me' });
    expect(env.BOTLOGIN_SSO_ORIGIN).toBe('https://127.0.0.1:1');
  });
});
