/** BOTLOGIN_TEST_HOSTS: a per-host map under the same loopback-only policy as BOTLOGIN_SSO_ORIGIN. */
import { describe, expect, it } from 'vitest';
import { foreignTestEndpoint, resolveLoginTarget } from '../../../../../electron/core/transport/test-endpoint.js';
import { withoutTestEndpoint } from '../../../../../electron/core/transport/test-endpoint-policy.js';

const MAP =
  'identitysso-cert.betfair.it=127.0.0.2:8443, identitysso.betfair.it=127.0.0.3:8443 ' +
  'api.betfair.com=[::1]:8444,stream-api.betfair.com=localhost:8445';

describe('BOTLOGIN_TEST_HOSTS', () => {
  it("sends each of the jurisdiction's hosts to its own loopback address, same paths", async () => {
    const t = await resolveLoginTarget('it', { BOTLOGIN_TEST_HOSTS: MAP });
    if (!t.ok) throw new Error(t.error.code);
    expect([
      t.value.certloginUrl.href,
      t.value.keepAliveUrl.href,
      t.value.logoutUrl.href,
      t.value.accountsUrl.href,
    ]).toEqual([
      'https://127.0.0.2:8443/api/certlogin',
      'https://127.0.0.3:8443/api/keepAlive',
      'https://127.0.0.3:8443/api/logout',
      'https://[::1]:8444/exchange/account/json-rpc/v1',
    ]);
    // localhost is dialled as 127.0.0.1 without a lookup, and checked as "localhost"
    expect(t.value.stream).toEqual({
      connectHost: '127.0.0.1',
      port: 8445,
      servername: 'localhost',
      shown: 'localhost:8445',
    });
    expect(t.value.testEndpoint).toBe(true);
  });

  it('a host not on this computer refuses the whole map, before anything is sent', async () => {
    for (const bad of ['10.0.0.1:443', 'identitysso.betfair.it:443', '[::2]:1', '127.0.0.1.nip.io:443']) {
      const env = { BOTLOGIN_TEST_HOSTS: MAP.replace('127.0.0.3:8443', bad) };
      expect(foreignTestEndpoint(env), bad).toBe('TEST_ENDPOINT_NOT_LOCAL');
      const t = await resolveLoginTarget('it', env);
      expect(!t.ok && t.error.code, bad).toBe('TEST_ENDPOINT_NOT_LOCAL');
    }
  });

  it('a host the test needs and the map lacks, a malformed entry, or the map next to BOTLOGIN_SSO_ORIGIN: invalid', async () => {
    const envs = [
      { BOTLOGIN_TEST_HOSTS: MAP.replace('identitysso.betfair.it', 'identitysso.betfair.es') },
      { BOTLOGIN_TEST_HOSTS: `${MAP},api.betfair.com=127.0.0.4:1` },
      { BOTLOGIN_TEST_HOSTS: 'identitysso-cert.betfair.it' },
      { BOTLOGIN_TEST_HOSTS: 'identitysso-cert.betfair.it=https://127.0.0.2:1' },
      { BOTLOGIN_TEST_HOSTS: MAP, BOTLOGIN_SSO_ORIGIN: 'https://127.0.0.1:1' },
      { BOTLOGIN_TEST_HOSTS: MAP, BOTLOGIN_STREAM_ORIGIN: '127.0.0.1:1' },
    ];
    for (const env of envs) {
      const t = await resolveLoginTarget('it', env);
      expect(!t.ok && t.error.code, JSON.stringify(env)).toBe('TEST_ENDPOINT_INVALID');
    }
  });

  it('without a stream host in the map, no stream is dialled; the packaged app never sees the variable', async () => {
    const t = await resolveLoginTarget('it', { BOTLOGIN_TEST_HOSTS: MAP.replace(/,stream-api\S+/, '') });
    expect(t.ok && t.value.stream).toBeNull();
    expect(withoutTestEndpoint({ BOTLOGIN_TEST_HOSTS: MAP, HOME: '/h' })).toEqual({ HOME: '/h' });
  });
});
