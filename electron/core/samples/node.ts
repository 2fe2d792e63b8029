/**
 * Node.js, one source for both places: the kit's check-login.mjs (the .crt and .key with `https` only, no packages)
 * and the dashboard's sample, which keeps its session. Both send through the same post() helper.
 */
import { CERT_FILE_NAMES } from '../../../shared/certificate-types.js';
import { KIT_ENV } from '../../../shared/bot-kit.js';
import { KIT_PATHS, KIT_TEST_ENV, KIT_TEST_ORIGIN_RULE, SERVER_TEXT_UNSAFE } from './hosts.js';
import { codeString } from '../quote.js';
import type { Snippet } from '../../../shared/api.js';
import { KEEPALIVE_PATH, certloginUrl, identityssoOrigin } from '../../../shared/jurisdictions.js';
import { text } from '../../../shared/i18n/text.js';
import type { SampleInput } from './sample-input.js';
import {
  APP_KEY_PLACEHOLDER,
  KEEP_ALIVE_HOURS,
  MIN_SECONDS_BETWEEN_LOGINS,
  P12_PASSWORD_ENV,
  PASSWORD_ENV,
  SESSION_GONE,
  USERNAME_PLACEHOLDER,
  comments,
  type SnippetInput,
} from './snippet-input.js';

export const NODE_CHECK_NAME = 'check-login.mjs';

/** POST with the client certificate in \`tls\`; resolves the JSON answer. */
const NODE_POST = `function post(url, headers, body) {
  return new Promise((resolve, reject) => {
    const sent = body === undefined ? headers : { ...headers, 'Content-Length': Buffer.byteLength(body) };
    const req = request(url, { method: 'POST', headers: sent, ...tls, timeout: 30000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        try {
          resolve(JSON.parse(text));
        } catch {
          reject(new Error('Not a JSON answer (HTTP ' + res.statusCode + ')'));
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('No answer within 30 seconds')));
    req.on('error', reject);
    req.end(body);
  });
}
`;

export function nodeCheck(input: SampleInput): string {
  return `// Checks the Betfair bot login from this machine: log in with the certificate in certs/, keep the session
// alive once, read the account funds, log out. Node.js 18 or newer, no packages: node check-login.mjs
// Your Betfair password comes from the environment variable ${KIT_ENV.password}, never from this file.
import { readFileSync } from 'node:fs';
import { request } from 'node:https';

const USERNAME = ${codeString(input.username)};
const APP_KEY = ${codeString(input.appKey)};
const UNSAFE = new RegExp(${codeString(SERVER_TEXT_UNSAFE)}, 'gu');
/** Server text without escape codes or direction marks, so it cannot play tricks on the terminal. */
const clean = (value) => String(value).replace(UNSAFE, '');
const here = new URL('.', import.meta.url);
const tls = {
  cert: readFileSync(new URL('certs/${CERT_FILE_NAMES.certificate}', here)),
  key: readFileSync(new URL('certs/${CERT_FILE_NAMES.key}', here)),
};
let loginHost = ${codeString(input.hosts.certlogin)};
let identityHost = ${codeString(input.hosts.identity)};
let apiHost = ${codeString(input.hosts.api)};

// Tests only: a local fake Betfair on 127.0.0.1 or [::1] (never any other address) and the CA it is checked against.
const testOrigin = process.env.${KIT_TEST_ENV.origin} ?? '';
if (testOrigin) {
  const rule = new RegExp(${codeString(KIT_TEST_ORIGIN_RULE)}).exec(testOrigin);
  if (!rule || Number(rule[2]) < 1 || Number(rule[2]) > 65535) {
    console.error('${KIT_TEST_ENV.origin} must be https://127.0.0.1:PORT or https://[::1]:PORT, nothing else');
    process.exit(2);
  }
  loginHost = identityHost = apiHost = testOrigin.replace(/\\/+$/, '');
  if (process.env.${KIT_TEST_ENV.ca}) tls.ca = readFileSync(process.env.${KIT_TEST_ENV.ca});
}

${NODE_POST}
const password = process.env.${KIT_ENV.password} ?? '';
if (!password) {
  console.error('Set ${KIT_ENV.password} first.');
  process.exit(2);
}
const form = new URLSearchParams({ username: USERNAME, password }).toString();
const login = await post(
  loginHost + '${KIT_PATHS.certlogin}',
  { 'X-Application': APP_KEY, Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
  form,
);
console.log('Login: ' + clean(login.loginStatus));
if (login.loginStatus !== 'SUCCESS') process.exit(1);
const session = { Accept: 'application/json', 'X-Application': APP_KEY, 'X-Authentication': login.sessionToken };

let exitCode = 0;
try {
  const alive = await post(identityHost + '${KIT_PATHS.keepAlive}', session);
  console.log('Keep alive: ' + clean(alive.status));
  const call = { jsonrpc: '2.0', method: '${KIT_PATHS.fundsMethod}', params: {}, id: 1 };
  const funds = await post(
    apiHost + '${KIT_PATHS.accounts}',
    { ...session, 'Content-Type': 'application/json' },
    JSON.stringify(call),
  );
  if (funds.result) console.log('Available to bet: ' + clean(funds.result.availableToBetBalance));
  else {
    console.log('Funds: ' + clean(funds.error?.data?.AccountAPINGException?.errorCode ?? JSON.stringify(funds.error)));
    exitCode = 1;
  }
} finally {
  const out = await post(identityHost + '${KIT_PATHS.logout}', session);
  console.log('Logout: ' + clean(out.status));
}
if (exitCode === 0) console.log('OK');
process.exit(exitCode);
`;
}

