/**
 * The certificate + key a login presents: always PEM certificate and unencrypted PKCS#8 PEM key,
 * whatever the files were (.crt + .key, one .pem, or a .p12 opened with its password).
 * For the login client only (main side); never sent to the renderer.
 */
import type { CredentialSource } from '../../../shared/certificate-types.js';
import { findingWords } from '../../../shared/finding-words.js';
import { text } from '../../../shared/i18n/text.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { analyseFiles } from './inspect-files.js';

export interface ClientCredential {
  readonly certPem: string;
  readonly keyPem: string;
  /** "AB:CD:..." upper case. */
  readonly fingerprintSha256: string;
}

function sourcePaths(source: CredentialSource): string[] {
  switch (source.kind) {
    case 'pair':
      return [source.certificatePath, source.keyPath];
    case 'pem':
      return [source.pemPath];
    case 'p12':
      return [source.p12Path];
  }
}

export async function loadClientCredential(
  source: CredentialSource,
  p12Password?: string,
): Promise<Result<ClientCredential>> {
  const paths = sourcePaths(source);
  if (paths.some((p) => p.trim() === '')) return fail('NO_FILES', text.CREDENTIAL_TEXT.noPaths());
  let analysis;
  try {
    analysis = await analyseFiles(p12Password === undefined ? { paths } : { paths, p12Password });
  } catch {
    return fail('CHECK_FAILED', text.CREDENTIAL_TEXT.checkFailed());
  }
  const { report, material } = analysis;
  const problem = report.findings.find((f) => f.severity === 'error');
  if (problem) return fail(problem.code, findingWords(problem, text.FINDING_TEXT));
  if (!material) return fail('CERTIFICATE_NOT_USABLE', text.CREDENTIAL_TEXT.notUsable());
  return ok({
    certPem: material.certificate.toString(),
    keyPem: material.key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    fingerprintSha256: material.certificate.fingerprint256.toUpperCase(),
  });
}
