/**
 * The Electron Platform against a recording fake `electron`: links and "show in folder" reach Electron's shell, and
 * the test seam (BOTLOGIN_TEST_RECORD_OPENED) records them instead only in an unpackaged app.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronPlatform } from '../../../../electron/main/platform.js';
import { RECORD_OPENED_ENV } from '../../../../electron/main/test-seam.js';
import { securityPageUrl } from '../../../../shared/jurisdictions.js';
import { tempDir } from '../../../support/temp-dir.js';

const fake = vi.hoisted(() => ({
  isPackaged: false,
  opened: [] as string[],
  revealed: [] as string[],
}));

vi.mock('electron', () => {
  const electron = {
    app: {
      get isPackaged() {
        return fake.isPackaged;
      },
    },
    shell: {
      openExternal(url: string) {
        fake.opened.push(url);
        return Promise.resolve();
      },
      showItemInFolder(path: string) {
        fake.revealed.push(path);
      },
    },
    dialog: {},
  };
  return { default: electron, ...electron };
});

const SECURITY_PAGE = securityPageUrl('international');
let recordFile: string;

beforeEach(() => {
  fake.isPackaged = false;
  fake.opened.length = 0;
  fake.revealed.length = 0;
  recordFile = join(tempDir('opened'), 'opened.jsonl');
});

afterEach(() => {
  delete process.env[RECORD_OPENED_ENV];
});

function recorded(): unknown[] {
  if (!existsSync(recordFile)) return [];
  return readFileSync(recordFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}

describe('electronPlatform', () => {
  it('opens allow-listed links and reveals files with Electron shell when the seam is off', async () => {
    const platform = electronPlatform(() => null);
    await platform.openExternal(SECURITY_PAGE);
    platform.showItemInFolder('/home/me/betfair-certs/./client-2048.crt');
    expect(fake.opened).toEqual([SECURITY_PAGE]);
    expect(fake.revealed).toEqual([normalize('/home/me/betfair-certs/client-2048.crt')]);
    await expect(platform.openExternal('https://evil.example/')).rejects.toThrow();
    expect(fake.opened).toHaveLength(1);
  });

  it('records instead of opening in an unpackaged app with BOTLOGIN_TEST_RECORD_OPENED (allow-list still applies)', async () => {
    process.env[RECORD_OPENED_ENV] = recordFile;
    const platform = electronPlatform(() => null);
    await platform.openExternal(SECURITY_PAGE);
    platform.showItemInFolder('/home/me/betfair-certs/client-2048.crt');
    await expect(platform.openExternal('https://evil.example/')).rejects.toThrow();
    expect(recorded()).toEqual([
      { kind: 'external', url: SECURITY_PAGE },
      { kind: 'reveal', path: normalize('/home/me/betfair-certs/client-2048.crt') },
    ]);
    expect([fake.opened, fake.revealed]).toEqual([[], []]);
  });

  it('ignores the seam in an installed (packaged) app', async () => {
    fake.isPackaged = true;
    process.env[RECORD_OPENED_ENV] = recordFile;
    const platform = electronPlatform(() => null);
    await platform.openExternal(SECURITY_PAGE);
    platform.showItemInFolder('/home/me/betfair-certs/client-2048.crt');
    expect(fake.opened).toEqual([SECURITY_PAGE]);
    expect(fake.revealed).toHaveLength(1);
    expect(existsSync(recordFile)).toBe(false);
  });
});
