/**
 * The test-login engine: testLogin (one mutual-TLS certlogin against the jurisdiction's Betfair host, or the
 * test endpoint), the login guard's status, and the test-endpoint setting.
 */
import { loadClientCredential } from '../certificates/index.js';
import type { LoginReport } from '../../../shared/login-types.js';
import { explainFault } from '../../../shared/login-catalogue.js';
import { fail, type Result } from '../../../shared/result.js';
import { runTestLogin } from './test-login.js';
import type { TestLoginDeps, TestLoginInput } from './types.js';

export { getGuardStatus } from '../guard/index.js';
export { testEndpointFromEnv, usesTestEndpoint, type TestEndpoint } from './test-endpoint.js';
export { maskToken } from './mask-token.js';
export { runTestLogin } from './test-login.js';
export type { CredentialLoader, LoginCredential, TestLoginDeps, TestLoginInput } from './types.js';

/** Never throws: anything unforeseen becomes a plain-words failure. */
export async function testLogin(req: TestLoginInput, deps: TestLoginDeps): Promise<Result<LoginReport>> {
  try {
    return await runTestLogin(req, deps, loadClientCredential);
  } catch {
    const e = explainFault('LOGIN_FAILED_UNEXPECTEDLY');
    return fail('LOGIN_FAILED_UNEXPECTEDLY', e.meaning, { title: e.title, whatToDo: e.whatToDo });
  }
}
