/**
 * The Python kits (betfairlightweight, flumine) followed as a bettor would: the kit folder copied elsewhere, README
 * step 2 done (.env made from .env.example, the password written between the quotes), nothing exported in the shell;
 * then the check runs, and the README's "In your bot" lines, pasted into a new .py file in the kit folder, log in.
 * The bot lines run against the betfairlightweight stand-in (tests/fixtures/betfairlightweight, see its README: the
 * library cannot be installed here); the check runs through it when it is there and through requests when not.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { posixWord } from '../../../../../electron/core/quote.js';
import type { JurisdictionId } from '../../../../../shared/jurisdictions.js';
import { switchLanguage, text } from '../../../../../shared/i18n/text.js';
import { DEFAULT_TEST_PASSWORD } from '../../../../fixtures/fake-sso/server.js';
import { loginFixtureForSuite } from '../../../../support/login-fixture-for-suite.js';
import { tempDir } from '../../../../support/temp-dir.js';
import { pemsOf, writeKit, type KitPems } from '../../../../support/test-kit.js';

const run = promisify(execFile);
const STAND_IN = resolve('tests/fixtures/betfairlightweight');
/** Not a shell variable name, so betfairlightweight's own os.environ[username] lookup could never serve it. */
const USERNAME = 'first.last@example.com';
const APP_KEY = 'DelayKeyFirstLast1';

const f = loginFixtureForSuite();
let pems: KitPems;

beforeAll(async () => {
  await switchLanguage('en');
  pems = pemsOf(f.cert);
  f.fake.addAccount(USERNAME, DEFAULT_TEST_PASSWORD, APP_KEY);
});

/** A kit, moved to another folder (the certs path must not depend on where it was made), with README step 2 done. */
async function preparedKit(framework: 'betfairlightweight' | 'flumine', jurisdiction: JurisdictionId): Promise<string> {
  const parent = tempDir('python-kit-parent');
  const kit = await writeKit(pems, { parentDir: parent, framework, jurisdiction, username: USERNAME, appKey: APP_KEY });
  const moved = join(f.root, `moved-${Math.random().toString(36).slice(2)}`, 'my bot');
  mkdirSync(join(moved, '..'), { recursive: true });
  cpSync(kit, moved, { recursive: true });
  const example = readFileSync(join(moved, '.env.example'), 'utf8');
  expect(example).toContain("BETFAIR_PASSWORD=''\n");
  writeFileSync(
    join(moved, '.env'),
    example.replace("BETFAIR_PASSWORD=''", `BETFAIR_PASSWORD=${posixWord(DEFAULT_TEST_PASSWORD)}`),
    { mode: 0o600 },
  );
  return moved;
}

/** A clean environment: only what the README says plus the test seam to the fake (and the stand-in when asked). */
function cleanEnv(withLibrary: boolean, log?: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: f.root,
    LANG: 'C.UTF-8',
    BOTLOGIN_SSO_ORIGIN: f.fake.origin,
    BOTLOGIN_SSO_CA: f.fake.caPath,
    ...(withLibrary ? { PYTHONPATH: STAND_IN } : {}),
    ...(log ? { BFLW_STANDIN_LOG: log } : {}),
  };
}

/** The indented lines under the README's "In your bot" heading. */
function botLines(readme: string): string {
  const heading = text.KIT_README_TEXT.inYourBotHeading;
  const start = readme.indexOf(`${heading}\n${'='.repeat(heading.length)}\n`);
  const after = readme.slice(start).split('\n').slice(2);
  const body = after.slice(
    0,
    after.findIndex((line, i) => i > 0 && /^=+$/.test(after[i + 1] ?? '')),
  );
  return body
    .filter((line) => line.startsWith('  ') || line === '')
    .map((line) => line.slice(2))
    .join('\n')
    .trim();
}

