import { describe, expect, it } from 'vitest';
import {
  ACCOUNTS_ERROR_CODES,
  accountsApiUrl,
  accountsRequestBody,
  aangxMessage,
  appNameContainsUsername,
  suggestAppName,
} from '../../../shared/accounts-api.js';
import { JURISDICTION_IDS, accountsApiOrigin } from '../../../shared/jurisdictions.js';

describe('Accounts API facts', () => {
  it('uses api.betfair.com.au for Australia / New Zealand and api.betfair.com everywhere else (Italy and Spain too)', () => {
    expect(Object.fromEntries(JURISDICTION_IDS.map((id) => [id, accountsApiOrigin(id)]))).toEqual({
      international: 'https://api.betfair.com',
      au: 'https://api.betfair.com.au',
      it: 'https://api.betfair.com',
      es: 'https://api.betfair.com',
      ro: 'https://api.betfair.com',
      se: 'https://api.betfair.com',
      dk: 'https://api.betfair.com',
    });
    expect(accountsApiUrl('au')).toBe('https://api.betfair.com.au/exchange/account/json-rpc/v1');
  });

  it('numbers the AANGX messages in Betfair order (INVALID_APP_KEY is AANGX-0004) and knows 22 codes', () => {
    expect(aangxMessage('INVALID_INPUT_DATA')).toBe('AANGX-0001');
    expect(aangxMessage('INVALID_APP_KEY')).toBe('AANGX-0004');
    expect(aangxMessage('NO_APP_KEY')).toBe('AANGX-0011');
    expect(aangxMessage('INVALID_GRANT_TYPE')).toBe('AANGX-0021');
    expect(ACCOUNTS_ERROR_CODES).toHaveLength(22);
  });

  it('builds the JSON-RPC body the docs show', () => {
    expect(JSON.parse(accountsRequestBody('createDeveloperAppKeys', { appName: 'My bot' }))).toEqual({
      jsonrpc: '2.0',
      method: 'AccountAPING/v1.0/createDeveloperAppKeys',
      params: { appName: 'My bot' },
      id: 1,
    });
    expect(JSON.parse(accountsRequestBody('getDeveloperAppKeys'))).toMatchObject({ params: {} });
  });

  it('spots the username inside an application name in any case', () => {
    expect(appNameContainsUsername('Bettor bot', 'bettor')).toBe(true);
    expect(appNameContainsUsername('my BETTOR app', 'Bettor')).toBe(true);
    expect(appNameContainsUsername('My betting bot', 'bettor')).toBe(false);
    expect(appNameContainsUsername('anything', '  ')).toBe(false);
  });

  it('suggests a name that never contains the username, even for very short usernames', () => {
    const usernames = [
      'bettor',
      'my',
      'bot',
      'b',
      'e',
      't',
      'a',
      'o',
      ' ',
      'MyBettingBot',
      'betting',
      'app',
      'x1',
      'abcdefghijklmnopqrstuvwxyz',
    ];
    for (const username of usernames) {
      const name = suggestAppName(username);
      expect(name.trim(), username).not.toBe('');
      expect(appNameContainsUsername(name, username), `${username} -> ${name}`).toBe(false);
    }
    expect(suggestAppName('bettor', () => 0.5)).toBe('My betting bot 5500');
    // Names are unique on Betfair: two suggestions differ, so the fake account's own 'My betting bot' is not offered.
    expect(suggestAppName('newcomer', () => 0)).not.toBe(suggestAppName('newcomer', () => 0.99));
    expect(suggestAppName('newcomer')).toMatch(/^My betting bot \d{4}$/);
  });
});
