/**
 * The support report: plain text a bettor reads, then copies and sends by hand (the app never sends it). An
 * allow-list: only the facts named in SupportFacts are ever written (app version, OS, site and hosts, the verdict's
 * code, loginStatus, the key check with the key's last 4 characters, the stream's errorCode and connections, keepAlive,
 * the certificate's fingerprint and expiry, the time). There is no field for a password, a session token, a whole
 * key, a private key or a path; any text that still looks like a path under the home folder is written with ~.
 * The facts stay in English codes, so support can read them; the lines around them are in the user's language.
 * When the stream refused the key (NOT_AUTHORIZED) the report is the message to Betfair's Developer Support, with a
 * subject line.
 */
import type { KeepAliveStatus, StreamCheckStatus } from './bot-check-types.js';
import type { AppKeyCheckStatus } from './app-key-types.js';
import { text } from './i18n/text.js';
import { accountsApiOrigin, certloginOrigin, identityssoOrigin, type JurisdictionId } from './jurisdictions.js';
import { factsOfLastTest } from './last-test.js';
import type { LoginReport } from './login-types.js';
import type { LastTest } from './settings-schema.js';
import { DEVELOPER_SUPPORT_URL, STREAM_API_HOST } from './stream-api.js';
import { factsOfReport, judge, type VerdictFacts } from './verdict.js';

export interface SupportFacts {
  readonly appVersion: string;
  /** e.g. "linux x64", "win32", "darwin arm64". */
  readonly os: string;
  readonly jurisdiction: JurisdictionId;
  /** The verdict's outcome code (shared/verdict.ts), or null before any test. */
  readonly verdict: string | null;
  /** The loginStatus Betfair answered, or the fault code; null before any test. */
  readonly loginStatus: string | null;
  readonly key: {
    readonly status: AppKeyCheckStatus;
    readonly delayed: boolean | null;
    readonly active: boolean | null;
    /** The key the test used; only its last 4 characters are written. */
    readonly appKey: string;
  } | null;
  readonly stream: {
    readonly status: StreamCheckStatus;
    readonly errorCode: string | null;
    readonly connectionsAvailable: number | null;
  } | null;
  readonly keepAlive: { readonly status: KeepAliveStatus; readonly errorCode: string | null } | null;
  readonly certificate: { readonly fingerprintSha256: string; readonly notAfter: string } | null;
  /** ISO time of the test (or of the report when there was none). */
  readonly at: string;
}

/** The part of the facts a test gives (the rest is the app, the site, the certificate and the time). */
export type TestFacts = Pick<SupportFacts, 'verdict' | 'loginStatus' | 'key' | 'stream' | 'keepAlive'>;

function fromVerdictFacts(facts: VerdictFacts, appKey: string, connectionsAvailable: number | null): TestFacts {
  return {
    verdict: judge(facts).outcome,
    loginStatus: facts.loginCode,
    key: facts.key ? { status: facts.key.status, delayed: facts.key.delayed, active: facts.key.active, appKey } : null,
    stream: facts.stream ? { ...facts.stream, connectionsAvailable } : null,
    keepAlive: facts.keepAlive,
  };
}

/** A test's facts from its report (`appKey`: the key it used). */
export function testFactsOfReport(report: LoginReport, appKey: string): TestFacts {
  return fromVerdictFacts(factsOfReport(report, appKey), appKey, report.streamCheck?.connectionsAvailable ?? null);
}

/** A test that got no proper answer: its fault code. */
export function testFactsOfError(code: string): TestFacts {
  return { verdict: 'fault', loginStatus: code, key: null, stream: null, keepAlive: null };
}

/** The stored last test (`appKey`: the remembered key, or '' when none is kept); null before any test. */
export function testFactsOfLastTest(last: LastTest | null, appKey: string): TestFacts {
  if (last === null) return { verdict: null, loginStatus: null, key: null, stream: null, keepAlive: null };
  return fromVerdictFacts(factsOfLastTest(last), appKey, null);
}

