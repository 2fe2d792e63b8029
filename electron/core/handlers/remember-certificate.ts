/**
 * Turns an engine's answer into the certificate the settings remember: paths, fingerprint, expiry,
 * and the list of files "Show in folder" may reveal. Never key bytes.
 */
import { dirname } from 'node:path';
import type { CredentialSource, GeneratedCertificate, InspectReport } from '../../../shared/certificate-types.js';
import type { Settings, StoredCertificate } from '../../../shared/settings-schema.js';

function sourceDir(source: CredentialSource): string {
  switch (source.kind) {
    case 'pair':
      return dirname(source.certificatePath);
    case 'pem':
      return dirname(source.pemPath);
    case 'p12':
      return dirname(source.p12Path);
  }
}

/** The folder the certificate's files are in (where the .crt and the reminder are written). */
export function certificateFolder(cert: StoredCertificate): string {
  return cert.dir ?? sourceDir(cert.source);
}

export function certificateFromGenerated(gen: GeneratedCertificate): StoredCertificate {
  const { key, certificate, pem, p12 } = gen.files;
  return {
    dir: gen.dir,
    source: gen.source,
    fingerprintSha256: gen.certificate.fingerprintSha256,
    commonName: gen.certificate.commonName,
    notAfter: gen.certificate.notAfter,
    files: [certificate, key, pem, ...(p12 ? [p12] : [])],
  };
}

/** null unless the report describes a usable certificate + key. */
export function certificateFromReport(report: InspectReport): StoredCertificate | null {
  if (!report.usable || !report.source || !report.certificate) return null;
  return {
    dir: sourceDir(report.source),
    source: report.source,
    fingerprintSha256: report.certificate.fingerprintSha256,
    commonName: report.certificate.commonName,
    notAfter: report.certificate.notAfter,
    files: [...report.files],
  };
}

/** A different certificate has not been uploaded or tested yet: forget those two facts. */
export function withCertificate(current: Settings, next: StoredCertificate): Settings {
  const same = current.certificate?.fingerprintSha256 === next.fingerprintSha256;
  return {
    ...current,
    certificate: next,
    uploadConfirmed: same ? current.uploadConfirmed : false,
    lastTest: same ? current.lastTest : null,
  };
}
