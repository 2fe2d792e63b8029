/**
 * `bot-login login`: one test login and the application-key check, explained in plain words. The headline, the
 * --json `verdict`/`title`/`whatToDo` and the exit code come from the one verdict (./login-verdict.ts,
 * shared/verdict.ts; table in docs/verdict.md).
 * Exit codes: 0 the bot can log in and bet (a live, active key; also when only streaming is not enabled);
 * 1 Betfair answered a failure status; 2 bad input; 3 no proper answer (also: the key, stream or keepAlive check got
 * none); 4 held back by the guard; 5 the login works but the bot cannot bet with the key yet (none given, the
 * account has none, delayed, live but not active, not the account's, refused).
 */
import type { CredentialSource } from '../../shared/certificate-types.js';
import { ENV } from '../../shared/env-names.js';
import { formatMoment } from '../../shared/i18n/format.js';
import { text } from '../../shared/i18n/text.js';
import { isJurisdictionId, JURISDICTIONS, type JurisdictionId } from '../../shared/jurisdictions.js';
import type { LoginReport } from '../../shared/login-types.js';
import type { TestProgress } from '../../shared/test-progress.js';
import type { AppKeyCheck, AppKeySummary, AppKeysCreation } from '../../shared/app-key-types.js';
import { createdKeysSentence, describeAppKey, keysNotCreatedWords } from '../../shared/app-key-catalogue.js';
import type { AppKeyText } from '../../shared/i18n/text-types.js';
import { explainFault, type StatusAction, type StatusExplanation } from '../../shared/login-catalogue.js';
import type { FaultCode } from '../../shared/codes.js';
import type { AppError } from '../../shared/result.js';
import { resolveDataDir } from '../core/data-dir.js';
import {
  runTestLogin,
  testEndpointFromEnv,
  usesTestEndpoint,
  type CredentialLoader,
} from '../core/test-my-login/index.js';
import { foreignTestEndpoint } from '../core/transport/index.js';
import { loadClientCredential } from '../core/certificates/index.js';
import { isAppKeyFormat } from '../core/login/index.js';
import type { ArgSpec } from './args.js';
import type { CliCommand, CliIo } from './command.js';
import { defineCommand, type CommandContext } from './define-command.js';
import { exitCodeForFault } from './exit-codes.js';
import { cliVerdict, type CliVerdict } from './login-verdict.js';
import { terminalSafeReport } from './terminal-output.js';
import { PASSWORD_STDIN_FLAG, readPassword } from './password-source.js';
import { BOT_CHECK_FLAGS, NO_STREAM_FLAG, REQUIRE_STREAM_FLAG, botChecksJson, botChecksText } from './bot-checks.js';
import { cliSupportReport, REPORT_FLAG } from './support-report.js';
import { loginHelp } from './login-help.js';
import { errorInTerminalWords, terminalKeyCheckWords, terminalStatusWords } from './terminal-words.js';

/** The command's flags, read when it runs (the refusals are words in the language in use). */
const spec = (): ArgSpec => ({
  flags: {
    jurisdiction: { kind: 'string' },
    cert: { kind: 'string' },
    key: { kind: 'string' },
    pem: { kind: 'string' },
    p12: { kind: 'string' },
    'app-key': { kind: 'string' },
    'create-app-keys': { kind: 'string' },
    username: { kind: 'string' },
    'keep-session': { kind: 'boolean' },
    [PASSWORD_STDIN_FLAG]: { kind: 'boolean' },
    [REPORT_FLAG]: { kind: 'boolean' },
    ...BOT_CHECK_FLAGS,
  },
  refused: {
    password: text.CLI_TEXT.login.passwordFlag,
    'p12-password': text.CLI_TEXT.login.passwordFlag,
    passin: text.CLI_TEXT.login.passwordFlag,
    pass: text.CLI_TEXT.login.passwordFlag,
  },
});

export { exitCodeForFault };

