/**
 * Files written next to the user's certificate (the .crt export, the reminder) are read only as plain files: a
 * symlink at the path (even to a file the app would call its own), a FIFO or a link to /dev/zero is "not ours" and is
 * left alone, answered at once, with nothing written through it.
 */
import { execFileSync } from 'node:child_process';
import { lstat, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOwnFile } from '../../../../electron/core/write-own-file.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'own-file-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const ours = (text: string): boolean => text.startsWith('OURS');

describe('writeOwnFile', () => {
  it('a symlink to a file that looks like ours is left alone (never replaced, never written through)', async () => {
    const target = join(root, 'elsewhere.crt');
    await writeFile(target, 'OURS old', { mode: 0o640 });
    const path = join(root, 'linked.crt');
    await symlink(target, path);
    expect(await writeOwnFile(path, 'OURS new', 0o644, ours)).toBe('exists');
    expect(await readFile(target, 'utf8')).toBe('OURS old');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect((await lstat(path)).isSymbolicLink()).toBe(true);
  });

  it.each(['fifo', '/dev/zero link'])('a %s at the path: "exists" at once, nothing read or written', async (kind) => {
    const path = join(root, `${kind === 'fifo' ? 'fifo' : 'zero'}.ics`);
    if (kind === 'fifo') execFileSync('mkfifo', [path]);
    else await symlink('/dev/zero', path);
    const start = performance.now();
    expect(await writeOwnFile(path, 'OURS', 0o644, ours)).toBe('exists');
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('a plain file of ours is replaced; a new one is written', async () => {
    const path = join(root, 'plain.crt');
    expect(await writeOwnFile(path, 'OURS 1', 0o644, ours)).toBe('written');
    expect(await writeOwnFile(path, 'OURS 2', 0o644, ours)).toBe('written');
    expect(await readFile(path, 'utf8')).toBe('OURS 2');
  });
});
