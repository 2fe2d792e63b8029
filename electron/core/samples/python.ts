/**
 * The Python kit (betfairlightweight and flumine): kit_settings.py, .env.example and check_login.py.
 *
 * One rule: the check and the bot lines the README shows read their settings in the same place and log in through
 * the same code. kit_settings.py (standard library only) reads .env beside it (POSIX shell syntax, the file
 * `set -a; . ./.env` also reads) with the environment winning, and gives the arguments for
 * `betfairlightweight.APIClient(**kit_settings.client_args())`: username, password=, app_key= (explicit, so
 * betfairlightweight's own variable lookup, os.environ[username] / os.environ[username + "password"] in
 * baseclient.py, is never needed and a username such as first.last or bettor@example.com works), certs= the certs
 * folder beside the file (wherever the folder is copied) and locale=. check_login.py logs in through
 * betfairlightweight when it is installed, else through requests with the same settings, and says which.
 */
import { CERT_FILE_NAMES } from '../../../shared/certificate-types.js';
import { KIT_ENV } from '../../../shared/bot-kit.js';
import { KIT_PATHS, KIT_TEST_ENV, KIT_TEST_ORIGIN_RULE, SERVER_TEXT_UNSAFE } from './hosts.js';
import { codeString, posixWord } from '../quote.js';
import { dirname, extname } from 'node:path';
import type { Snippet } from '../../../shared/api.js';
import { JURISDICTIONS } from '../../../shared/jurisdictions.js';
import { text } from '../../../shared/i18n/text.js';
import type { SampleInput } from './sample-input.js';
import {
  APP_KEY_PLACEHOLDER,
  KEEP_ALIVE_HOURS,
  MIN_SECONDS_BETWEEN_LOGINS,
  PASSWORD_ENV,
  SESSION_GONE,
  USERNAME_PLACEHOLDER,
  comments,
  type SnippetInput,
} from './snippet-input.js';

export const PYTHON_CHECK_NAME = 'check_login.py';
export const PYTHON_SETTINGS_NAME = 'kit_settings.py';
export const PYTHON_SETTINGS_MODULE = 'kit_settings';
export const ENV_EXAMPLE_NAME = '.env.example';
export const ENV_NAME = '.env';

/** The two settings the Python kit reads (from .env or the environment): the same names in every kit. */
export const PYTHON_ENV = { appKey: KIT_ENV.appKey, password: KIT_ENV.password } as const;

/** .env.example: POSIX shell syntax (values single-quoted), so `set -a; . ./.env` and kit_settings.py agree. */
export function envExample(input: SampleInput): string {
  return [
    `# Settings for ${PYTHON_SETTINGS_NAME} (and so for check_login.py and your bot). Copy this file to .env,`,
    `# write your Betfair password between the quotes after ${PYTHON_ENV.password}=, then: chmod 600 .env`,
    `# A ' in the password is written '\\'' (the way a POSIX shell reads it).`,
    `${PYTHON_ENV.appKey}=${posixWord(input.appKey)}`,
    `${PYTHON_ENV.password}=''`,
    '',
  ].join('\n');
}

/** The README's bot lines: a new .py file in the kit folder needs nothing else (no export in the shell). */
export function pythonBotLines(flumine: boolean): readonly string[] {
  return [
    'import betfairlightweight',
    `import ${PYTHON_SETTINGS_MODULE}`,
    '',
    `trading = betfairlightweight.APIClient(**${PYTHON_SETTINGS_MODULE}.client_args())`,
    'trading.login()',
    ...(flumine ? ['', 'from flumine import clients', '', 'client = clients.BetfairClient(trading)'] : []),
  ];
}

