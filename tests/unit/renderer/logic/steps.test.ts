import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, type StoredCertificate } from '../../../../shared/settings-schema.js';
import { canGoNext, initialView, nextView, previousView } from '../../../../renderer/logic/steps.js';
import { testShowsBotCanBet } from '../../../../renderer/logic/test-done.js';
import { lastTestOf } from '../../../../shared/last-test.js';
import type { LoginReport } from '../../../../shared/login-types.js';
import { fail, ok } from '../../../../shared/result.js';

const certificate: StoredCertificate = {
  dir: '/home/me/certs',
  source: {
    kind: 'pair',
    certificatePath: '/home/me/certs/client-2048.crt',
    keyPath: '/home/me/certs/client-2048.key',
  },
  fingerprintSha256: 'AB:CD',
  commonName: 'Betfair bot login',
  notAfter: '2027-06-01T00:00:00.000Z',
  files: ['/home/me/certs/client-2048.crt', '/home/me/certs/client-2048.key'],
};
const with_ = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('wizard steps', () => {
  it('goes where you live -> certificate -> upload -> test -> dashboard, and back', () => {
    expect(previousView('jurisdiction')).toBeNull();
    expect(nextView('jurisdiction')).toBe('certificate');
    expect(nextView('certificate')).toBe('upload');
    expect(nextView('upload')).toBe('test');
    expect(nextView('test')).toBe('dashboard');
    expect(nextView('dashboard')).toBeNull();
    expect(previousView('dashboard')).toBe('test');
    expect(previousView('certificate')).toBe('jurisdiction');
  });

  it('needs a place to go on, and never lets Denmark go on', () => {
    expect(canGoNext('jurisdiction', DEFAULT_SETTINGS)).toBe(false);
    expect(canGoNext('jurisdiction', with_({ jurisdiction: 'international' }))).toBe(true);
    expect(canGoNext('jurisdiction', with_({ jurisdiction: 'it' }))).toBe(true);
    expect(canGoNext('jurisdiction', with_({ jurisdiction: 'dk' }))).toBe(false);
  });

  it('needs a usable certificate, then the upload confirmation', () => {
    expect(canGoNext('certificate', DEFAULT_SETTINGS)).toBe(false);
    expect(canGoNext('certificate', with_({ certificate }))).toBe(true);
    expect(canGoNext('upload', with_({ certificate }))).toBe(false);
    expect(canGoNext('upload', with_({ certificate, uploadConfirmed: true }))).toBe(true);
    expect(canGoNext('test', with_({ certificate, uploadConfirmed: true }))).toBe(true);
  });

  it('sends a returning user who has tested to the dashboard, one who has not to the test, a new one to the start', () => {
    const tested = lastTestOf(fail('TIMEOUT', 'no answer'), '', 'es');
    expect(initialView(DEFAULT_SETTINGS)).toBe('jurisdiction');
    expect(initialView(with_({ jurisdiction: 'es', certificate }))).toBe('jurisdiction');
    expect(initialView(with_({ jurisdiction: 'es', certificate, uploadConfirmed: true }))).toBe('test');
    expect(initialView(with_({ jurisdiction: 'es', certificate, uploadConfirmed: true, lastTest: tested }))).toBe(
      'dashboard',
    );
    expect(initialView(with_({ jurisdiction: 'dk', certificate, uploadConfirmed: true }))).toBe('jurisdiction');
  });

  it('counts the test as done only when the last test showed the bot can log in and bet', () => {
    const KEY = 'abcdefghijklmnop';
    const report = (delayed: boolean, active: boolean): LoginReport =>
      ({
        jurisdiction: 'international',
        loginStatus: 'SUCCESS',
        success: true,
        loggedOut: true,
        sessionTokenMasked: 'x…y',
        testEndpoint: false,
        appKeys: [{ appName: 'Bot', applicationKey: KEY, delayed, active }],
        appKeyCheck: { status: 'valid', delayed, active },
        streamCheck: null,
        keepAliveCheck: null,
        at: '2026-01-01T00:00:00.000Z',
        durationMs: 1,
      }) as unknown as LoginReport;
    const after = (r: LoginReport | null) =>
      testShowsBotCanBet(with_({ lastTest: r === null ? null : lastTestOf(ok(r), KEY, 'international') }));
    expect(after(null)).toBe(false);
    expect(after(report(true, true))).toBe(false); // delayed key: logs in, cannot bet
    expect(after(report(false, false))).toBe(false); // live key, not active yet
    expect(after(report(false, true))).toBe(true);
    expect(testShowsBotCanBet(with_({ lastTest: lastTestOf(fail('TIMEOUT', 'x'), '', 'es') }))).toBe(false);
  });
});
