/** Test helper: `bot-login login` pointed at the fake identitysso of a login fixture (its arguments and environment). */
import { loginCommand } from '../../electron/cli/login.js';
import { DEFAULT_APP_KEYS } from '../fixtures/fake-sso/server.js';
import type { TestClientCertificate } from '../fixtures/fake-sso/client-cert.js';
import { DEFAULT_TEST_PASSWORD, type LoginFixture } from './login-fixture.js';
import { runCli, type CliEntry, type CliRun, type RecordingIoOptions } from './cli-io.js';

export interface FakeLoginArgsOptions {
  /** The --username; the fake's default account unless given. */
  readonly username?: string;
  /** The --app-key; the default account's live key unless given; null leaves the option out. */
  readonly appKey?: string | null;
}

/** `--jurisdiction international --cert … --key … --username … --app-key …` for the fixture's certificate pair. */
export function fakeLoginArgs(
  f: { readonly cert: Pick<TestClientCertificate, 'certPath' | 'keyPath'> },
  options: FakeLoginArgsOptions = {},
): string[] {
  const appKey = options.appKey === undefined ? DEFAULT_APP_KEYS.live : options.appKey;
  return [
    '--jurisdiction',
    'international',
    '--cert',
    f.cert.certPath,
    '--key',
    f.cert.keyPath,
    '--username',
    options.username ?? 'bettor',
    ...(appKey === null ? [] : ['--app-key', appKey]),
  ];
}

/** The environment a login against the fake needs: its origins and CA, a data folder, the fake's password. */
export function fakeLoginEnv(f: LoginFixture, dataDir: string): Record<string, string> {
  return { ...f.env, BOTLOGIN_DATA_DIR: dataDir, BOTLOGIN_PASSWORD: DEFAULT_TEST_PASSWORD };
}

export interface FakeCliRun extends CliRun {
  /** The fresh data folder the run was given. */
  readonly dataDir: string;
}

/**
 * Runs `argv` through `entry` in this process against the fake: its environment with a fresh data folder and the
 * fake's password, `env` over it (a value of undefined removes a variable).
 */
export async function cliAgainstFake(
  f: LoginFixture,
  entry: CliEntry,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
  options: RecordingIoOptions = {},
): Promise<FakeCliRun> {
  const dataDir = await f.newDataDir();
  return { ...(await runCli(entry, argv, { ...fakeLoginEnv(f, dataDir), ...env }, options)), dataDir };
}

/** The options of a `login` run in this process: `env` over the fake's, and the command (loginCommand unless given). */
export type LoginRunOptions = RecordingIoOptions & {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly command?: CliEntry;
};

/** `bot-login login ARGS` in this process against the fake of `f`, with a fresh data folder and the fake's password. */
export function loginInProcess(
  f: LoginFixture,
): (args: readonly string[], opts?: LoginRunOptions) => Promise<FakeCliRun> {
  return (args, opts = {}) => cliAgainstFake(f, opts.command ?? loginCommand, args, opts.env, opts);
}
