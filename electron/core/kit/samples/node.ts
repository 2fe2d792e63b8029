/** check-login.mjs for Node.js (and any other framework): the .crt and .key with `https` only, no packages. */
import { CERT_FILE_NAMES } from '../../../../shared/certificate-types.js';
import { KIT_ENV } from '../../../../shared/bot-kit.js';
import { KIT_PATHS, KIT_TEST_ENV, KIT_TEST_ORIGIN_RULE, SERVER_TEXT_UNSAFE } from '../hosts.js';
import { codeString } from '../../quote.js';
import type { SampleInput } from './sample-input.js';

export const NODE_CHECK_NAME = 'check-login.mjs';

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

function post(url, headers, body) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, ...tls, timeout: 30000 }, (res) => {
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
