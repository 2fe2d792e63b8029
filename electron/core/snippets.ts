/**
 * Code that uses the remembered certificate from a bot: betfairlightweight, curl and Node's https,
 * filled in with the user's own file paths and their jurisdiction's login host.
 * Never contains a password or key bytes: passwords come from environment variables; TLS checks stay on (no -k).
 * Each keeps its session the way a bot should (and says why, in the language in use): keepAlive on a timer, a new
 * login only when the session is gone (NO_SESSION / INVALID_SESSION_INFORMATION), never more than a few a minute.
 */
import { dirname, extname } from 'node:path';
import type { Snippet } from '../../shared/api.js';
import {
  JURISDICTIONS,
  KEEPALIVE_PATH,
  certloginUrl,
  identityssoOrigin,
  type JurisdictionId,
} from '../../shared/jurisdictions.js';
import type { StoredCertificate } from '../../shared/settings-schema.js';
import { text } from '../../shared/i18n/text.js';
import { codeString, posixWord } from './quote.js';

export interface SnippetInput {
  readonly jurisdiction: JurisdictionId;
  readonly certificate: StoredCertificate;
  /** Filled in when the user let the app remember them; a placeholder otherwise. */
  readonly appKey: string | null;
  readonly username: string | null;
}

const PASSWORD_ENV = 'BETFAIR_PASSWORD';
const P12_PASSWORD_ENV = 'BETFAIR_P12_PASSWORD';
const APP_KEY_PLACEHOLDER = 'YOUR_APP_KEY';
const SESSION_ENV = 'BETFAIR_SESSION';
/** keepAlive every 4 hours: well inside the shortest session lifetime Betfair documents (the session lasts hours). */
const KEEP_ALIVE_HOURS = 4;
/** At most 3 logins a minute: one every 20 seconds. */
const MIN_SECONDS_BETWEEN_LOGINS = 20;
const USERNAME_PLACEHOLDER = 'YOUR_BETFAIR_USERNAME';

function comments(prefix: string, lines: readonly string[]): string[] {
  return lines.map((line) => `${prefix} ${line}`);
}

/**
 * betfairlightweight's `certs` folder works when the .crt (or .cert) and the .key sit side by side in one folder;
 * otherwise the snippet names both files with `cert_files`.
 */
function betfairlightweightFindsPair(certificatePath: string, keyPath: string): boolean {
  const certExt = extname(certificatePath).toLowerCase();
  return (
    dirname(certificatePath) === dirname(keyPath) &&
    (certExt === '.crt' || certExt === '.cert') &&
    extname(keyPath) === '.key'
  );
}

function pythonSnippet(input: SnippetInput): Snippet {
  const { certificate: cert } = input;
  const locale = JURISDICTIONS[input.jurisdiction].locale;
  const notes: string[] = [text.appText.snippets.keyWarning, text.appText.snippets.passwordFromEnv];
  let certArgument: string;
  switch (cert.source.kind) {
    case 'pair':
      certArgument = betfairlightweightFindsPair(cert.source.certificatePath, cert.source.keyPath)
        ? `    certs=${codeString(dirname(cert.source.certificatePath))},`
        : `    cert_files=(${codeString(cert.source.certificatePath)}, ${codeString(cert.source.keyPath)}),`;
      break;
    case 'pem':
      certArgument = `    cert_files=${codeString(cert.source.pemPath)},`;
      break;
    case 'p12':
      notes.push(text.appText.snippets.betfairlightweightNeedsPair);
      certArgument = `    certs=${codeString(cert.dir ?? dirname(cert.source.p12Path))},`;
      break;
  }
  const code = [
    ...comments('#', notes),
    'import os',
    'import time',
    '',
    'import betfairlightweight',
    '',
    'trading = betfairlightweight.APIClient(',
    `    ${codeString(input.username ?? USERNAME_PLACEHOLDER)},`,
    `    os.environ[${codeString(PASSWORD_ENV)}],`,
    `    app_key=${codeString(input.appKey ?? APP_KEY_PLACEHOLDER)},`,
    certArgument,
    ...(locale ? [`    locale=${codeString(locale)},`] : []),
    ')',
    'trading.login()',
    'print("Logged in")',
    '',
    ...comments('#', [
      text.SNIPPET_SESSION_TEXT.keepAlive,
      text.SNIPPET_SESSION_TEXT.relogin,
      text.SNIPPET_SESSION_TEXT.rate,
    ]),
    `KEEP_ALIVE_EVERY_SECONDS = ${KEEP_ALIVE_HOURS} * 60 * 60`,
    `MIN_SECONDS_BETWEEN_LOGINS = ${MIN_SECONDS_BETWEEN_LOGINS}`,
    'last_login = time.monotonic()',
    '',
    '',
    'def keep_session():',
    '    global last_login',
    '    try:',
    '        trading.keep_alive()',
    '    except betfairlightweight.exceptions.KeepAliveError:',
    '        wait = MIN_SECONDS_BETWEEN_LOGINS - (time.monotonic() - last_login)',
    '        if wait > 0:',
    '            time.sleep(wait)',
    '        trading.login()',
    '        last_login = time.monotonic()',
    '',
    '',
    '# keep_session() every KEEP_ALIVE_EVERY_SECONDS, e.g. from the loop of your bot',
    'keep_session()',
    'trading.logout()',
    '',
  ].join('\n');
  return { id: 'betfairlightweight', title: text.appText.snippets.betfairlightweightTitle, language: 'python', code };
}

