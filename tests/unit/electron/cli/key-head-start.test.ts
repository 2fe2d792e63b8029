/**
 * generate's early key search (electron/cli/key-head-start.ts): started for a real run, not for its help, taken once,
 * and taken by the command (whose key and certificate then match).
 */
import { X509Certificate, createPublicKey } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startKeySearch, takeKeySearch } from '../../../../electron/cli/key-head-start.js';
import { generateCommand } from '../../../../electron/cli/generate.js';
import { recordingIo } from '../../../support/cli-io.js';

describe('generate starts its key search first', () => {
  it('not for --help or -h (before a lone --), once for a run', async () => {
    startKeySearch(['--help']);
    expect(takeKeySearch()).toBeUndefined();
    startKeySearch(['--dir', 'x', '-h']);
    expect(takeKeySearch()).toBeUndefined();
    startKeySearch(['--dir', 'x', '--', '--help']);
    const search = takeKeySearch();
    expect(search).toBeDefined();
    expect(takeKeySearch()).toBeUndefined();
    const keys = await search;
    expect(keys?.privateKeyPem).toContain('BEGIN PRIVATE KEY');
  });

  it('the command takes the search started for it, and its key and certificate match', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'botlogin-key-head-start-'));
    startKeySearch(['--dir', dir]);
    const io = recordingIo();
    expect(await generateCommand.run(['--dir', dir], io)).toBe(0);
    expect(takeKeySearch()).toBeUndefined();
    const certificate = new X509Certificate(await readFile(join(dir, 'client-2048.crt')));
    const key = createPublicKey(await readFile(join(dir, 'client-2048.key'), 'utf8'));
    expect(certificate.publicKey.export({ type: 'spki', format: 'pem' })).toBe(
      key.export({ type: 'spki', format: 'pem' }),
    );
  });
});