/** The --json output of a login that got Betfair's answer (failures print the shared CliErrorJson). */
interface JsonOutput {
  readonly ok: boolean;
  /** The verdict's outcome code (shared/verdict.ts), e.g. works, delayed-key, key-inactive. */
  readonly verdict?: string;
  readonly loginStatus?: string;
  readonly title: string;
  readonly explanation: string;
  readonly whatToDo: string;
  readonly action?: StatusAction;
  readonly loggedOut?: boolean | null;
  readonly sessionToken?: string;
  readonly testEndpoint?: true;
  readonly appKeys?: readonly AppKeySummary[] | null;
  /** The check's codes and facts with its words (title, explanation, whatToDo) in the terminal's words. */
  readonly appKeyCheck?: (AppKeyCheck & AppKeyText) | null;
  /** Keys not created: their codes with the words of why. */
  readonly appKeysCreation?: AppKeysCreation | (AppKeysCreation & AppKeyText);
  readonly streamCheck?: ReturnType<typeof botChecksJson>['streamCheck'];
  readonly keepAliveCheck?: ReturnType<typeof botChecksJson>['keepAliveCheck'];
  /** With --report: the support report's text (shared/support-report.ts). */
  readonly supportReport?: string;
}

/** The verdict's exit code for a report (see the header). */
export function exitCodeForReport(report: LoginReport, typedKey = ''): number {
  return cliVerdict(report, typedKey).exitCode;
}

type Input =
  | {
      readonly ok: true;
      readonly jurisdiction: JurisdictionId;
      readonly source: CredentialSource;
      readonly appKey: string;
      readonly username: string;
      readonly createAppKeysName: string | undefined;
    }
  | { readonly ok: false; readonly message: string };

function readInput(strings: Readonly<Record<string, string>>): Input {
  const bad = (message: string): Input => ({ ok: false, message });
  const j = strings.jurisdiction;
  if (j === undefined) return bad(text.CLI_TEXT.login.needJurisdiction);
  if (!isJurisdictionId(j)) return bad(text.CLI_TEXT.login.badJurisdiction(j));
  const { cert, key, pem, p12 } = strings;
  const given = [cert !== undefined || key !== undefined, pem !== undefined, p12 !== undefined].filter(Boolean).length;
  if (given === 0) return bad(text.CLI_TEXT.login.needCertificate);
  if (given > 1) return bad(text.CLI_TEXT.login.oneCertificate);
  let source: CredentialSource;
  if (pem !== undefined) source = { kind: 'pem', pemPath: pem };
  else if (p12 !== undefined) source = { kind: 'p12', p12Path: p12 };
  else if (cert === undefined) return bad(text.CLI_TEXT.login.keyNeedsCert);
  else if (key === undefined) return bad(text.CLI_TEXT.login.certNeedsKey);
  else source = { kind: 'pair', certificatePath: cert, keyPath: key };
  const appKey = strings['app-key']?.trim() ?? '';
  const username = strings.username?.trim();
  if (!username) return bad(text.CLI_TEXT.login.needUsername);
  return { ok: true, jurisdiction: j, source, appKey, username, createAppKeysName: strings['create-app-keys'] };
}

function printJson(io: CliIo, out: JsonOutput): void {
  io.stdout(`${JSON.stringify(out)}\n`);
}

/** A report's words in the terminal's language and words, made once from its codes. */
interface ReportWords {
  readonly status: StatusExplanation;
  readonly keyCheck: AppKeyText | null;
  /** Why keys were not created, when they were asked for and were not. */
  readonly notCreated: AppKeyText | null;
}

function reportWords(report: LoginReport): ReportWords {
  const creation = report.appKeysCreation;
  return {
    status: terminalStatusWords(report),
    keyCheck: report.success ? terminalKeyCheckWords(report) : null,
    notCreated: creation && !creation.created ? keysNotCreatedWords(creation) : null,
  };
}

/** The key check and a failed creation for --json: their codes with their words. */
function keysJson(report: LoginReport, words: ReportWords): Pick<JsonOutput, 'appKeyCheck' | 'appKeysCreation'> {
  const check = report.appKeyCheck;
  const creation = report.appKeysCreation;
  return {
    ...(report.success ? { appKeyCheck: check && words.keyCheck ? { ...check, ...words.keyCheck } : null } : {}),
    ...(creation ? { appKeysCreation: words.notCreated ? { ...creation, ...words.notCreated } : creation } : {}),
  };
}

/**
 * After SUCCESS the verdict speaks: "Your bot login works" only when the bot can log in and bet; otherwise its title
 * says what stops the bot, under it the key check's explanation and the verdict's what to do.
 */