function curlSnippet(input: SnippetInput): Snippet {
  const { certificate: cert } = input;
  const notes: string[] = [
    text.appText.snippets.keyWarning,
    text.appText.snippets.passwordFromEnv,
    text.appText.snippets.passwordOnStdin,
  ];
  let certArguments: string[];
  switch (cert.source.kind) {
    case 'pair':
      certArguments = [`--cert ${posixWord(cert.source.certificatePath)}`, `--key ${posixWord(cert.source.keyPath)}`];
      break;
    case 'pem':
      certArguments = [`--cert ${posixWord(cert.source.pemPath)}`];
      break;
    case 'p12':
      notes.push(text.appText.snippets.p12PasswordFromEnv);
      certArguments = ['--cert-type P12', `--cert ${posixWord(cert.source.p12Path)}":$${P12_PASSWORD_ENV}"`];
      break;
  }
  const code = [
    ...comments('#', notes),
    // printf is built into the shell: the password reaches curl on its standard input, never in a process list.
    `printf '%s' "$${PASSWORD_ENV}" | curl --silent --show-error ${certArguments.join(' ')} \\`,
    `  -H ${posixWord(`X-Application: ${input.appKey ?? APP_KEY_PLACEHOLDER}`)} \\`,
    `  --data-urlencode ${posixWord(`username=${input.username ?? USERNAME_PLACEHOLDER}`)} \\`,
    '  --data-urlencode password@- \\',
    `  ${posixWord(certloginUrl(input.jurisdiction))}`,
    '',
    ...comments('#', [
      text.SNIPPET_SESSION_TEXT.keepAlive,
      text.SNIPPET_SESSION_TEXT.relogin,
      text.SNIPPET_SESSION_TEXT.curlKeepAlive,
    ]),
    `# curl --silent --show-error -H 'Accept: application/json' -H ${posixWord(`X-Application: ${input.appKey ?? APP_KEY_PLACEHOLDER}`)} -H "X-Authentication: $${SESSION_ENV}" ${posixWord(identityssoOrigin(input.jurisdiction) + KEEPALIVE_PATH)}`,
    '',
  ].join('\n');
  return { id: 'curl', title: text.appText.snippets.curlTitle, language: 'shell', code };
}

