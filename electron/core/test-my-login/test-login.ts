/**
 * "Test my login", start to end: the one orchestration above the engines, which never import each other.
 * Input check, the Danish refusal, the test endpoint (transport), the certificate (certificates), the login guard
 * (guard), then on one session, in this order: the certlogin POST (login: one TLS handshake), the application-key
 * check (accounts), one keepAlive (login), the Exchange Stream API check when the key passed (stream), the logout
 * (login). A Betfair failure status is ok(report with success:false); anything that stops a proper answer is a fail().
 */
import { Agent } from 'node:https';
import { APP_IDENTIFIER } from '../../../shared/accounts-api.js';
import { checkAppName, explainAppNameProblem, keyCheckOf } from '../../../shared/app-key-catalogue.js';
import type { KeepAliveCheck, StreamCheck } from '../../../shared/bot-check-types.js';
import { JURISDICTIONS } from '../../../shared/jurisdictions.js';
import { explainFault, type FaultCode, type FaultDetail } from '../../../shared/login-catalogue.js';
import { LOGIN_SUCCESS, TEMPORARY_BAN_STATUS } from '../../../shared/login-status-codes.js';
import type { LoginReport } from '../../../shared/login-types.js';
import type { AppErrorCode } from '../../../shared/codes.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { checkAppKeys, type AppKeyCheckOutcome } from '../accounts/index.js';
import { recordBan, reserveLoginAttempt } from '../guard/index.js';
import {
  DEFAULT_TIMEOUT_MS,
  isAppKeyFormat,
  keepAlive,
  logout,
  maskToken,
  postCertlogin,
  readCertloginAnswer,
  type CredentialLoader,
  type SessionCallContext,
  type TestLoginDeps,
  type TestLoginInput,
} from '../login/index.js';
import { checkStream, streamNotChecked } from '../stream/index.js';
import { resolveLoginTarget } from '../transport/index.js';

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

/** checkAppKeys does not throw; should it ever, the key counts as not checked and the logout still happens. */
function unexpectedKeyCheck(appKey: string): AppKeyCheckOutcome {
  const problem = { kind: 'fault', code: 'LOGIN_FAILED_UNEXPECTEDLY', detail: {} } as const;
  return {
    appKeys: null,
    appKeyCheck: keyCheckOf(
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
  const calls: SessionCallContext = { agent, ca: target.value.ca, timeoutMs, env: deps.env };
  try {
    const outcome = await postCertlogin(
      calls,
      target.value.certloginUrl,
      credential.value,
      headerAppKey,
      input.username,
      input.password,
    );
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
    let keepAliveCheck: KeepAliveCheck | null = null;
    let streamCheck: StreamCheck | null = null;
    if (token !== null) {
      keepAliveCheck =
        input.checkKeepAlive === false
          ? { status: 'not-checked' }
          : await keepAlive(calls, target.value.keepAliveUrl, credential.value, headerAppKey, token);
      // Only a key that passed the key check can tell whether it may stream (any other key is refused for that).
      const endpoint = target.value.stream;
      const streamable = keys?.appKeyCheck.status === 'valid' && input.checkStream !== false && endpoint !== null;
      streamCheck = streamable
        ? await checkStream({
            endpoint,
            ca: target.value.ca,
            appKey: input.appKey.trim(),
            token,
            env: deps.env,
            ...(deps.streamTimeoutMs !== undefined ? { timeoutMs: deps.streamTimeoutMs } : {}),
          })
        : streamNotChecked(target.value.stream);
    }
    let loggedOut: boolean | null = null;
    if (token !== null && input.keepSession !== true) {
      loggedOut = await logout(calls, target.value.logoutUrl, credential.value, headerAppKey, token);
    }
    const report: LoginReport = {
      jurisdiction: input.jurisdiction,
      loginStatus: answer.loginStatus,
      success,
      loggedOut,
      ...(token !== null && input.keepSession === true ? { sessionToken: token } : {}),
      sessionTokenMasked: token !== null ? maskToken(token) : null,
      testEndpoint: target.value.testEndpoint,
      appKeys: keys?.appKeys ?? null,
      appKeyCheck: keys?.appKeyCheck ?? null,
      ...(keys?.appKeysCreation ? { appKeysCreation: keys.appKeysCreation } : {}),
      streamCheck,
      keepAliveCheck,
      at: started.toISOString(),
      durationMs: Math.round(performance.now() - startedMs),
    };
    return ok(report);
  } finally {
    agent.destroy();
  }
}
