/**
 * "Test my login", start to end: the one orchestration above the engines, which never import each other.
 * Input check, the Danish refusal, the test endpoint (transport), the certificate (certificates), the login guard
 * (guard), then on one session, in as few round trips as the protocol allows: the certlogin POST (login), while
 * the connections to the other hosts are opened (warm-hosts.ts); then at the same time, each on its own connection,
 * the application-key check (accounts: key list and key check together), one keepAlive (login) and the Exchange
 * Stream API check (stream; its answer counts only when the key passed); then the logout (login). At 100 ms RTT:
 * 3 round trips for the login, 1 for the checks, 1 for the logout (npm run bench, latency section). The running
 * checks are told to deps.onProgress. A Betfair failure status is ok(report with success:false); anything that
 * stops a proper answer is a fail().
 */
import { Agent } from 'node:https';
import { APP_IDENTIFIER } from '../../../shared/accounts-api.js';
import { checkAppName, explainAppNameProblem, keyCheckOf } from '../../../shared/app-key-catalogue.js';
import type { KeepAliveCheck, StreamCheck } from '../../../shared/bot-check-types.js';
import { JURISDICTIONS } from '../../../shared/jurisdictions.js';
import { explainFault, type FaultCode, type FaultDetail } from '../../../shared/login-catalogue.js';
import { LOGIN_SUCCESS } from '../../../shared/login-status-codes.js';
import type { LoginReport } from '../../../shared/login-types.js';
import type { AppErrorCode } from '../../../shared/codes.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import { checkAppKeys, type AppKeyCheckOutcome } from '../accounts/index.js';
import { recordLoginAnswer, reserveLoginAttempt } from '../guard/index.js';
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
import { progressTracker } from './progress.js';
import { warmHosts } from './warm-hosts.js';

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

  const allowed = await reserveLoginAttempt(deps.dataDir, now(), input.passwordChecked === true);
  if (!allowed.ok) return allowed;

  const progress = progressTracker(deps.onProgress);
  const certAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const calls = (agent: Agent): SessionCallContext => ({ agent, ca: target.value.ca, timeoutMs, env: deps.env });
  const keyGiven = input.appKey.trim() !== '';
  const checkingKeys = input.checkAppKeys !== false;
  // Only a key that passes the key check can tell whether it may stream (any other key is refused for that).
  const streamEndpoint = target.value.stream;
  const tryStream = checkingKeys && keyGiven && input.checkStream !== false && streamEndpoint !== null;
  // The other hosts' handshakes run while the certlogin is in flight; nothing is sent on them before a session.
  const warm = warmHosts(
    target.value,
    credential.value,
    {
      accounts: checkingKeys,
      keyCheck: keyGiven,
      stream: tryStream,
    },
    certAgent,
  );
  try {
    const outcome = await progress.during(
      'login',
      postCertlogin(
        calls(certAgent),
        target.value.certloginUrl,
        credential.value,
        headerAppKey,
        input.username,
        input.password,
      ),
    );
    const answer = readCertloginAnswer(outcome, target.value.certloginUrl.hostname);
    if (answer.kind === 'fault') return faultResult(answer.fault.code, answer.fault.detail);

    // A ban, a wrong password (two in a row ask for a check) or an answer that ends the row of wrong ones.
    await recordLoginAnswer(deps.dataDir, answer.loginStatus, now());
    const success = answer.loginStatus === LOGIN_SUCCESS;
    const token = success ? answer.sessionToken : null;
    let keys: AppKeyCheckOutcome | null = null;
    let keepAliveCheck: KeepAliveCheck | null = null;
    let streamCheck: StreamCheck | null = null;
    if (token !== null) {
      // The key check, keepAlive and the stream go out together, each on its own connection: one round trip.
      // Each settles on its own (none throws); one's failure neither cancels nor hides another's answer.
      const session = calls(warm.session);
      const [keysDone, keepAliveDone, streamDone] = await Promise.all([
        checkingKeys
          ? progress.during(
              'appKeys',
              checkAppKeys({
                url: target.value.accountsUrl,
                token,
                ca: target.value.ca,
                timeoutMs,
                env: deps.env,
                appKey: input.appKey,
                ...(warm.accounts !== null ? { agents: warm.accounts } : {}),
                ...(input.createAppKeysName !== undefined ? { createAppKeysName: input.createAppKeysName } : {}),
              }).catch(() => unexpectedKeyCheck(input.appKey)),
            )
          : null,
        input.checkKeepAlive === false
          ? ({ status: 'not-checked' } as const)
          : progress.during(
              'keepAlive',
              keepAlive(session, target.value.keepAliveUrl, credential.value, headerAppKey, token),
            ),
        tryStream
          ? progress.during(
              'stream',
              checkStream({
                endpoint: streamEndpoint,
                ca: target.value.ca,
                appKey: input.appKey.trim(),
                token,
                env: deps.env,
                connection: warm.takeStream(),
                ...(deps.streamTimeoutMs !== undefined ? { timeoutMs: deps.streamTimeoutMs } : {}),
              }),
            )
          : null,
      ]);
      keys = keysDone;
      keepAliveCheck = keepAliveDone;
      // The stream's answer counts only for a key that passed the key check (the verdict's order: key, then stream).
      streamCheck =
        streamDone !== null && keys?.appKeyCheck.status === 'valid' ? streamDone : streamNotChecked(streamEndpoint);
    }
    let loggedOut: boolean | null = null;
    if (token !== null && input.keepSession !== true) {
      loggedOut = await progress.during(
        'logout',
        logout(calls(warm.session), target.value.logoutUrl, credential.value, headerAppKey, token),
      );
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
    certAgent.destroy();
    warm.close();
  }
}