export interface SupportReport {
  /** Set when the report is the message to Betfair's Developer Support (the stream refused the key). */
  readonly to: string | null;
  readonly subject: string;
  /** The whole text to show and copy (subject line included). */
  readonly text: string;
}

/** The key's last 4 characters, behind an ellipsis; a key of 4 characters or fewer is not written at all. */
export function keyTail(appKey: string): string {
  const key = appKey.trim();
  if (key === '') return 'none';
  return key.length > 4 ? `…${key.slice(-4)}` : '(hidden)';
}

/** Paths under the home folder written with ~ (POSIX and Windows home folders). */
export function homeAsTilde(line: string, home: string | null): string {
  let out = line;
  if (home !== null && home.length > 1) out = out.split(home).join('~');
  return out
    .replace(/\/(?:home|Users)\/[^/\s:]+/g, '~')
    .replace(/[A-Za-z]:\\Users\\[^\\\s:]+/g, '~')
    .replace(/\/root(?=\/|\s|$)/g, '~');
}

const NONE = '-';

function flag(value: boolean | null): string {
  return value === null ? 'unknown' : String(value);
}

/** The facts, one `name: value` line each, in English codes. */
function factLines(f: SupportFacts): string[] {
  const hosts = [certloginOrigin(f.jurisdiction), identityssoOrigin(f.jurisdiction), accountsApiOrigin(f.jurisdiction)]
    .map((origin) => origin.replace(/^https:\/\//, ''))
    .concat(STREAM_API_HOST);
  return [
    `app: Bot Login Wizard ${f.appVersion}`,
    `os: ${f.os}`,
    `jurisdiction: ${f.jurisdiction}`,
    `hosts: ${hosts.join(', ')}`,
    `verdict: ${f.verdict ?? 'not-tested'}`,
    `loginStatus: ${f.loginStatus ?? NONE}`,
    f.key
      ? `appKey: ${keyTail(f.key.appKey)} status=${f.key.status} delayed=${flag(f.key.delayed)} active=${flag(f.key.active)}`
      : `appKey: ${NONE}`,
    f.stream
      ? `stream: status=${f.stream.status} errorCode=${f.stream.errorCode ?? NONE} connectionsAvailable=${f.stream.connectionsAvailable ?? NONE}`
      : `stream: ${NONE}`,
    f.keepAlive
      ? `keepAlive: status=${f.keepAlive.status} errorCode=${f.keepAlive.errorCode ?? NONE}`
      : `keepAlive: ${NONE}`,
    f.certificate
      ? `certificate: sha256=${f.certificate.fingerprintSha256} notAfter=${f.certificate.notAfter}`
      : `certificate: ${NONE}`,
    `time: ${f.at}`,
  ];
}

/** The report for these facts, in the language in use (text), facts in English codes. `home`: written as ~. */
export function supportReport(facts: SupportFacts, home: string | null = null): SupportReport {
  const words = text.SUPPORT_REPORT_TEXT;
  const streamRefused = facts.stream?.errorCode === 'NOT_AUTHORIZED';
  const to = streamRefused ? `Betfair Developer Support (${DEVELOPER_SUPPORT_URL})` : null;
  const subject = streamRefused
    ? `Please enable the Exchange Stream API for my application key ${facts.key ? keyTail(facts.key.appKey) : ''}`.trim()
    : `Bot Login Wizard ${facts.appVersion}: ${facts.verdict ?? 'not-tested'} (${facts.loginStatus ?? NONE})`;
  const lines = [
    ...(to !== null ? [`To: ${to}`] : []),
    `Subject: ${subject}`,
    '',
    streamRefused ? words.streamRequest : words.intro,
    '',
    ...factLines(facts),
    '',
    words.notIncluded,
  ];
  const body = lines.map((line) => homeAsTilde(line, home)).join('\n');
  return { to, subject, text: `${body}\n` };
}
