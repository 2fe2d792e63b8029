/**
 * Code that uses the remembered certificate from a bot: betfairlightweight, curl and Node's https,
 * filled in with the user's own file paths and their jurisdiction's login host.
 * Never contains a password or key bytes: passwords come from environment variables; TLS checks stay on (no -k).
 */
import { dirname, extname } from 'node:path';
import type { Snippet } from '../../shared/api.js';
import { certloginUrl, type JurisdictionId } from '../../shared/jurisdictions.js';
import type { StoredCertificate } from '../../shared/settings-schema.js';
import { text } from '../../shared/i18n/text.js';

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
const USERNAME_PLACEHOLDER = 'YOUR_BETFAIR_USERNAME';

/** betfairlightweight's names for the non-international exchanges (its `locale` argument). */
const BFLW_LOCALE: Readonly<Record<JurisdictionId, string | null>> = {
  international: null,
  au: 'australia',
  it: 'italy',
  es: 'spain',
  ro: 'romania',
  se: 'sweden',
  dk: null,
};

/** A string literal valid in both Python and JavaScript (JSON's escaping is a subset of both). */
function literal(value: string): string {
  return JSON.stringify(value);
}

/** One POSIX shell word, single-quoted. */
function shellWord(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

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
  const locale = BFLW_LOCALE[input.jurisdiction];
  const notes: string[] = [text.appText.snippets.keyWarning, text.appText.snippets.passwordFromEnv];
  let certArgument: string;
  switch (cert.source.kind) {
    case 'pair':
      certArgument = betfairlightweightFindsPair(cert.source.certificatePath, cert.source.keyPath)
        ? `    certs=${literal(dirname(cert.source.certificatePath))},`
        : `    cert_files=(${literal(cert.source.certificatePath)}, ${literal(cert.source.keyPath)}),`;
      break;
    case 'pem':
      certArgument = `    cert_files=${literal(cert.source.pemPath)},`;
      break;
    case 'p12':
      notes.push(text.appText.snippets.betfairlightweightNeedsPair);
      certArgument = `    certs=${literal(cert.dir ?? dirname(cert.source.p12Path))},`;
      break;
  }
  const code = [
    ...comments('#', notes),
    'import os',
    '',
    'import betfairlightweight',
    '',
    'trading = betfairlightweight.APIClient(',
    `    ${literal(input.username ?? USERNAME_PLACEHOLDER)},`,
    `    os.environ[${literal(PASSWORD_ENV)}],`,
    `    app_key=${literal(input.appKey ?? APP_KEY_PLACEHOLDER)},`,
    certArgument,
    ...(locale ? [`    locale=${literal(locale)},`] : []),
    ')',
    'trading.login()',
    'print("Logged in")',
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
      certArguments = [`--cert ${shellWord(cert.source.certificatePath)}`, `--key ${shellWord(cert.source.keyPath)}`];
      break;
    case 'pem':
      certArguments = [`--cert ${shellWord(cert.source.pemPath)}`];
      break;
    case 'p12':
      notes.push(text.appText.snippets.p12PasswordFromEnv);
      certArguments = ['--cert-type P12', `--cert ${shellWord(cert.source.p12Path)}":$${P12_PASSWORD_ENV}"`];
      break;
  }
  const code = [
    ...comments('#', notes),
    // printf is built into the shell: the password reaches curl on its standard input, never in a process list.
    `printf '%s' "$${PASSWORD_ENV}" | curl --silent --show-error ${certArguments.join(' ')} \\`,
    `  -H ${shellWord(`X-Application: ${input.appKey ?? APP_KEY_PLACEHOLDER}`)} \\`,
    `  --data-urlencode ${shellWord(`username=${input.username ?? USERNAME_PLACEHOLDER}`)} \\`,
    '  --data-urlencode password@- \\',
    `  ${shellWord(certloginUrl(input.jurisdiction))}`,
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
        `  cert: readFileSync(${literal(cert.source.certificatePath)}),`,
        `  key: readFileSync(${literal(cert.source.keyPath)}),`,
      ];
      break;
    case 'pem':
      tlsOptions = [
        `  cert: readFileSync(${literal(cert.source.pemPath)}),`,
        `  key: readFileSync(${literal(cert.source.pemPath)}),`,
      ];
      break;
    case 'p12':
      notes.push(text.appText.snippets.p12PasswordFromEnv);
      tlsOptions = [
        `  pfx: readFileSync(${literal(cert.source.p12Path)}),`,
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
    `  username: ${literal(input.username ?? USERNAME_PLACEHOLDER)},`,
    `  password: process.env.${PASSWORD_ENV} ?? '',`,
    '}).toString();',
    '',
    `const req = request(${literal(certloginUrl(input.jurisdiction))}, {`,
    "  method: 'POST',",
    ...tlsOptions,
    '  headers: {',
    `    'X-Application': ${literal(input.appKey ?? APP_KEY_PLACEHOLDER)},`,
    "    'Content-Type': 'application/x-www-form-urlencoded',",
    "    'Content-Length': Buffer.byteLength(body),",
    '  },',
    '}, (res) => {',
    "  let text = '';",
    "  res.setEncoding('utf8');",
    "  res.on('data', (chunk) => { text += chunk; });",
    "  res.on('end', () => console.log(JSON.parse(text).loginStatus));",
    '});',
    "req.on('error', (err) => console.error(err.message));",
    'req.end(body);',
    '',
  ].join('\n');
  return { id: 'node', title: text.appText.snippets.nodeTitle, language: 'javascript', code };
}

export function buildSnippets(input: SnippetInput): Snippet[] {
  return [pythonSnippet(input), curlSnippet(input), nodeSnippet(input)];
}
