/**
 * One test login, start to end: input check, the Danish refusal, the test endpoint, the certificate, the login
 * guard, the certlogin POST (one TLS handshake), reading the answer, recording a ban, the application-key check
 * on the new session (Accounts API, electron/core/accounts), and the logout.
 * A Betfair failure status is ok(report with success:false); anything that stops a proper answer is a fail().
 */
import { Agent } from 'node:https';
import { APP_IDENTIFIER } from '../../../shared/accounts-api.js';
import { checkAppName, explainAppKeyCheck, explainAppNameProblem } from '../../../shared/app-key-catalogue.js';
import { JURISDICTIONS } from '../../../shared/jurisdictions.js';
import { explainFault, explainLoginStatus, type FaultCode, type FaultDetail } from '../../../shared/login-catalogue.js';
import { LOGIN_SUCCESS, TEMPORARY_BAN_STATUS } from '../../../shared/login-status-codes.js';
import type { LoginReport } from '../../../shared/login-types.js';
import type { AppErrorCode } from '../../../shared/codes.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { checkAppKeys, type AppKeyCheckOutcome } from '../accounts/index.js';
import { recordBan, reserveLoginAttempt } from '../guard/index.js';
import { readCertloginAnswer, readLogoutAnswer } from './certlogin-answer.js';
import { postOnce } from './https-exchange.js';
import { maskToken } from './mask-token.js';
import { isAppKeyFormat } from './app-key-format.js';
import { resolveLoginTarget, type LoginTarget } from './test-endpoint.js';
import {
  DEFAULT_TIMEOUT_MS,
  type CredentialLoader,
  type LoginCredential,
  type TestLoginDeps,
  type TestLoginInput,
} from './types.js';

function faultResult<T>(code: FaultCode, detail: FaultDetail = {}): Result<T> {
  const e = explainFault(code, detail);
  return fail(code, e.meaning, { title: e.title, whatToDo: e.whatToDo });
}

/** The certificate engine's errors keep their own message; the catalogue adds a title. */
function credentialFailure<T>(code: AppErrorCode, message: string, whatToDo: string | undefined): Result<T> {
  const known = explainFault(code);
  const e = known.unknown ? explainFault('CERTIFICATE_PROBLEM') : known;
  return fail(code, message, { title: e.title, whatToDo: whatToDo ?? e.whatToDo });
}

async function logout(
  target: LoginTarget,
  agent: Agent,
  credential: LoginCredential,
  appKey: string,
  token: string,
  timeoutMs: number,
  deps: TestLoginDeps,
): Promise<boolean> {
  const outcome = await postOnce({
    url: target.logoutUrl,
    headers: { 'X-Authentication': token, 'X-Application': appKey, Accept: 'application/json' },
    body: '',
    client: { cert: credential.certPem, key: credential.keyPem },
    ca: target.ca,
    agent,
    timeoutMs,
    env: deps.env,
  });
  return readLogoutAnswer(outcome);
}

/** checkAppKeys does not throw; should it ever, the key counts as not checked and the logout still happens. */
function unexpectedKeyCheck(appKey: string): AppKeyCheckOutcome {
  const problem = { kind: 'fault', code: 'LOGIN_FAILED_UNEXPECTEDLY', detail: {} } as const;
  return {
    appKeys: null,
    appKeyCheck: explainAppKeyCheck(
      appKey.trim() === '' ? { status: 'not-given', keyCount: null } : { status: 'not-checked', problem, key: null },
    ),
  };
}

export async function runTestLogin(
  input: TestLoginInput,
  deps: TestLoginDeps,
  loadCredential: CredentialLoader,
): Promise<Result<LoginReport>> {
  const now = deps.now ?? (() => new Date());
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = now();
  const startedMs = performance.now();

  if (!JURISDICTIONS[input.jurisdiction].botLoginAvailable) return faultResult('BOT_LOGIN_NOT_AVAILABLE');
  if (input.username.trim() === '' || input.password === '') return faultResult('INPUT_MISSING');
  if (!isAppKeyFormat(input.appKey.trim())) return faultResult('APP_KEY_INVALID');
  if (input.createAppKeysName !== undefined) {
    const problem = checkAppName(input.createAppKeysName, input.username);
    if (problem !== null) {
      const e = explainAppNameProblem(problem);
      return fail(problem, e.explanation, { title: e.title, whatToDo: e.whatToDo });
    }
  }
  // Certificate login does not check X-Application: without a key, this app's own identifier is sent.
  const headerAppKey = input.appKey.trim() === '' ? APP_IDENTIFIER : input.appKey.trim();

  const target = await resolveLoginTarget(input.jurisdiction, deps.env);
  if (!target.ok) return target;

  const credential = await loadCredential(input.source, input.p12Password);
  if (!credential.ok)
    return credentialFailure(credential.error.code, credential.error.message, credential.error.whatToDo);

  const allowed = await reserveLoginAttempt(deps.dataDir, now());
  if (!allowed.ok) return allowed;

  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const outcome = await postOnce({
      url: target.value.certloginUrl,
      headers: {
        'X-Application': headerAppKey,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: new URLSearchParams({ username: input.username, password: input.password }).toString(),
      client: { cert: credential.value.certPem, key: credential.value.keyPem },
      ca: target.value.ca,
      agent,
      timeoutMs,
      env: deps.env,
    });
    const answer = readCertloginAnswer(outcome, target.value.certloginUrl.hostname);
    if (answer.kind === 'fault') return faultResult(answer.fault.code, answer.fault.detail);

    if (answer.loginStatus === TEMPORARY_BAN_STATUS) await recordBan(deps.dataDir, now());
    const success = answer.loginStatus === LOGIN_SUCCESS;
    const token = success ? answer.sessionToken : null;
    let keys: AppKeyCheckOutcome | null = null;
    if (token !== null && input.checkAppKeys !== false) {
      keys = await checkAppKeys({
        url: target.value.accountsUrl,
        token,
        ca: target.value.ca,
        timeoutMs,
        env: deps.env,
        appKey: input.appKey,
        ...(input.createAppKeysName !== undefined ? { createAppKeysName: input.createAppKeysName } : {}),
      }).catch(() => unexpectedKeyCheck(input.appKey));
    }
    let loggedOut: boolean | null = null;
    if (token !== null && input.keepSession !== true) {
      loggedOut = await logout(target.value, agent, credential.value, headerAppKey, token, timeoutMs, deps);
    }
    const report: LoginReport = {
      jurisdiction: input.jurisdiction,
      loginStatus: answer.loginStatus,
      success,
      explanation: explainLoginStatus(answer.loginStatus, input.jurisdiction),
      loggedOut,
      ...(token !== null && input.keepSession === true ? { sessionToken: token } : {}),
      sessionTokenMasked: token !== null ? maskToken(token) : null,
      testEndpoint: target.value.testEndpoint,
      appKeys: keys?.appKeys ?? null,
      appKeyCheck: keys?.appKeyCheck ?? null,
      ...(keys?.appKeysCreation ? { appKeysCreation: keys.appKeysCreation } : {}),
      at: started.toISOString(),
      durationMs: Math.round(performance.now() - startedMs),
    };
    return ok(report);
  } finally {
    agent.destroy();
  }
}
