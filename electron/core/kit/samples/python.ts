/**
 * check_login.py for betfairlightweight and flumine: `requests` only. It reads the application key and the password
 * from the variables betfairlightweight reads for APIClient(username) (betcode-org/betfair,
 * betfairlightweight/baseclient.py: get_app_key() reads os.environ[username], get_password() reads
 * os.environ[username + "password"]), or from a .env file beside it, and the certificate from certs/ as that
 * file's `cert` property finds it (a .crt/.cert + .key pair, else one .pem).
 */
import { CERT_FILE_NAMES } from '../../../../shared/certificate-types.js';
import { KIT_PATHS, KIT_TEST_ENV, KIT_TEST_ORIGIN_PREFIX } from '../hosts.js';
import type { SampleInput } from './sample-input.js';

export const PYTHON_CHECK_NAME = 'check_login.py';
export const ENV_EXAMPLE_NAME = '.env.example';

/** betfairlightweight's names for APIClient(username): the app key in $username, the password in $usernamepassword. */
export function pythonEnvNames(username: string): { readonly appKey: string; readonly password: string } {
  return { appKey: username, password: `${username}password` };
}

export function envExample(input: SampleInput): string {
  const names = pythonEnvNames(input.username);
  return [
    '# betfairlightweight / flumine: APIClient("' + input.username + '") reads these two variables.',
    '# Copy this file to .env, add your Betfair password, then: chmod 600 .env',
    `${names.appKey}=${input.appKey}`,
    `${names.password}=`,
    '',
  ].join('\n');
}

export function pythonCheck(input: SampleInput): string {
  const names = pythonEnvNames(input.username);
  return `#!/usr/bin/env python3
"""Checks the Betfair bot login from this machine: log in with the certificate in certs/, keep the
session alive once, read the account funds, log out. Needs Python 3 and requests.

The application key and the password come from the variables betfairlightweight reads for
APIClient("${input.username}"): ${names.appKey} and ${names.password} (or from a .env file next to this one).
Nothing secret is printed.
"""
import json
import os
import pathlib
import sys

try:
    import requests
except ImportError:
    sys.exit("No module named requests: install it with  python3 -m pip install requests")

HERE = pathlib.Path(__file__).resolve().parent
USERNAME = "${input.username}"
CERT = (str(HERE / "certs" / "${CERT_FILE_NAMES.certificate}"), str(HERE / "certs" / "${CERT_FILE_NAMES.key}"))
LOGIN_HOST = "${input.hosts.certlogin}"
IDENTITY_HOST = "${input.hosts.identity}"
API_HOST = "${input.hosts.api}"
VERIFY = True
TIMEOUT = 30

# Tests only: a local fake Betfair on 127.0.0.1 (never any other address) and the CA it is checked against.
_test_origin = os.environ.get("${KIT_TEST_ENV.origin}", "")
if _test_origin:
    if not _test_origin.startswith("${KIT_TEST_ORIGIN_PREFIX}"):
        sys.exit("${KIT_TEST_ENV.origin} must be https://127.0.0.1:PORT")
    LOGIN_HOST = IDENTITY_HOST = API_HOST = _test_origin.rstrip("/")
    VERIFY = os.environ.get("${KIT_TEST_ENV.ca}") or True


def read_dotenv():
    """KEY=VALUE lines of .env beside this file (quotes around a value are removed)."""
    values = {}
    path = HERE / ".env"
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\\"'":
                value = value[1:-1]
            values[key.strip()] = value
    return values


def setting(name, dotenv):
    return os.environ.get(name) or dotenv.get(name) or ""


def main():
    dotenv = read_dotenv()
    app_key = setting("${names.appKey}", dotenv)
    password = setting("${names.password}", dotenv)
    if not app_key or not password:
        sys.exit("Set ${names.appKey} (application key) and ${names.password} (Betfair password), or write them in .env")
    for path in CERT:
        if not os.path.isfile(path):
            sys.exit("Certificate file not found: " + path)

    answer = requests.post(
        LOGIN_HOST + "${KIT_PATHS.certlogin}",
        data={"username": USERNAME, "password": password},
        headers={"X-Application": app_key, "Content-Type": "application/x-www-form-urlencoded"},
        cert=CERT,
        verify=VERIFY,
        timeout=TIMEOUT,
    )
    answer.raise_for_status()
    status = answer.json().get("loginStatus")
    print("Login:", status)
    if status != "SUCCESS":
        sys.exit(1)
    token = answer.json()["sessionToken"]
    headers = {"Accept": "application/json", "X-Application": app_key, "X-Authentication": token}
    try:
        alive = requests.post(IDENTITY_HOST + "${KIT_PATHS.keepAlive}", headers=headers, verify=VERIFY, timeout=TIMEOUT)
        print("Keep alive:", alive.json().get("status"), alive.json().get("error") or "")

        funds = requests.post(
            API_HOST + "${KIT_PATHS.accounts}",
            data=json.dumps({"jsonrpc": "2.0", "method": "${KIT_PATHS.fundsMethod}", "params": {}, "id": 1}),
            headers=dict(headers, **{"Content-Type": "application/json"}),
            verify=VERIFY,
            timeout=TIMEOUT,
        ).json()
        if "result" in funds:
            print("Available to bet:", funds["result"].get("availableToBetBalance"))
        else:
            error = funds.get("error", {}).get("data", {}).get("AccountAPINGException", {})
            print("Funds:", error.get("errorCode") or funds.get("error"))
            sys.exit(1)
    finally:
        out = requests.post(IDENTITY_HOST + "${KIT_PATHS.logout}", headers=headers, verify=VERIFY, timeout=TIMEOUT)
        print("Logout:", out.json().get("status"))
    print("OK")


if __name__ == "__main__":
    main()
`;
}
