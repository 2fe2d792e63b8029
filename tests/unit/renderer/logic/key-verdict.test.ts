/** The headline rule: "Your bot login works" only when the application key is valid. */
import { describe, expect, it } from 'vitest';
import type { AppKeyCheckStatus, AppKeySummary } from '../../../../shared/app-key-types.js';
import type { LoginReport } from '../../../../shared/login-types.js';
import { isPassingTest, keyVerdict, needsKeys } from '../../../../renderer/logic/key-verdict.js';

const KEYS: readonly AppKeySummary[] = [
  { appName: 'My bot', applicationKey: 'delayed-key', version: '1.0-DELAY', delayed: true, active: true },
  { appName: 'My bot', applicationKey: 'live-key', version: '1.0', delayed: false, active: false },
];

function report(
  status: AppKeyCheckStatus | null,
  appKeys: readonly AppKeySummary[] | null = KEYS,
  success = true,
): LoginReport {
  return {
    jurisdiction: 'international',
    loginStatus: success ? 'SUCCESS' : 'INVALID_USERNAME_OR_PASSWORD',
    success,
    explanation: { code: 'SUCCESS', title: 't', meaning: 'm', whatToDo: 'w' },
    loggedOut: success ? true : null,
    sessionTokenMasked: null,
    testEndpoint: true,
    appKeys,
    appKeyCheck: status ? { status, title: 't', explanation: 'e', whatToDo: 'w' } : null,
    at: '2026-01-01T00:00:00.000Z',
    durationMs: 1,
  };
}

describe('what a test login means for the bot', () => {
  it('says the bot login works only for a valid key', () => {
    expect(keyVerdict(report('valid'))).toBe('works');
    expect(keyVerdict(report('not-given'))).toBe('choose');
    expect(keyVerdict(report('not-yours'))).toBe('fix');
    expect(keyVerdict(report('refused'))).toBe('fix');
    expect(keyVerdict(report('not-checked', null))).toBe('not-checked');
  });

  it('offers to create keys when the account has none, not when they could not be listed', () => {
    expect(keyVerdict(report('not-given', []))).toBe('create');
    expect(needsKeys(report('not-given', []))).toBe(true);
    expect(needsKeys(report('not-checked', null))).toBe(false);
    expect(needsKeys(report('not-given'))).toBe(false);
    expect(needsKeys(report(null, null, false))).toBe(false);
  });

  it('counts a test as passing (worth remembering) only when nothing says the key is wrong', () => {
    expect(isPassingTest(report('valid'))).toBe(true);
    expect(isPassingTest(report('not-checked', null))).toBe(true);
    expect(isPassingTest(report('not-given'))).toBe(false);
    expect(isPassingTest(report('refused'))).toBe(false);
    expect(isPassingTest(report('not-yours'))).toBe(false);
    expect(isPassingTest(report(null, null, false))).toBe(false);
  });
});
