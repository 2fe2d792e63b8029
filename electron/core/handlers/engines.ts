/**
 * What the handler table calls: the certificate engine, "Test my login" (test-my-login/, which runs the login, key,
 * keepAlive and stream checks in order) and the bot kit, behind one small typed seam so tests can swap in a stub.
 * The defaults are the real modules.
 */
import type { Result } from '../../../shared/result.js';
import type {
  CredentialSource,
  GenerateRequest,
  GeneratedCertificate,
  InspectReport,
  InspectRequest,
} from '../../../shared/certificate-types.js';
import type { GuardStatus, LoginReport } from '../../../shared/login-types.js';
import type { TestProgress } from '../../../shared/test-progress.js';
import type { Env } from '../data-dir.js';
import * as certificates from '../certificates/index.js';
import * as testMyLogin from '../test-my-login/index.js';
import * as kit from '../kit/index.js';
import type { BotKit } from '../../../shared/bot-kit.js';

/** What "Test my login" takes for one test. */
export type LoginAttempt = testMyLogin.TestLoginInput;

export interface Engines {
  generateCertificate(req: GenerateRequest): Promise<Result<GeneratedCertificate>>;
  inspectCertificateFiles(req: InspectRequest): Promise<Result<InspectReport>>;
  testLogin(
    req: LoginAttempt,
    deps: { dataDir: string; env: Env; onProgress?: (progress: TestProgress) => void },
  ): Promise<Result<LoginReport>>;
  getGuardStatus(dataDir: string): Promise<GuardStatus>;
  testEndpointFromEnv(env: Env): { origin: string; caPath: string | null } | null;
  /** The certificate and key a kit carries (never sent to the renderer). */
  loadClientCredential(source: CredentialSource, p12Password?: string): Promise<Result<certificates.ClientCredential>>;
  /** A .pfx/.p12 for the .NET and Java kits. */
  makeKeystore(certPem: string, keyPem: string, password: string): Promise<Buffer>;
  writeBotKit(input: kit.BotKitInput, deps: kit.BotKitDeps): Promise<Result<BotKit>>;
}

export const defaultEngines: Engines = {
  generateCertificate: (req) => certificates.generateCertificate(req),
  inspectCertificateFiles: (req) => certificates.inspectCertificateFiles(req),
  testLogin: (req, deps) => testMyLogin.testLogin(req, deps),
  getGuardStatus: (dataDir) => testMyLogin.getGuardStatus(dataDir),
  testEndpointFromEnv: (env) => testMyLogin.testEndpointFromEnv(env),
  loadClientCredential: (source, p12Password) => certificates.loadClientCredential(source, p12Password),
  makeKeystore: (certPem, keyPem, password) => certificates.p12FromPem(certPem, keyPem, password),
  writeBotKit: (input, deps) => kit.writeBotKit(input, deps),
};
