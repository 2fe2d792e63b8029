/**
 * The login engine: the certlogin POST and the calls on the session it gives (keepAlive, logout), reading their
 * answers, the key's format and the masked token. It knows nothing of the other engines: "Test my login"
 * (electron/core/test-my-login) puts them in order.
 */
export { isAppKeyFormat } from './app-key-format.js';
export { readCertloginAnswer, readLogoutAnswer, type CertloginAnswer } from './certlogin-answer.js';
export { maskToken } from './mask-token.js';
export { keepAlive, logout, postCertlogin, readKeepAliveAnswer, type SessionCallContext } from './session-calls.js';
export {
  DEFAULT_TIMEOUT_MS,
  MAX_ANSWER_BYTES,
  type CredentialLoader,
  type LoginCredential,
  type TestLoginDeps,
  type TestLoginInput,
} from './types.js';
