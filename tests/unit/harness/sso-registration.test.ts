import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings-schema.js';
import { ok, fail } from '../../../shared/result.js';
import {
  certificatePemOf,
  registerRememberedCertificate,
  registeringHandlers,
  type LooseHandlerTable,
} from '../../harness/sso-registration.js';
import { WIZARD_METHODS } from '../../../shared/api.js';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';

describe("registering the session's certificates with the fake identitysso", () => {
  it('takes the certificate of a generate result, and of a use result only when usable', () => {
    expect(certificatePemOf('generateCertificate', ok({ certificate: { certificatePem: PEM } }))).toBe(PEM);
    expect(certificatePemOf('useCertificate', ok({ usable: true, certificate: { certificatePem: PEM } }))).toBe(PEM);
    expect(certificatePemOf('useCertificate', ok({ usable: false, certificate: { certificatePem: PEM } }))).toBeNull();
    expect(certificatePemOf('generateCertificate', fail('FILES_EXIST', 'x'))).toBeNull();
  });

  it('wraps only generate and use', async () => {
    const table = Object.fromEntries(
      WIZARD_METHODS.map((m) => [m, async () => ok({ usable: true, certificate: { certificatePem: PEM } })]),
    ) as unknown as LooseHandlerTable;
    const seen: string[] = [];
    const wrapped = registeringHandlers(table, { registerCertificate: (pem) => seen.push(pem) }, () => undefined);
    await wrapped.getSettings(undefined);
    await wrapped.useCertificate({ paths: ['a'] });
    await wrapped.generateCertificate({ dir: 'b' });
    expect(seen).toEqual([PEM, PEM]);
  });

  it('registers a remembered certificate from its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'harness-reg-'));
    const crt = join(dir, 'c.crt');
    writeFileSync(crt, `${PEM}\n`);
    const seen: string[] = [];
    await registerRememberedCertificate(
      {
        ...DEFAULT_SETTINGS,
        certificate: {
          dir,
          source: { kind: 'pair', certificatePath: crt, keyPath: join(dir, 'c.key') },
          fingerprintSha256: '',
          commonName: null,
          notAfter: '',
          files: [crt],
        },
      },
      { registerCertificate: (pem) => seen.push(pem) },
      () => undefined,
    );
    expect(seen).toEqual([PEM]);
  });
});
