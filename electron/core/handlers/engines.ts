/**
 * The engines the handler table calls (certificates: owner A; login: owner B), behind one small typed seam
 * so tests can swap in a stub. The defaults are the real modules.
 */
import type { Result } from '../../../shared/result.js';
import type {
  GenerateRequest,
  GeneratedCertificate,
  InspectReport,
  InspectRequest,
} from '../../../shared/certificate-types.js';
import type { GuardStatus, LoginReport } from '../../../shared/login-types.js';
import type { Env } from '../data-dir.js';
import * as certificates from '../certificates/index.js';
import * as login from '../test-my-login/index.js';

/** What the login engine takes for one test. */
export type LoginAttempt = login.TestLoginInput;

export interface Engines {
  generateCertificate(req: GenerateRequest): Promise<Result<GeneratedCertificate>>;
  inspectCertificateFiles(req: InspectRequest): Promise<Result<InspectReport>>;
  testLogin(req: LoginAttempt, deps: { dataDir: string; env: Env }): Promise<Result<LoginReport>>;
  getGuardStatus(dataDir: string): Promise<GuardStatus>;
  testEndpointFromEnv(env: Env): { origin: string; caPath: string | null } | null;
}

export const defaultEngines: Engines = {
  generateCertificate: (req) => certificates.generateCertificate(req),
  inspectCertificateFiles: (req) => certificates.inspectCertificateFiles(req),
  testLogin: (req, deps) => login.testLogin(req, deps),
  getGuardStatus: (dataDir) => login.getGuardStatus(dataDir),
  testEndpointFromEnv: (env) => login.testEndpointFromEnv(env),
};