/** The dashboard's Node.js sample: the user's own certificate files; logs in, keeps the session, logs in again. */
export function nodeSnippet(input: SnippetInput): Snippet {
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
  const session = text.SNIPPET_SESSION_TEXT;
  const code = [
    ...comments('//', notes),
    "import { readFileSync } from 'node:fs';",
    "import { request } from 'node:https';",
    '',
    `const USERNAME = ${codeString(input.username ?? USERNAME_PLACEHOLDER)};`,
    `const APP_KEY = ${codeString(input.appKey ?? APP_KEY_PLACEHOLDER)};`,
    `const LOGIN_URL = ${codeString(certloginUrl(input.jurisdiction))};`,
    `const KEEP_ALIVE_URL = ${codeString(identityssoOrigin(input.jurisdiction) + KEEPALIVE_PATH)};`,
    'const tls = {',
    ...tlsOptions,
    '};',
    '',
    NODE_POST,
    ...comments('//', [session.keepAlive, session.relogin, session.rate]),
    `const KEEP_ALIVE_EVERY_MS = ${KEEP_ALIVE_HOURS} * 60 * 60 * 1000;`,
    `const MIN_MS_BETWEEN_LOGINS = ${MIN_SECONDS_BETWEEN_LOGINS} * 1000;`,
    `const SESSION_GONE = [${SESSION_GONE.map((e) => codeString(e)).join(', ')}];`,
    'let sessionToken = null;',
    'let lastLogin = 0;',
    '',
    'async function login() {',
    '  const wait = lastLogin + MIN_MS_BETWEEN_LOGINS - Date.now();',
    '  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));',
    '  lastLogin = Date.now();',
    `  const body = new URLSearchParams({ username: USERNAME, password: process.env.${PASSWORD_ENV} ?? '' }).toString();`,
    "  const headers = { 'X-Application': APP_KEY, 'Content-Type': 'application/x-www-form-urlencoded' };",
    '  const answer = await post(LOGIN_URL, headers, body);',
    '  console.log(answer.loginStatus);',
    "  sessionToken = answer.loginStatus === 'SUCCESS' ? answer.sessionToken : null;",
    '  return sessionToken !== null;',
    '}',
    '',
    'async function keepSession() {',
    "  const headers = { Accept: 'application/json', 'X-Application': APP_KEY, 'X-Authentication': sessionToken };",
    '  const { status, error } = await post(KEEP_ALIVE_URL, headers);',
    "  if (status === 'SUCCESS') return;",
    "  console.log('keepAlive: ' + error);",
    '  if (SESSION_GONE.includes(error)) await login();',
    '}',
    '',
    `// ${session.loop}`,
    'if (await login()) {',
    '  setInterval(() => keepSession().catch((err) => console.error(err.message)), KEEP_ALIVE_EVERY_MS);',
    '}',
    '',
  ].join('\n');
  return { id: 'node', title: text.appText.snippets.nodeTitle, language: 'javascript', code };
}