describe.each(['betfairlightweight', 'flumine'] as const)('the %s kit, as a bettor follows it', (framework) => {
  it('check_login.py logs in through betfairlightweight when it is installed, and says so', async () => {
    const dir = await preparedKit(framework, 'international');
    const log = join(dir, '..', 'urls.txt');
    const { stdout } = await run('python3', ['check_login.py'], { cwd: dir, env: cleanEnv(true, log) });
    expect(stdout).toBe(
      'Login path: betfairlightweight 2.22.0 (test stand-in) (the library your bot uses)\n' +
        'Login: SUCCESS\nKeep alive: SUCCESS\nAvailable to bet: 1234.56\nLogout: SUCCESS\nOK\n',
    );
    expect(readFileSync(log, 'utf8').split('\n').filter(Boolean)).toEqual([
      'https://identitysso-cert.betfair.com/api/certlogin',
      'https://identitysso.betfair.com/api/keepAlive',
      'https://api.betfair.com/exchange/account/json-rpc/v1',
      'https://identitysso.betfair.com/api/logout',
    ]);
    expect(f.fake.openSessions()).toBe(0);
  });

  it('check_login.py falls back to requests when betfairlightweight is not installed, and says so', async () => {
    const dir = await preparedKit(framework, 'international');
    const { stdout } = await run('python3', ['check_login.py'], { cwd: dir, env: cleanEnv(false) });
    expect(stdout).toBe(
      'Login path: requests (betfairlightweight is not installed here; your bot needs it)\n' +
        'Login: SUCCESS\nKeep alive: SUCCESS\nAvailable to bet: 1234.56\nLogout: SUCCESS\nOK\n',
    );
  });

  it("the README's bot lines, pasted into a new .py file in the kit folder, log in (run from another folder)", async () => {
    const dir = await preparedKit(framework, 'it');
    const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
    const lines = botLines(readme);
    expect(lines).toContain('trading = betfairlightweight.APIClient(**kit_settings.client_args())');
    if (framework === 'flumine') expect(lines).toContain('client = clients.BetfairClient(trading)');
    const bot = [lines, '', 'print("session:", bool(trading.session_token))', 'trading.logout()', ''].join('\n');
    writeFileSync(join(dir, 'my_bot.py'), bot);
    const log = join(dir, '..', 'bot-urls.txt');
    const before = f.fake.requests().length;
    const { stdout } = await run('python3', [join(dir, 'my_bot.py')], { cwd: f.root, env: cleanEnv(true, log) });
    expect(stdout).toBe('session: True\n');
    const login = f.fake.requests().slice(before)[0];
    expect(login).toMatchObject({ path: '/api/certlogin', username: USERNAME, passwordMatched: true });
    // Italian accounts: betfairlightweight's locale "italy" picks the .it hosts.
    expect(readFileSync(log, 'utf8').split('\n')[0]).toBe('https://identitysso-cert.betfair.it/api/certlogin');
  });
});

describe('kit_settings.py', () => {
  it('reads .env the way a POSIX shell does, and the environment wins', async () => {
    const dir = await preparedKit('betfairlightweight', 'international');
    const hostile = `it's "quoted" $HOME \`x\` ; | & £ é\nsecond line`;
    writeFileSync(
      join(dir, '.env'),
      `# comment\nexport BETFAIR_APP_KEY='K1'\nBETFAIR_PASSWORD=${posixWord(hostile)}\n`,
    );
    const script = 'import json, kit_settings; print(json.dumps(kit_settings.client_args()))';
    const { stdout } = await run('python3', ['-c', script], {
      cwd: dir,
      env: { PATH: process.env.PATH, LANG: 'C.UTF-8' },
    });
    const args = JSON.parse(stdout) as Record<string, string>;
    expect(args).toEqual({ username: USERNAME, password: hostile, app_key: 'K1', certs: join(resolve(dir), 'certs') });
    const shell = await run('bash', ['-c', 'set -a; . ./.env; printf %s "$BETFAIR_PASSWORD"'], { cwd: dir });
    expect(shell.stdout).toBe(hostile);
    const fromEnv = await run('python3', ['-c', script], {
      cwd: dir,
      env: { PATH: process.env.PATH, LANG: 'C.UTF-8', BETFAIR_PASSWORD: 'from the environment' },
    });
    expect((JSON.parse(fromEnv.stdout) as Record<string, string>).password).toBe('from the environment');
  });

  it('without .env, says which settings to write and where', async () => {
    const dir = await preparedKit('flumine', 'international');
    writeFileSync(join(dir, '.env'), '');
    const failed = await run('python3', ['check_login.py'], { cwd: dir, env: cleanEnv(false) }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('Write BETFAIR_APP_KEY and BETFAIR_PASSWORD in');
  });
});
