import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLoginTarget } from '../../../../../electron/core/transport/test-endpoint.js';

describe('where a test login and its key check go', () => {
  it("uses Betfair's hosts for the jurisdiction: identitysso(-cert) per site, the Accounts API on api.betfair.com or .com.au", async () => {
    const hosts = async (id: 'international' | 'au' | 'it' | 'es') => {
      const t = await resolveLoginTarget(id, {});
      if (!t.ok) throw new Error(t.error.code);
      return [
        t.value.certloginUrl.href,
        t.value.logoutUrl.href,
        t.value.accountsUrl.href,
        t.value.testEndpoint,
        t.value.ca,
      ];
    };
    expect(await hosts('au')).toEqual([
      'https://identitysso-cert.betfair.com.au/api/certlogin',
      'https://identitysso.betfair.com.au/api/logout',
      'https://api.betfair.com.au/exchange/account/json-rpc/v1',
      false,
      undefined,
    ]);
    // Italian and Spanish accounts log in on their own hosts but use the Accounts API on api.betfair.com
    expect((await hosts('it')).slice(0, 3)).toEqual([
      'https://identitysso-cert.betfair.it/api/certlogin',
      'https://identitysso.betfair.it/api/logout',
      'https://api.betfair.com/exchange/account/json-rpc/v1',
    ]);
    expect((await hosts('es'))[2]).toBe('https://api.betfair.com/exchange/account/json-rpc/v1');
    expect((await hosts('international'))[2]).toBe('https://api.betfair.com/exchange/account/json-rpc/v1');
  });

  it('BOTLOGIN_SSO_ORIGIN redirects all three hosts to the same origin, same paths', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'endpoint-'));
    const ca = join(dir, 'ca.pem');
    await writeFile(ca, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const t = await resolveLoginTarget('au', { BOTLOGIN_SSO_ORIGIN: 'https://127.0.0.1:8443', BOTLOGIN_SSO_CA: ca });
    expect(
      t.ok && [t.value.certloginUrl.href, t.value.logoutUrl.href, t.value.accountsUrl.href, t.value.testEndpoint],
    ).toEqual([
      'https://127.0.0.1:8443/api/certlogin',
      'https://127.0.0.1:8443/api/logout',
      'https://127.0.0.1:8443/exchange/account/json-rpc/v1',
      true,
    ]);
  });
});