function reportText(
  report: LoginReport,
  words: ReportWords,
  judged: CliVerdict,
  appKey: string,
  username: string,
): string {
  const e = words.status;
  const lines = report.success
    ? [
        // "SUCCESS:" only when the bot can log in and bet; otherwise the verdict's title alone says what stops it.
        judged.ok ? text.CLI_TEXT.login.successHeading(judged.title) : judged.title,
        words.keyCheck ? words.keyCheck.explanation : e.meaning,
        text.CLI_TEXT.login.whatToDo(judged.whatToDo),
      ]
    : [
        report.success
          ? text.CLI_TEXT.login.successHeading(e.title)
          : text.CLI_TEXT.login.statusHeading(report.loginStatus, e.title),
        e.meaning,
        text.CLI_TEXT.login.whatToDo(e.whatToDo),
      ];
  if (e.action) lines.push(text.CLI_TEXT.login.action(e.action.label, e.action.url));
  if (report.success) {
    if (report.loggedOut === true) lines.push(text.CLI_TEXT.login.loggedOut);
    else if (report.loggedOut === false) lines.push(text.CLI_TEXT.login.notLoggedOut);
    else lines.push(text.CLI_TEXT.login.keptSession);
    if (report.sessionToken !== undefined) lines.push(text.CLI_TEXT.login.sessionToken(report.sessionToken));
    lines.push(...appKeyText(report, words.notCreated));
    lines.push(...botChecksText(report, appKey, username));
  }
  return `${lines.join('\n')}\n`;
}

/** Creating keys, and the account's keys with their kind. */
function appKeyText(report: LoginReport, notCreated: AppKeyText | null): string[] {
  const lines: string[] = [];
  const creation = report.appKeysCreation;
  if (creation?.created === true) lines.push(createdKeysSentence(creation.appName));
  else if (creation && notCreated)
    lines.push(
      text.CLI_TEXT.login.keysNotCreated(notCreated.title, creation.code),
      notCreated.explanation,
      text.CLI_TEXT.login.whatToDo(notCreated.whatToDo),
    );
  if (report.appKeys && report.appKeys.length > 0) {
    lines.push(text.CLI_TEXT.login.keysHeading);
    for (const k of report.appKeys)
      lines.push(text.CLI_TEXT.login.keyLine(k.applicationKey, describeAppKey(k), k.appName, k.version));
  } else if (report.appKeys) lines.push(text.CLI_TEXT.login.noKeys, text.CLI_TEXT.login.keyKinds);
  return lines;
}

function faultText(error: AppError): string {
  const lines = [text.CLI_TEXT.login.faultHeading(error.title ?? error.code, error.code), error.message];
  if (error.whatToDo) lines.push(text.CLI_TEXT.login.whatToDo(error.whatToDo));
  if (error.retryAt) lines.push(text.CLI_TEXT.login.retryAt(formatMoment(error.retryAt)));
  return lines.join('\n');
}

function printFault(ctx: CommandContext, e: AppError, extra: { readonly testEndpoint?: true }): number {
  ctx.printError(errorInTerminalWords(e), extra);
  return exitCodeForFault(e.code);
}

function explainedError(code: FaultCode): AppError {
  const e = explainFault(code);
  return { code, message: e.meaning, title: e.title, whatToDo: e.whatToDo };
}

/** At a terminal only: one line on standard error each time the set of running checks changes. */
function progressLine(io: CliIo): (progress: TestProgress) => void {
  return ({ running }) => {
    if (running.length === 0) return;
    const t = text.TEST_PROGRESS_TEXT;
    io.stderr(`${t.running(running.map((c) => t.checks[c]))}\n`);
  };
}

export interface LoginCommandDeps {
  /** Connect + answer limit per request (default 30 s); tests shorten it. */
  readonly timeoutMs?: number;
  readonly loadCredential?: CredentialLoader;
  readonly now?: () => Date;
}

