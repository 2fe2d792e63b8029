import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  readonly appId?: string;
  readonly productName?: string;
  readonly asar?: boolean;
  readonly files?: readonly string[];
  readonly icon?: string;
  readonly electronFuses?: Readonly<Record<string, boolean>>;
  readonly linux?: { readonly target?: readonly string[]; readonly maintainer?: string; readonly category?: string };
  readonly win?: { readonly target?: readonly string[] };
  readonly mac?: {
    readonly target?: ReadonlyArray<{ readonly target: string; readonly arch: readonly string[] }>;
    readonly hardenedRuntime?: boolean;
    readonly entitlements?: string;
  };
  readonly publish?: ReadonlyArray<Readonly<Record<string, string>>>;
  readonly extraMetadata?: { readonly main?: string };
}

function loadConfig(): { raw: unknown; config: BuilderConfig } {
  const raw = yaml.load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8'));
  return { raw, config: raw as BuilderConfig };
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own JSON schema (app-builder-lib/scheme.json)", () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const { raw } = loadConfig();
    const valid = validate(raw);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check really rejects a broken config (the test can fail)', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    const { raw } = loadConfig();
    expect(validate({ ...(raw as object), asar: 'yes please' })).toBe(false);
    expect(validate({ ...(raw as object), electronFuses: { runAsNode: 'off' } })).toBe(false);
    expect(validate({ ...(raw as object), notAnOption: true })).toBe(false);
  });

  it("passes electron-builder's own loader and validator (getConfig + validateConfiguration)", async () => {
    const config = require('app-builder-lib/out/util/config/config.js') as {
      getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<object>;
      validateConfiguration(config: object, logger: object): Promise<void>;
    };
    const { DebugLogger } = require('builder-util/out/DebugLogger.js') as {
      DebugLogger: new (enabled: boolean) => object;
    };
    const loaded = await config.getConfig(root, resolve(root, 'electron-builder.yml'), null);
    await expect(config.validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      config.validateConfiguration({ ...loaded, asar: 'yes please' }, new DebugLogger(false)),
    ).rejects.toThrow(/configuration/i);
  });

  it('flips the security fuses', () => {
    const { config } = loadConfig();
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names the app, packs an asar from an allow-list of built files, and starts the built main', () => {
    const { config } = loadConfig();
    expect(config.appId).toBe('com.botloginwizard.app');
    expect(config.productName).toBe('Bot Login Wizard');
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/main/**', 'dist/preload/**', 'dist/renderer/**', 'package.json']),
    );
    expect(
      config.files?.filter((f) => !f.startsWith('!')).every((f) => f.startsWith('dist/') || f === 'package.json'),
    ).toBe(true);
    expect(config.extraMetadata?.main).toBe('dist/main/main.cjs');
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/main.cjs');
  });

  it('builds AppImage + deb (with a maintainer), nsis, and dmg + zip for Apple silicon and Intel, with a 512x512 icon', () => {
    const { config } = loadConfig();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.maintainer).toMatch(/.+ <.+@.+>/);
    expect(config.linux?.category).toBeTruthy();
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual([
      { target: 'dmg', arch: ['arm64', 'x64'] },
      { target: 'zip', arch: ['arm64', 'x64'] },
    ]);
    const icon = readFileSync(resolve(root, config.icon ?? 'missing'));
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]);
    expect(statSync(resolve(root, config.icon ?? 'missing')).size).toBeGreaterThan(500);
  });

  it('macOS: hardened runtime with JIT only; the ad-hoc variant adds library validation off, nothing else', () => {
    const { config } = loadConfig();
    expect(config.mac?.hardenedRuntime).toBe(true);
    const keys = (file: string): string[] =>
      [...readFileSync(resolve(root, file), 'utf8').matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1] ?? '');
    expect(keys(config.mac?.entitlements ?? 'missing')).toEqual(['com.apple.security.cs.allow-jit']);
    expect(keys('electron/resources/entitlements.mac.adhoc.plist')).toEqual([
      'com.apple.security.cs.allow-jit',
      'com.apple.security.cs.disable-library-validation',
    ]);
  });

  it('publishes to a draft GitHub release of the repository package.json names (where the updater looks)', () => {
    const { config } = loadConfig();
    expect(config.publish).toEqual([{ provider: 'github', releaseType: 'draft' }]);
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
      repository: { url: string };
      homepage: string;
    };
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
  });
});
