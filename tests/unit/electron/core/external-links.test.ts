import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, isAllowedExternalUrl } from '../../../../electron/core/external-links.js';
import { JURISDICTION_IDS, securityPageUrl, websiteUrl } from '../../../../shared/jurisdictions.js';

describe('openExternal allow-list', () => {
  it("allows every jurisdiction's security page and website, and Betfair's developer site", () => {
    for (const id of JURISDICTION_IDS) {
      expect(isAllowedExternalUrl(securityPageUrl(id)), securityPageUrl(id)).toBe(true);
      expect(isAllowedExternalUrl(websiteUrl(id)), websiteUrl(id)).toBe(true);
    }
    expect(isAllowedExternalUrl('https://developer.betfair.com/')).toBe(true);
    expect(isAllowedExternalUrl('https://support.developer.betfair.com/hc/en-us')).toBe(true);
    expect(isAllowedExternalUrl('https://www.betfair.bet.br/')).toBe(true);
  });

  it('normalises what it opens (upper-case host, default port spelled out)', () => {
    expect(allowedExternalUrl('https://MyAccount.Betfair.COM/accountdetails/mysecurity?showAPI=1')).toBe(
      'https://myaccount.betfair.com/accountdetails/mysecurity?showAPI=1',
    );
    expect(allowedExternalUrl('https://www.betfair.com:443/x')).toBe('https://www.betfair.com/x');
  });

  const refused = [
    'http://myaccount.betfair.com/',
    'https://myaccount.betfair.com.evil.com/',
    'https://myaccount.betfair.com.evil.com/accountdetails/mysecurity?showAPI=1',
    'https://evil.com/myaccount.betfair.com',
    'https://evil.com/?next=https://myaccount.betfair.com',
    'https://myaccountbetfair.com/',
    'https://myaccount-betfair.com/',
    'https://betfair.com/',
    'https://evilbetfair.com/',
    'https://myaccount.betfair.co/',
    'https://myaccount.betfair.com./',
    'https://betfair.com@evil.com/',
    'https://myaccount.betfair.com@evil.com/',
    'https://user:pass@myaccount.betfair.com/',
    'https://user@myaccount.betfair.com/',
    'https://myaccount.betfair.com:8443/',
    'https://myaccount.betfair.dk.evil/',
    'https://xn--myccount-5za.betfair.com/',
    'https://myаccount.betfair.com/',
    'javascript:alert(1)',
    'JavaScript:alert(document.domain)',
    'javascript://myaccount.betfair.com/%0aalert(1)',
    'file:///etc/passwd',
    'file://myaccount.betfair.com/etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ftp://myaccount.betfair.com/',
    'ws://myaccount.betfair.com/',
    'wss://myaccount.betfair.com/',
    'app://bundle/index.html',
    'about:blank',
    '//myaccount.betfair.com/',
    'myaccount.betfair.com',
    '/accountdetails/mysecurity',
    '',
    ' ',
    'https://',
    `https://myaccount.betfair.com/${'a'.repeat(3000)}`,
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url.slice(0, 60))}`, () => {
      expect(isAllowedExternalUrl(url)).toBe(false);
    });
  }

  it('refuses things that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://www.betfair.com/'], new URL('https://www.betfair.com/')]) {
      expect(isAllowedExternalUrl(value)).toBe(false);
    }
  });
});
