/**
 * With --fake-sso, every certificate made or accepted in the session is "uploaded" to the fake
 * identitysso, so a person can click through to "Your bot login works" offline.
 */
import { readFile } from 'node:fs/promises';
import type { WizardMethod } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import type { Settings } from '../../shared/settings-schema.js';

export type HandlerFn = (input: unknown) => Promise<Result<unknown>>;
export type LooseHandlerTable = Readonly<Record<WizardMethod, HandlerFn>>;

export interface CertificateSink {
  registerCertificate(certPem: string): void;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The certificate PEM inside a generate/use result, if it carries one that can be used. */
export function certificatePemOf(method: WizardMethod, result: Result<unknown>): string | null {
  if (!result.ok || !isRecord(result.value)) return null;
  if (method === 'useCertificate' && result.value.usable !== true) return null;
  const certificate = result.value.certificate;
  if (!isRecord(certificate) || typeof certificate.certificatePem !== 'string') return null;
  return certificate.certificatePem;
}

/** The renewal's new certificate file once the bettor said it is uploaded (confirmRenewalUpload's settings). */
function renewalCertificatePath(result: Result<unknown>): string | null {
  if (!result.ok || !isRecord(result.value)) return null;
  const renewal = result.value.renewal;
  if (!isRecord(renewal) || !isRecord(renewal.source)) return null;
  const path = renewal.source.certificatePath;
  return typeof path === 'string' ? path : null;
}

/**
 * Wraps generateCertificate and useCertificate so their certificates reach the fake server, and a renewal's
 * "I have uploaded it" (confirmRenewalUpload) so its new certificate does: an upload, which in one-certificate mode
 * replaces the old one. startRenewal registers nothing: the new certificate is not on "Betfair" before its upload.
 */
export function registeringHandlers(
  table: LooseHandlerTable,
  sink: CertificateSink,
  log: (line: string) => void,
): LooseHandlerTable {
  const wrap =
    (method: WizardMethod): HandlerFn =>
    async (input) => {
      const result = await table[method](input);
      const pem = certificatePemOf(method, result);
      if (pem) {
        sink.registerCertificate(pem);
        log(`fake-sso: registered the certificate from ${method}`);
      }
      return result;
    };
  const confirmUpload: HandlerFn = async (input) => {
    const result = await table.confirmRenewalUpload(input);
    const path = renewalCertificatePath(result);
    const match = path ? PEM_CERTIFICATE.exec(await readFile(path, 'utf8').catch(() => '')) : null;
    if (match) {
      sink.registerCertificate(match[0]);
      log("fake-sso: registered the renewal's new certificate (its upload)");
    }
    return result;
  };
  return {
    ...table,
    generateCertificate: wrap('generateCertificate'),
    useCertificate: wrap('useCertificate'),
    confirmRenewalUpload: confirmUpload,
  };
}

/** A returning session (same data folder): registers the remembered certificate when its file can be read. */
export async function registerRememberedCertificate(
  settings: Settings,
  sink: CertificateSink,
  log: (line: string) => void,
): Promise<void> {
  // After a renewal's upload, the certificate on "Betfair" is the renewal's new one.
  const source = settings.renewal?.uploaded ? settings.renewal.source : settings.certificate?.source;
  if (!source) return;
  const path = source.kind === 'pair' ? source.certificatePath : source.kind === 'pem' ? source.pemPath : null;
  if (!path) {
    log('fake-sso: the remembered certificate is a .p12; make or choose it again to register it');
    return;
  }
  try {
    const match = PEM_CERTIFICATE.exec(await readFile(path, 'utf8'));
    if (match) {
      sink.registerCertificate(match[0]);
      log('fake-sso: registered the remembered certificate');
    }
  } catch {
    log('fake-sso: the remembered certificate file could not be read');
  }
}
