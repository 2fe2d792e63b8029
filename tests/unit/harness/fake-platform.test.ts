import { existsSync, mkdtempSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createFakePlatform, PICKED_FOLDER_NAME } from '../../harness/fake-platform.js';

describe('the harness fake platform', () => {
  const certDir = mkdtempSync(join(tmpdir(), 'harness-platform-'));

  it('records URLs, reveals and files to open instead of opening them', async () => {
    const platform = createFakePlatform({ certDir });
    await platform.openExternal('https://myaccount.betfair.com/accountdetails/mysecurity?showAPI=1');
    platform.showItemInFolder('/tmp/client-2048.crt');
    await platform.openPath('/tmp/betfair-certificate-renewal.ics');
    expect(platform.opened()).toEqual([
      { kind: 'url', url: 'https://myaccount.betfair.com/accountdetails/mysecurity?showAPI=1' },
      { kind: 'reveal', path: '/tmp/client-2048.crt' },
      { kind: 'open-file', path: '/tmp/betfair-certificate-renewal.ics' },
    ]);
  });

  it('answers the folder picker with a folder under BOTLOGIN_CERT_DIR that exists', async () => {
    const folder = await createFakePlatform({ certDir }).chooseFolder();
    expect(folder).toBe(join(certDir, PICKED_FOLDER_NAME));
    expect(existsSync(folder ?? '')).toBe(true);
  });

  it('answers the file picker from BOTLOGIN_HARNESS_PICK, then from what a test sets', async () => {
    const platform = createFakePlatform({ certDir, pick: ['/a/x.crt', '/a/x.key'].join(delimiter) });
    expect(await platform.chooseCertificateFiles()).toEqual(['/a/x.crt', '/a/x.key']);
    platform.setPick(['/b/y.p12']);
    expect(await platform.chooseCertificateFiles()).toEqual(['/b/y.p12']);
    expect(await createFakePlatform({ certDir }).chooseCertificateFiles()).toEqual([]);
  });
});
