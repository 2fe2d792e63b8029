/** A recording Platform and stub engines for the handler-table tests. */
import { join } from 'node:path';
import type { Platform } from '../../electron/core/platform.js';
import type { Engines } from '../../electron/core/handlers/index.js';
import type { CertificateSummary, GeneratedCertificate } from '../../shared/certificate-types.js';
import type { LoginReport } from '../../shared/login-types.js';
import { ok } from '../../shared/result.js';

export interface RecordingPlatform extends Platform {
  readonly opened: string[];
  readonly revealed: string[];
  readonly openedFiles: string[];
}

export function recordingPlatform(): RecordingPlatform {
  const opened: string[] = [];
  const revealed: string[] = [];
  const openedFiles: string[] = [];
  return {
    opened,
    revealed,
    openedFiles,
    openPath: (path) => {
      openedFiles.push(path);
      return Promise.resolve();
    },
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    showItemInFolder: (path) => {
      revealed.push(path);
    },
    chooseFolder: () => Promise.resolve('/chosen/folder'),
    chooseCertificateFiles: () => Promise.resolve(['/chosen/client.crt', '/chosen/client.key']),
  };
}

export function summary(notAfter = '2027-11-26T00:00:00.000Z'): CertificateSummary {
  return {
    subject: 'CN=Betfair bot login',
    commonName: 'Betfair bot login',
    issuer: 'CN=Betfair bot login',
    selfSigned: true,
    serialNumber: '01',
    fingerprintSha256: Array.from({ length: 32 }, () => 'AB').join(':'),
    notBefore: '2026-11-26T00:00:00.000Z',
    notAfter,
    daysLeft: 365,
    publicKey: { type: 'RSA', bits: 2048 },
    clientAuth: true,
    certificatePem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  };
}

export function generated(dir: string): GeneratedCertificate {
  const files = {
    key: join(dir, 'client-2048.key'),
    certificate: join(dir, 'client-2048.crt'),
    pem: join(dir, 'client-2048.pem'),
    p12: null,
  };
  return {
    dir,
    files,
    backupDir: null,
    certificate: summary(),
    source: { kind: 'pair', certificatePath: files.certificate, keyPath: files.key },
  };
}

export function report(
  success: boolean,
  loginStatus = success ? 'SUCCESS' : 'INVALID_USERNAME_OR_PASSWORD',
): LoginReport {
  return {
    jurisdiction: 'international',
    loginStatus,
    success,
    loggedOut: success ? true : null,
    sessionToken: 'SECRET-TOKEN-SHOULD-NOT-CROSS',
    sessionTokenMasked: success ? 'Zx8i…rMJI=' : null,
    testEndpoint: true,
    appKeys: null,
    appKeyCheck: null,
    at: '2026-11-26T01:00:00.000Z',
    durationMs: 12,
  };
}

export function stubEngines(dir: string, overrides: Partial<Engines> = {}): Partial<Engines> {
  return {
    generateCertificate: () => Promise.resolve(ok(generated(dir))),
    testLogin: () => Promise.resolve(ok(report(true))),
    getGuardStatus: () =>
      Promise.resolve({
        state: 'ready',
        retryAt: null,
        attemptsLastMinute: 0,
        limitPerMinute: 5,
        wrongPasswordsInARow: 0,
      }),
    testEndpointFromEnv: () => ({ origin: 'https://127.0.0.1:8443', caPath: '/tmp/ca.pem' }),
    ...overrides,
  };
}
