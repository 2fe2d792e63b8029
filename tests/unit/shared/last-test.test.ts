/**
 * The dashboard's last test keeps the verdict's facts (codes only) and is judged again by the same function; a
 * result stored by the previous version (only at, success, code, title) is re-judged from its code, and an old
 * success without key facts never reads as "works".
 */
import { describe, expect, it } from 'vitest';
import { factsOfLastTest, lastTestOf } from '../../../shared/last-test.js';
import type { LoginReport } from '../../../shared/login-types.js';
import { ok, fail } from '../../../shared/result.js';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/settings-schema.js';
import { judge } from '../../../shared/verdict.js';

const old = (success: boolean, code: string) => ({
  at: '2026-11-01T10:00:00.000Z',
  success,
  code,
  title: 'stored words',
});

/** A settings file as the previous version wrote it, read by this version's schema. */
function readOld(lastTest: ReturnType<typeof old>) {
  return settingsSchema.parse({ ...DEFAULT_SETTINGS, lastTest }).lastTest;
}

describe('a last test stored by the previous version', () => {
  it.each([
    [true, 'SUCCESS', 'key-not-checked'],
    [false, 'APP_KEY_REFUSED', 'key-refused'],
    [false, 'APP_KEY_NOT_YOURS', 'key-not-yours'],
    [false, 'APP_KEY_NOT_CHECKED', 'key-not-checked'],
    [false, 'INVALID_USERNAME_OR_PASSWORD', 'login-failed'],
    [false, 'CONNECTION_REFUSED', 'fault'],
    [false, 'NEEDS_SETUP', 'fault'],
  ] as const)('success %s, code %s reads as %s', (success, code, outcome) => {
    const last = readOld(old(success, code));
    expect(last).not.toBeNull();
    if (last === null) return;
    expect(last.findings).toBeUndefined();
    const verdict = judge(factsOfLastTest(last));
    expect(verdict.outcome).toBe(outcome);
    expect(verdict.tone).not.toBe('good');
  });
});

describe('what is stored of a new test', () => {
  const report: LoginReport = {
    jurisdiction: 'international',
    loginStatus: 'SUCCESS',
    success: true,
    loggedOut: true,
    sessionToken: 'SECRET-SESSION-TOKEN',
    sessionTokenMasked: 'SEC…KEN',
    testEndpoint: false,
    appKeys: [{ appName: 'Evening bot', applicationKey: 'LIVEKEY1', version: '1.0', delayed: false, active: true }],
    appKeyCheck: { status: 'valid', delayed: false, active: true },
    streamCheck: { status: 'not-allowed', host: 'stream-api.betfair.com:443', errorCode: 'NOT_AUTHORIZED' },
    keepAliveCheck: { status: 'kept' },
    at: '2026-12-04T20:00:00.000Z',
    durationMs: 1,
  };

  it('keeps the findings (codes, the app name) and never the key or the session token; read back, the same verdict', () => {
    const last = lastTestOf(ok(report), 'LIVEKEY1', 'international');
    expect(last).toMatchObject({
      success: true,
      code: 'works-no-stream',
      findings: {
        login: 'success',
        key: { status: 'valid', delayed: false, active: true, appName: 'Evening bot' },
        accountHasKeys: true,
        stream: { status: 'not-allowed', errorCode: 'NOT_AUTHORIZED' },
        keepAlive: { status: 'kept', errorCode: null },
      },
    });
    const stored = JSON.stringify(last);
    expect(stored).not.toContain('LIVEKEY1');
    expect(stored).not.toContain('SECRET-SESSION-TOKEN');
    const read = settingsSchema.parse(JSON.parse(JSON.stringify({ ...DEFAULT_SETTINGS, lastTest: last }))).lastTest;
    expect(read).toEqual(last);
    if (read) expect(judge(factsOfLastTest(read)).outcome).toBe('works-no-stream');
  });

  it('a fault is stored as a fault, with its code', () => {
    const last = lastTestOf(fail('TIMEOUT', 'No answer in time.'), '', 'international', () => new Date(0));
    expect(last).toMatchObject({ success: false, code: 'fault', at: new Date(0).toISOString() });
    expect(last.findings).toMatchObject({ login: 'fault', loginCode: 'TIMEOUT', key: null });
  });

  it('refuses stored findings with unknown statuses (the file is untrusted)', () => {
    const last = { ...lastTestOf(ok(report), '', 'international') };
    const bad = {
      ...last,
      findings: { ...last.findings, key: { status: 'great', delayed: null, active: null, appName: null } },
    };
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, lastTest: bad }).success).toBe(false);
  });
});