function nodeSnippet(input: SnippetInput): Snippet {
  const { certificate: cert } = input;
  const notes: string[] = [text.appText.snippets.keyWarning, text.appText.snippets.passwordFromEnv];
  let tlsOptions: string[];
  switch (cert.source.kind) {
    case 'pair':
      tlsOptions = [
        `  cert: readFileSync(${codeString(cert.source.certificatePath)}),`,
        `  key: readFileSync(${codeString(cert.source.keyPath)}),`,
      ];
      break;
    case 'pem':
      tlsOptions = [
        `  cert: readFileSync(${codeString(cert.source.pemPath)}),`,
        `  key: readFileSync(${codeString(cert.source.pemPath)}),`,
      ];
      break;
    case 'p12':
      notes.push(text.appText.snippets.p12PasswordFromEnv);
      tlsOptions = [
        `  pfx: readFileSync(${codeString(cert.source.p12Path)}),`,
        `  passphrase: process.env.${P12_PASSWORD_ENV},`,
      ];
      break;
  }
  const code = [
    ...comments('//', notes),
    "import { readFileSync } from 'node:fs';",
    "import { request } from 'node:https';",
    '',
    'const body = new URLSearchParams({',
    `  username: ${codeString(input.username ?? USERNAME_PLACEHOLDER)},`,
    `  password: process.env.${PASSWORD_ENV} ?? '',`,
    '}).toString();',
    '',
    `const req = request(${codeString(certloginUrl(input.jurisdiction))}, {`,
    "  method: 'POST',",
    ...tlsOptions,
    '  headers: {',
    `    'X-Application': ${codeString(input.appKey ?? APP_KEY_PLACEHOLDER)},`,
    "    'Content-Type': 'application/x-www-form-urlencoded',",
    "    'Content-Length': Buffer.byteLength(body),",
    '  },',
    '}, (res) => {',
    "  let text = '';",
    "  res.setEncoding('utf8');",
    "  res.on('data', (chunk) => { text += chunk; });",
    "  res.on('end', () => {",
    '    const answer = JSON.parse(text);',
    '    console.log(answer.loginStatus);',
    "    if (answer.loginStatus === 'SUCCESS') keepSession(answer.sessionToken);",
    '  });',
    '});',
    "req.on('error', (err) => console.error(err.message));",
    'req.end(body);',
    '',
    ...comments('//', [
      text.SNIPPET_SESSION_TEXT.keepAlive,
      text.SNIPPET_SESSION_TEXT.relogin,
      text.SNIPPET_SESSION_TEXT.rate,
    ]),
    'function keepSession(sessionToken) {',
    '  const timer = setInterval(() => {',
    `    const ka = request(${codeString(identityssoOrigin(input.jurisdiction) + KEEPALIVE_PATH)}, {`,
    "      method: 'POST',",
    '      headers: {',
    "        Accept: 'application/json',",
    `        'X-Application': ${codeString(input.appKey ?? APP_KEY_PLACEHOLDER)},`,
    "        'X-Authentication': sessionToken,",
    '      },',
    '    }, (res) => {',
    "      let kaText = '';",
    "      res.setEncoding('utf8');",
    "      res.on('data', (chunk) => { kaText += chunk; });",
    "      res.on('end', () => {",
    '        const { status, error } = JSON.parse(kaText);',
    "        if (status !== 'SUCCESS' && (error === 'NO_SESSION' || error === 'INVALID_SESSION_INFORMATION')) {",
    `          // ${text.SNIPPET_SESSION_TEXT.rate}`,
    `          clearInterval(timer);`,
    `          // ${text.SNIPPET_SESSION_TEXT.relogin}`,
    `          setTimeout(() => req.emit('relogin'), ${MIN_SECONDS_BETWEEN_LOGINS} * 1000);`,
    '        }',
    '      });',
    '    });',
    "    ka.on('error', (err) => console.error(err.message));",
    '    ka.end();',
    `  }, ${KEEP_ALIVE_HOURS} * 60 * 60 * 1000);`,
    `  // ${text.SNIPPET_SESSION_TEXT.unref}`,
    '  timer.unref();',
    '}',
    '',
  ].join('\n');
  return { id: 'node', title: text.appText.snippets.nodeTitle, language: 'javascript', code };
}

export function buildSnippets(input: SnippetInput): Snippet[] {
  return [pythonSnippet(input), curlSnippet(input), nodeSnippet(input)];
}
