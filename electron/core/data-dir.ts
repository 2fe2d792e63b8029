/**
 * Where the app keeps settings and the login guard's state. The CLI uses the same folder as the
 * desktop app (Electron's userData for productName "Bot Login Wizard"), so a ban seen by one is
 * honoured by the other. BOTLOGIN_DATA_DIR overrides it (tests, headless servers).
 */
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import { ENV } from '../../shared/env-names.js';

export const PRODUCT_NAME = 'Bot Login Wizard';

export type Env = Readonly<Record<string, string | undefined>>;

/** The path rules of the OS the folder is for (backslashes and drive letters on Windows), whatever OS runs this. */
function pathsOf(platform: NodeJS.Platform): typeof posix {
  return platform === 'win32' ? win32 : posix;
}

export function resolveDataDir(
  env: Env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env[ENV.dataDir]?.trim();
  if (override) return override;
  const join = pathsOf(platform).join.bind(null);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}

/** Default folder for new certificates: BOTLOGIN_CERT_DIR, else ~/betfair-certs. */
export function resolveDefaultCertificateDir(
  env: Env,
  home: string = homedir(),
  platform: NodeJS.Platform = process.platform,
): string {
  const override = env[ENV.certDir]?.trim();
  if (override) return override;
  return pathsOf(platform).join(home, 'betfair-certs');
}
