/**
 * Issue 26, repro 1: an application key is letters, digits, '-' and '_' only, wherever it enters: the CLI's
 * --app-key (login and kit), the app's kit input and handler, and the key list a server answers. The key that ran a
 * shell command from a kit (`LIVEKEY;{touch,/tmp/x};#`) is refused with words everywhere, before anything is
 * written or sent; usernames such as bettor@example.com and first.last still go into kits.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppKeyShape } from '../../../shared/app-key-shape.js';
import { KIT_USERNAME_SHAPE } from '../../../shared/bot-kit.js';
import { botKitInput } from '../../../shared/wizard-inputs.js';
import { switchLanguage, text } from '../../../shared/i18n/text.js';
import { readDeveloperApps } from '../../../electron/core/accounts/developer-apps.js';
import { writeBotKit } from '../../../electron/core/kit/index.js';
import { p12FromPem } from '../../../electron/core/certificates/index.js';
import { createKitCommand } from '../../../electron/cli/kit.js';
import { loginCommand } from '../../../electron/cli/login.js';
import { makeClientCertificate, type TestClientCertificate } from '../../fixtures/fake-sso/client-cert.js';
import { tempDir } from '../../support/temp-dir.js';
import { recordingIo } from '../../support/cli-io.js';

/** The issue's key, and others a shell, a header or source code would read as syntax. */
const HOSTILE_KEYS = [
  'LIVEKEY;{touch,/tmp/x};#',
  'KEY|id',
  'KEY&id',
  'KEY>out',
  'KEY<in',
  'KEY(x)',
  'KEY#x',
  'KEY$(id)',
  'KEY`id`',
  "KEY'x",
  'KEY"x',
  'KEY\\x',
  'KEY x',
  'KEY\nx',
  'KEY\r\nX-Other: 1',
  'KEY.x',
  'KEYé',
  'КЛЮЧ1234',
  'k'.repeat(257),
];
const GOOD_KEYS = ['abcDEF1234567890', 'Abc-12_x', 'k'.repeat(256)];

let root: string;
let cert: TestClientCertificate;
const certificateFlags = () => ['--jurisdiction', 'international', '--cert', cert.certPath, '--key', cert.keyPath];

beforeAll(async () => {
  await switchLanguage('en');
  root = tempDir('app-key-shape');
  cert = await makeClientCertificate(root);
});

describe('the application key shape', () => {
  it('is letters, digits, - and _ only, 1 to 256 characters', () => {
    for (const key of GOOD_KEYS) expect(isAppKeyShape(key), key).toBe(true);
    for (const key of [...HOSTILE_KEYS, '']) expect(isAppKeyShape(key), key).toBe(false);
  });

  it('usernames keep their own, wider rule (e-mail addresses and dotted names)', () => {
    for (const name of ['bettor@example.com', 'first.last', 'bettor_1'])
      expect(KIT_USERNAME_SHAPE.test(name)).toBe(true);
  });

  it("the app's kit input refuses such a key with words; usernames with @ and . pass", () => {
    for (const appKey of HOSTILE_KEYS) {
      const r = botKitInput.safeParse({ framework: 'node', username: 'bettor@example.com', appKey });
      expect(r.success, appKey).toBe(false);
      expect(r.error?.issues[0]?.message).toBe(text.KIT_ERROR_TEXT.badAppKey);
    }
    expect(botKitInput.safeParse({ framework: 'node', username: 'first.last', appKey: 'Abc-12_x' }).success).toBe(true);
  });

  it('the kit engine writes nothing for such a key', async () => {
    const parent = join(root, 'engine');
    mkdirSync(parent);
    const { readFile } = await import('node:fs/promises');
    const [certPem, keyPem] = await Promise.all([readFile(cert.certPath, 'utf8'), readFile(cert.keyPath, 'utf8')]);
    for (const appKey of HOSTILE_KEYS.slice(0, 6)) {
      const r = await writeBotKit(
        {
          parentDir: parent,
          framework: 'node',
          jurisdiction: 'international',
          username: 'bettor',
          appKey,
          certPem,
          keyPem,
          oneFileCli: null,
          platform: process.platform,
        },
        { makeKeystore: p12FromPem },
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: text.KIT_ERROR_TEXT.badAppKey } });
    }
    expect(readdirSync(parent)).toEqual([]);
  });

  it('bot-login kit --app-key refuses it (exit 2, words, no folder)', async () => {
    const dir = join(root, 'cli-kit');
    mkdirSync(dir);
    const args = (appKey: string) => [
      ...['--framework', 'node', '--dir', dir],
      ...certificateFlags(),
      ...['--username', 'bettor@example.com', '--app-key', appKey],
    ];
    for (const appKey of HOSTILE_KEYS.slice(0, 8)) {
      const io = recordingIo();
      expect(await createKitCommand({ oneFileCli: null }).run(args(appKey), io), appKey).toBe(2);
      expect(io.err()).toContain(text.KIT_ERROR_TEXT.badAppKey);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('bot-login login --app-key refuses it before the password is asked or read (exit 2)', async () => {
    const io = recordingIo({ BOTLOGIN_PASSWORD: 'pw' }, { interactive: true, answer: 'pw' });
    const code = await loginCommand.run(
      [...certificateFlags(), '--username', 'bettor', '--app-key', 'LIVEKEY;{touch,/tmp/x};#'],
      io,
    );
    expect(code).toBe(2);
    expect(io.prompts).toEqual([]);
    expect(io.err()).toContain('Check the application key');
  });

  it('a server\'s key list with such a key is refused as a whole (the key never reaches "Use this key")', () => {
    const app = (applicationKey: string) => [
      { appName: 'bot', appId: 1, appVersions: [{ applicationKey, version: '1.0', active: true }] },
    ];
    expect(readDeveloperApps(app('Abc-12_x'))?.[0]?.applicationKey).toBe('Abc-12_x');
    for (const key of HOSTILE_KEYS) expect(readDeveloperApps(app(key)), key).toBeNull();
  });
});