export function pythonSettings(input: SampleInput, locale: string | null): string {
  return String.raw`"""The settings of this Betfair bot kit, read the same way by check_login.py and by your bot:

    import betfairlightweight
    import ${PYTHON_SETTINGS_MODULE}
    trading = betfairlightweight.APIClient(**${PYTHON_SETTINGS_MODULE}.client_args())

The application key and the password come from .env beside this file (or from environment variables of the same
names, which win): ${PYTHON_ENV.appKey} and ${PYTHON_ENV.password}. The certificate is in certs/ beside this file,
wherever the folder is. Python standard library only.
"""
import os
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
USERNAME = ${codeString(input.username)}
CERTS = str(HERE / "certs")
LOCALE = ${locale === null ? 'None' : codeString(locale)}
APP_KEY_VARIABLE = "${PYTHON_ENV.appKey}"
PASSWORD_VARIABLE = "${PYTHON_ENV.password}"
ENV_FILE = HERE / "${ENV_NAME}"


class SettingsError(Exception):
    """A setting is missing or .env cannot be read: the message says what to do."""


def _value(text, i):
    """One NAME=VALUE value as a POSIX shell reads it, from text[i]: returns (value, index after it)."""
    out = []
    while i < len(text) and text[i] not in " \t\r\n;":
        c = text[i]
        if c == "'":
            end = text.find("'", i + 1)
            if end < 0:
                raise SettingsError(".env: a quote ' is not closed")
            out.append(text[i + 1:end])
            i = end + 1
        elif c == '"':
            i += 1
            while i < len(text) and text[i] != '"':
                if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in '"\\$' + chr(96):
                    i += 1
                out.append(text[i])
                i += 1
            if i >= len(text):
                raise SettingsError('.env: a quote " is not closed')
            i += 1
        elif c == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out), i


def read_env_file(path=ENV_FILE):
    """NAME=VALUE lines of .env (blank lines, # comments and a leading "export " allowed); {} when there is none."""
    try:
        text = pathlib.Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    values, i = {}, 0
    while i < len(text):
        end = text.find("\n", i)
        line = text[i:] if end < 0 else text[i:end]
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or "=" not in stripped:
            i = len(text) if end < 0 else end + 1
            continue
        start = i + len(line) - len(line.lstrip())
        if text.startswith("export ", start):
            start += len("export ")
        equals = text.index("=", start)
        name = text[start:equals].strip()
        value, i = _value(text, equals + 1)
        values[name] = value
        end = text.find("\n", i)
        i = len(text) if end < 0 else end + 1
    return values


def setting(name, env_file=None):
    """The environment's value, else .env's, else ""."""
    if os.environ.get(name):
        return os.environ[name]
    values = read_env_file() if env_file is None else env_file
    return values.get(name, "")


def client_args():
    """The keyword arguments for betfairlightweight.APIClient (flumine's BetfairClient takes that APIClient)."""
    values = read_env_file()
    app_key = setting(APP_KEY_VARIABLE, values)
    password = setting(PASSWORD_VARIABLE, values)
    missing = [name for name, value in ((APP_KEY_VARIABLE, app_key), (PASSWORD_VARIABLE, password)) if not value]
    if missing:
        raise SettingsError(
            "Write " + " and ".join(missing) + " in " + str(ENV_FILE) + " (copy .env.example to .env; see README.txt)"
        )
    args = {"username": USERNAME, "password": password, "app_key": app_key, "certs": CERTS}
    if LOCALE is not None:
        args["locale"] = LOCALE
    return args
`;
}

