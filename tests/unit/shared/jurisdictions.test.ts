import { describe, expect, it } from 'vitest';
import {
  JURISDICTIONS,
  JURISDICTION_IDS,
  certloginUrl,
  externalHosts,
  logoutUrl,
  securityPageUrl,
} from '../../../shared/jurisdictions.js';

describe('jurisdictions', () => {
  it('uses the documented certlogin endpoint for each jurisdiction', () => {
    expect(certloginUrl('international')).toBe('https://identitysso-cert.betfair.com/api/certlogin');
    expect(certloginUrl('au')).toBe('https://identitysso-cert.betfair.com.au/api/certlogin');
    expect(certloginUrl('it')).toBe('https://identitysso-cert.betfair.it/api/certlogin');
    expect(certloginUrl('es')).toBe('https://identitysso-cert.betfair.es/api/certlogin');
    expect(certloginUrl('ro')).toBe('https://identitysso-cert.betfair.ro/api/certlogin');
    expect(certloginUrl('se')).toBe('https://identitysso-cert.betfair.se/api/certlogin');
  });

  it('points the upload page and logout at the same jurisdiction', () => {
    expect(securityPageUrl('it')).toBe('https://myaccount.betfair.it/accountdetails/mysecurity?showAPI=1');
    expect(securityPageUrl('international')).toBe('https://myaccount.betfair.com/accountdetails/mysecurity?showAPI=1');
    expect(logoutUrl('au')).toBe('https://identitysso.betfair.com.au/api/logout');
  });

  it('allows opening only Betfair hosts', () => {
    const hosts = externalHosts();
    for (const id of JURISDICTION_IDS) expect(hosts.has(new URL(securityPageUrl(id)).host)).toBe(true);
    for (const host of hosts) expect(host).toMatch(/(^|\.)betfair\.(com|com\.au|it|es|ro|se|dk|bet\.br)$/);
  });

  it("gives betfairlightweight the locale whose identity host is the jurisdiction's own (none for betfair.com)", () => {
    // betfairlightweight's baseclient.py: IDENTITY_URLS/IDENTITY_CERT_URLS by locale, betfair.com for any other.
    const BFLW_TLD: Readonly<Record<string, string>> = {
      spain: 'es',
      italy: 'it',
      romania: 'ro',
      sweden: 'se',
      australia: 'com.au',
    };
    for (const id of JURISDICTION_IDS) {
      const { locale, tld, botLoginAvailable } = JURISDICTIONS[id];
      if (locale === null) expect(tld === 'com' || !botLoginAvailable, id).toBe(true);
      else expect(BFLW_TLD[locale], id).toBe(tld);
    }
  });
});
