/** Which files each framework's kit holds, with their modes: said once, for the writer, the README and the tests. */
import { CERT_FILE_NAMES } from '../../../shared/certificate-types.js';
import { ONE_FILE_CLI_NAME, type BotFramework, type BotKitFile } from '../../../shared/bot-kit.js';
import { ENV_EXAMPLE_NAME, PYTHON_CHECK_NAME, PYTHON_SETTINGS_NAME } from '../samples/python.js';
import { DOTNET_CHECK_NAME, DOTNET_PROJECT_NAME } from '../samples/dotnet.js';
import { JAVA_CHECK_NAME } from '../samples/java.js';
import { NODE_CHECK_NAME } from '../samples/node.js';

export const README_NAME = 'README.txt';
export const CERTS_DIR = 'certs';
export const KIT_CERT = `${CERTS_DIR}/${CERT_FILE_NAMES.certificate}`;
export const KIT_KEY = `${CERTS_DIR}/${CERT_FILE_NAMES.key}`;
export const PFX_NAME = 'client-2048.pfx';
export const P12_NAME = CERT_FILE_NAMES.p12;

/** Owner-only for anything that holds the private key or the application key; readable for the rest. */
export const SECRET_MODE = 0o600;
export const PUBLIC_MODE = 0o644;

/** The framework's files, without the README and the one-file CLI (every kit has those). */
export function frameworkFiles(framework: BotFramework): readonly BotKitFile[] {
  switch (framework) {
    case 'betfairlightweight':
    case 'flumine':
      return [
        { name: KIT_CERT, role: 'certificate' },
        { name: KIT_KEY, role: 'privateKey' },
        { name: ENV_EXAMPLE_NAME, role: 'envExample' },
        { name: PYTHON_SETTINGS_NAME, role: 'settings' },
        { name: PYTHON_CHECK_NAME, role: 'check' },
      ];
    case 'dotnet':
      return [
        { name: PFX_NAME, role: 'keystore' },
        { name: DOTNET_CHECK_NAME, role: 'check' },
        { name: DOTNET_PROJECT_NAME, role: 'project' },
      ];
    case 'java':
      return [
        { name: P12_NAME, role: 'keystore' },
        { name: JAVA_CHECK_NAME, role: 'check' },
      ];
    case 'node':
      return [
        { name: KIT_CERT, role: 'certificate' },
        { name: KIT_KEY, role: 'privateKey' },
        { name: NODE_CHECK_NAME, role: 'check' },
      ];
  }
}

/** The exact list of a kit's files, in the order the README lists them. */
export function kitFiles(framework: BotFramework, withCli: boolean): readonly BotKitFile[] {
  return [
    ...frameworkFiles(framework),
    { name: README_NAME, role: 'readme' },
    ...(withCli ? [{ name: ONE_FILE_CLI_NAME, role: 'oneFileCli' } as const] : []),
  ];
}

/** Files that hold nothing of the bettor's but the public certificate: the certificate, the .csproj, the CLI. */
const PUBLIC_ROLES: ReadonlySet<BotKitFile['role']> = new Set(['certificate', 'project', 'oneFileCli']);

/** The key, the bundles and every file holding the application key (.env, the check, the README) are 0600. */
export function modeOf(file: BotKitFile): number {
  return PUBLIC_ROLES.has(file.role) ? PUBLIC_MODE : SECRET_MODE;
}