export function pythonCheck(input: SampleInput): string {
  return String.raw`#!/usr/bin/env python3
"""Checks the Betfair bot login from this machine: log in with the certificate in certs/, keep the
session alive once, read the account funds, log out.

It reads its settings through ${PYTHON_SETTINGS_NAME}, as your bot does (.env beside it), and logs in through
betfairlightweight when it is installed (the code your bot runs), else through requests. The first line says which.
Nothing secret is printed.
"""
import json
import os
import re
import sys

import ${PYTHON_SETTINGS_MODULE}

UNSAFE = re.compile(${codeString(SERVER_TEXT_UNSAFE)})
TEST_ORIGIN_RULE = re.compile(${codeString(KIT_TEST_ORIGIN_RULE)})
TIMEOUT = 30


def clean(value):
    """Server text without escape codes or direction marks, so it cannot play tricks on the terminal."""
    return UNSAFE.sub("", str(value))


def with_library(betfairlightweight, args):
    from betfairlightweight.exceptions import BetfairError, LoginError

    trading = betfairlightweight.APIClient(lightweight=True, **args)
    try:
        trading.login()
    except LoginError as error:
        print("Login:", clean(error.response.get("loginStatus") or error.response.get("error")))
        return 1
    except BetfairError as error:
        print("Login failed:", clean(error))
        return 1
    print("Login: SUCCESS")
    code = 0
    try:
        alive = trading.keep_alive()
        print("Keep alive:", clean(alive.get("status")))
        funds = trading.account.get_account_funds()
        print("Available to bet:", clean(funds.get("availableToBetBalance")))
    except BetfairError as error:
        print("Failed:", clean(error))
        code = 1
    finally:
        try:
            out = trading.logout()
            print("Logout:", clean(out.get("status")))
        except BetfairError as error:
            print("Logout failed:", clean(error))
    return code


def with_requests(args):
    try:
        import requests
    except ImportError:
        sys.exit("No module named requests: install it with  python3 -m pip install requests")
    certs = args["certs"]
    cert = (os.path.join(certs, "${CERT_FILE_NAMES.certificate}"), os.path.join(certs, "${CERT_FILE_NAMES.key}"))
    for path in cert:
        if not os.path.isfile(path):
            sys.exit("Certificate file not found: " + path)
    login_host = ${codeString(input.hosts.certlogin)}
    identity_host = ${codeString(input.hosts.identity)}
    api_host = ${codeString(input.hosts.api)}
    verify = True
    # Tests only: a local fake Betfair on 127.0.0.1 or [::1] (never any other address) and the CA it is checked against.
    test_origin = os.environ.get("${KIT_TEST_ENV.origin}", "")
    if test_origin:
        match = TEST_ORIGIN_RULE.fullmatch(test_origin)
        if not match or not 1 <= int(match.group(2)) <= 65535:
            sys.exit("${KIT_TEST_ENV.origin} must be https://127.0.0.1:PORT or https://[::1]:PORT, nothing else")
        login_host = identity_host = api_host = test_origin.rstrip("/")
        verify = os.environ.get("${KIT_TEST_ENV.ca}") or True

    app_key = args["app_key"]
    answer = requests.post(
        login_host + "${KIT_PATHS.certlogin}",
        data={"username": args["username"], "password": args["password"]},
        headers={"X-Application": app_key, "Content-Type": "application/x-www-form-urlencoded"},
        cert=cert,
        verify=verify,
        timeout=TIMEOUT,
    )
    answer.raise_for_status()
    status = answer.json().get("loginStatus")
    print("Login:", clean(status))
    if status != "SUCCESS":
        return 1
    headers = {"Accept": "application/json", "X-Application": app_key, "X-Authentication": answer.json()["sessionToken"]}
    code = 0
    try:
        alive = requests.post(identity_host + "${KIT_PATHS.keepAlive}", headers=headers, verify=verify, timeout=TIMEOUT)
        print("Keep alive:", clean(alive.json().get("status")))
        funds = requests.post(
            api_host + "${KIT_PATHS.accounts}",
            data=json.dumps({"jsonrpc": "2.0", "method": "${KIT_PATHS.fundsMethod}", "params": {}, "id": 1}),
            headers=dict(headers, **{"Content-Type": "application/json"}),
            verify=verify,
            timeout=TIMEOUT,
        ).json()
        if "result" in funds:
            print("Available to bet:", clean(funds["result"].get("availableToBetBalance")))
        else:
            error = funds.get("error", {}).get("data", {}).get("AccountAPINGException", {})
            print("Funds:", clean(error.get("errorCode") or funds.get("error")))
            code = 1
    finally:
        out = requests.post(identity_host + "${KIT_PATHS.logout}", headers=headers, verify=verify, timeout=TIMEOUT)
        print("Logout:", clean(out.json().get("status")))
    return code


def main():
    try:
        args = ${PYTHON_SETTINGS_MODULE}.client_args()
    except ${PYTHON_SETTINGS_MODULE}.SettingsError as error:
        sys.exit(str(error))
    try:
        import betfairlightweight
    except ImportError:
        betfairlightweight = None
    if betfairlightweight is not None:
        print("Login path: betfairlightweight", clean(getattr(betfairlightweight, "__version__", "")), "(the library your bot uses)")
        code = with_library(betfairlightweight, args)
    else:
        print("Login path: requests (betfairlightweight is not installed here; your bot needs it)")
        code = with_requests(args)
    if code == 0:
        print("OK")
    sys.exit(code)


if __name__ == "__main__":
    main()
`;
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

/** The dashboard's betfairlightweight sample: the user's own certificate files, keeping its session. */
export function pythonSnippet(input: SnippetInput): Snippet {
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
    '    except betfairlightweight.exceptions.KeepAliveError as error:',
    `        if error.response.get("error") not in (${SESSION_GONE.map((e) => codeString(e)).join(', ')}):`,
    '            print("keepAlive:", error.response.get("error"))',
    '            return',
    '        wait = MIN_SECONDS_BETWEEN_LOGINS - (time.monotonic() - last_login)',
    '        if wait > 0:',
    '            time.sleep(wait)',
    '        trading.login()',
    '        last_login = time.monotonic()',
    '',
    '',
    `# ${text.SNIPPET_SESSION_TEXT.loop}`,
    'while True:',
    '    time.sleep(KEEP_ALIVE_EVERY_SECONDS)',
    '    keep_session()',
    '',
  ].join('\n');
  return { id: 'betfairlightweight', title: text.appText.snippets.betfairlightweightTitle, language: 'python', code };
}
