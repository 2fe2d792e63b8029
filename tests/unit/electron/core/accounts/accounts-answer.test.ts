import { describe, expect, it } from 'vitest';
import { readAccountsAnswer } from '../../../../../electron/core/accounts/accounts-answer.js';
import { findKey, readDeveloperApp, readDeveloperApps } from '../../../../../electron/core/accounts/developer-apps.js';
import type { ExchangeOutcome } from '../../../../../electron/core/transport/https-exchange.js';

const HOST = 'api.betfair.com';
const answer = (body: string, status = 200, tooLarge = false): ExchangeOutcome => ({
  kind: 'answer',
  status,
  body,
  tooLarge,
});

/** The error shape from Betfair's docs (HTTP 200). */
const INVALID_APP_KEY = JSON.stringify({
  jsonrpc: '2.0',
  error: {
    code: -32099,
    message: 'AANGX-0004',
    data: {
      exceptionname: 'AccountAPINGException',
      AccountAPINGException: { requestUUID: 'prdang001-1', errorCode: 'INVALID_APP_KEY', errorDetails: '' },
    },
  },
  id: 1,
});

const APP = {
  appName: 'My bot',
  appId: 12,
  appVersions: [
    {
      owner: 'bettor',
      versionId: 1,
      version: '1.0-DELAY',
      applicationKey: 'D1',
      delayData: true,
      subscriptionRequired: false,
      ownerManaged: false,
      active: true,
    },
    {
      owner: 'bettor',
      versionId: 2,
      version: '1.0',
      applicationKey: 'L1',
      delayData: false,
      subscriptionRequired: false,
      ownerManaged: false,
      active: false,
    },
  ],
};

describe('reading an Accounts API answer', () => {
  it('takes a result', () => {
    expect(readAccountsAnswer(answer(JSON.stringify({ jsonrpc: '2.0', result: [APP], id: 1 })), HOST)).toEqual({
      kind: 'result',
      result: [APP],
    });
  });

  it('takes the errorCode out of an AccountAPINGException sent with HTTP 200', () => {
    expect(readAccountsAnswer(answer(INVALID_APP_KEY), HOST)).toEqual({ kind: 'error', errorCode: 'INVALID_APP_KEY' });
  });

  it('keeps another JSON-RPC error by its message, as it came (bounded)', () => {
    const dsc = JSON.stringify({ jsonrpc: '2.0', error: { code: -32601, message: 'DSC-0021' }, id: 1 });
    expect(readAccountsAnswer(answer(dsc), HOST)).toEqual({ kind: 'error', errorCode: 'DSC-0021' });
    const long = JSON.stringify({ jsonrpc: '2.0', error: { code: 1, message: 'X'.repeat(5000) }, id: 1 });
    const r = readAccountsAnswer(answer(long), HOST);
    expect(r.kind === 'error' && r.errorCode.length).toBe(80);
  });

  it('turns HTTP 500, HTML, empty, oversized and result-less answers into an UNEXPECTED_ANSWER naming the Accounts API', () => {
    const cases: ExchangeOutcome[] = [
      answer('<html>Error 500</html>', 500),
      answer('<html><body>Service unavailable</body></html>'),
      answer(''),
      answer('', 200, true),
      answer(JSON.stringify({ jsonrpc: '2.0', id: 1 })),
      answer(JSON.stringify({ jsonrpc: '2.0', error: {}, id: 1 })),
      answer('[1,2]'),
    ];
    for (const outcome of cases) {
      const r = readAccountsAnswer(outcome, HOST);
      expect(r).toMatchObject({
        kind: 'fault',
        fault: { code: 'UNEXPECTED_ANSWER', detail: { host: HOST, expected: 'an Accounts API answer' } },
      });
    }
  });

  it('passes a network fault on unchanged', () => {
    const fault: ExchangeOutcome = { kind: 'fault', fault: { code: 'TIMEOUT', detail: { host: HOST, seconds: 30 } } };
    expect(readAccountsAnswer(fault, HOST)).toEqual(fault);
  });
});

describe('reading DeveloperApps', () => {
  it('lists each key with its app, version, kind and whether it is active', () => {
    expect(readDeveloperApps([APP])).toEqual([
      { appName: 'My bot', applicationKey: 'D1', version: '1.0-DELAY', delayed: true, active: true },
      { appName: 'My bot', applicationKey: 'L1', version: '1.0', delayed: false, active: false },
    ]);
    expect(readDeveloperApps([])).toEqual([]);
    expect(readDeveloperApp(APP)).toHaveLength(2);
  });

  it('counts a "-DELAY" version as the delayed key even without delayData', () => {
    const app = { ...APP, appVersions: [{ version: '1.0-DELAY', applicationKey: 'D2' }] };
    expect(readDeveloperApps([app])?.[0]).toMatchObject({ delayed: true, active: false });
  });

  it('refuses wrong shapes instead of guessing, and stays bounded on huge lists', () => {
    for (const bad of [
      null,
      {},
      'x',
      [{ appName: 'a' }],
      [{ appVersions: [{ applicationKey: 7 }] }],
      [{ appVersions: [{ applicationKey: 'k'.repeat(500) }] }],
    ]) {
      expect(readDeveloperApps(bad), JSON.stringify(bad).slice(0, 60)).toBeNull();
    }
    const many = Array.from({ length: 500 }, () => APP);
    expect(readDeveloperApps(many)).toHaveLength(100); // 50 apps x 2 keys
  });

  it('finds a key as typed, ignoring spaces around it', () => {
    const keys = readDeveloperApps([APP]) ?? [];
    expect(findKey(keys, ' L1 ')?.delayed).toBe(false);
    expect(findKey(keys, 'l1')).toBeNull();
  });
});
