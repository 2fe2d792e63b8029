/**
 * "Test my login": the one orchestration above the engines (certificates, login, accounts, stream, guard) and
 * the transport. The CLI, the handler table and the bench call it here; the guard's status and the test-endpoint
 * setting are passed through so that callers need one import.
 */
import { loadClientCredential } from '../certificates/index.js';
import type { LoginReport } from '../../../shared/login-types.js';
import { explainFault } from '../../../shared/login-catalogue.js';
import { fail, type Result } from '../../../shared/result.js';
import { runTestLogin } from './test-login.js';
import type { TestLoginDeps, TestLoginInput } from '../login/index.js';

export { getGuardStatus } from '../guard/index.js';
export { testEndpointFromEnv, usesTestEndpoint, type TestEndpoint } from '../transport/index.js';
export { maskToken } from '../login/index.js';
export { runTestLogin } from './test-login.js';
export type { CredentialLoader, LoginCredential, TestLoginDeps, TestLoginInput } from '../login/index.js';

/** Never throws: anything unforeseen becomes a plain-words failure. */
export async function testLogin(req: TestLoginInput, deps: TestLoginDeps): Promise<Result<LoginReport>> {
  try {
    return await runTestLogin(req, deps, loadClientCredential);
  } catch {
    const e = explainFault('LOGIN_FAILED_UNEXPECTEDLY');
    return fail('LOGIN_FAILED_UNEXPECTEDLY', e.meaning, { title: e.title, whatToDo: e.whatToDo });
  }
}