export function createLoginCommand(deps: LoginCommandDeps = {}): CliCommand {
  async function run(ctx: CommandContext): Promise<number> {
    const { args, io, json, usage } = ctx;
    const keepSession = args.booleans.has('keep-session');
    const input = readInput(args.strings);
    if (!input.ok) return usage(input.message);
    // Denmark has no bot login: said before any password is asked for.
    if (!JURISDICTIONS[input.jurisdiction].botLoginAvailable) {
      return printFault(ctx, explainedError('BOT_LOGIN_NOT_AVAILABLE'), {});
    }
    // A key that cannot be one is refused before the password is read or anything is sent.
    if (!isAppKeyFormat(input.appKey)) return printFault(ctx, explainedError('APP_KEY_INVALID'), {});

    const testEndpoint = usesTestEndpoint(io.env);
    // A test endpoint not on this computer is refused before the password is read or anything is sent.
    const foreign = foreignTestEndpoint(io.env);
    if (foreign !== null) return printFault(ctx, explainedError(foreign), { testEndpoint: true });
    if (testEndpoint) io.stderr(`${text.CLI_TEXT.login.testEndpoint(testEndpointFromEnv(io.env)?.origin ?? null)}\n`);

    const given = await readPassword(io, args.booleans.has(PASSWORD_STDIN_FLAG));
    if (!given.ok) return usage(given.message);
    let password = given.password;
    if (!password && io.interactive)
      password = await io.promptHidden(text.CLI_TEXT.login.passwordPrompt(input.username));
    if (!password) return usage(text.CLI_TEXT.login.needPassword);
    let p12Password = io.env[ENV.p12Password] || undefined;
    io.forgetEnv?.(ENV.p12Password);
    if (input.source.kind === 'p12' && p12Password === undefined && io.interactive) {
      p12Password = (await io.promptHidden(text.CLI_TEXT.login.p12Prompt)) || undefined;
    }

    // The certificate the test loads, kept for the support report's fingerprint and expiry (--report).
    let certPem: string | null = null;
    const load = deps.loadCredential ?? loadClientCredential;
    const loadAndNote: CredentialLoader = async (source, pass) => {
      const loaded = await load(source, pass);
      if (loaded.ok) certPem = loaded.value.certPem;
      return loaded;
    };
    const result = await runTestLogin(
      {
        jurisdiction: input.jurisdiction,
        source: input.source,
        ...(p12Password !== undefined ? { p12Password } : {}),
        appKey: input.appKey,
        username: input.username,
        password,
        keepSession,
        checkStream: !args.booleans.has(NO_STREAM_FLAG),
        // Every run is a deliberate one: after wrong passwords in a row the guard holds it only for its short wait.
        passwordChecked: true,
        ...(input.createAppKeysName !== undefined ? { createAppKeysName: input.createAppKeysName } : {}),
      },
      {
        dataDir: resolveDataDir(io.env),
        env: io.env,
        ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {}),
        ...(deps.now !== undefined ? { now: deps.now } : {}),
        ...(io.progressLines === true ? { onProgress: progressLine(io) } : {}),
      },
      loadAndNote,
    ).catch(() => null);
    password = undefined;
    p12Password = undefined;

    const extra = testEndpoint ? { testEndpoint: true as const } : {};
    if (result === null) return usage(text.CLI_TEXT.args.usageWhatToDo('login'));
    const supportText = args.booleans.has(REPORT_FLAG)
      ? cliSupportReport({
          jurisdiction: input.jurisdiction,
          result,
          appKey: input.appKey,
          certPem,
          now: (deps.now ?? (() => new Date()))(),
        })
      : null;
    if (!result.ok) {
      const code = printFault(ctx, result.error, extra);
      if (supportText !== null && !json) io.stdout(`\n${supportText}`);
      return code;
    }
    const report = result.value;
    const words = reportWords(report);
    const judged = cliVerdict(report, input.appKey, { requireStream: args.booleans.has(REQUIRE_STREAM_FLAG) });
    if (json) {
      const ex = words.status;
      printJson(io, {
        ok: judged.ok,
        verdict: judged.verdict,
        loginStatus: report.loginStatus,
        title: judged.title,
        explanation: words.keyCheck ? words.keyCheck.explanation : ex.meaning,
        whatToDo: judged.whatToDo,
        ...(ex.action ? { action: ex.action } : {}),
        ...(report.success ? { loggedOut: report.loggedOut } : {}),
        ...(report.sessionToken !== undefined ? { sessionToken: report.sessionToken } : {}),
        ...(report.success ? { appKeys: report.appKeys } : {}),
        ...keysJson(report, words),
        ...botChecksJson(report, input.appKey, input.username),
        ...(supportText !== null ? { supportReport: supportText } : {}),
        ...extra,
      });
    } else {
      io.stdout(reportText(terminalSafeReport(report), words, judged, input.appKey, input.username));
      if (supportText !== null) io.stdout(`\n${supportText}`);
    }
    return judged.exitCode;
  }
  return defineCommand({
    name: 'login',
    summary: () => text.CLI_TEXT.login.summary,
    help: loginHelp,
    args: spec,
    errorText: faultText,
    run,
  });
}

export const loginCommand: CliCommand = createLoginCommand();
