/**
 * A full disk (or any failed write) never leaves a temp file behind: a partial private key must not stay on disk.
 * As root the test mounts a real 64 KB tmpfs and fills it; otherwise (and in addition) a write error is injected.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, open, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  replaceFileAtomically,
  writeFilesAtomically,
  type AtomicWriteFs,
} from '../../../../../electron/core/certificates/atomic-write.js';

const KEY = `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(64)}\n`.repeat(120); // about 8 KB

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function mountTmpfs(dir: string): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('temp files on a failed write', () => {
  it('a full disk (a real 64 KB tmpfs, as root) leaves no .client-2048.key.<hex>.tmp behind', async (ctx) => {
    const dir = join(root, 'small-disk');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir);
    if (!mountTmpfs(dir)) {
      ctx.skip(); // SKIP: not root or no tmpfs here; the injected write error below covers the same path
      return;
    }
    try {
      // Leave one 4 KB page free, then write an 8 KB key and a certificate.
      await writeFile(join(dir, 'filler'), Buffer.alloc(60 * 1024));
      const files = [
        { path: join(dir, 'client-2048.key'), data: KEY, mode: 0o600 },
        { path: join(dir, 'client-2048.crt'), data: 'crt', mode: 0o644 },
      ];
      await expect(writeFilesAtomically(files)).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await readdir(dir)).toEqual(['filler']);
      await expect(
        replaceFileAtomically({ path: join(dir, 'client-2048.key'), data: KEY, mode: 0o600 }),
      ).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(await readdir(dir)).toEqual(['filler']);
    } finally {
      execFileSync('umount', [dir]);
    }
  });

  it('an injected write error part-way (after the first bytes) leaves no temp file, for every file of the set', async () => {
    const dir = await mkdtemp(join(root, 'injected-'));
    let opened = 0;
    const failing: AtomicWriteFs = {
      chmod,
      open: (async (path: string, flags: number, mode: number) => {
        const handle = await open(path, flags, mode);
        opened += 1;
        if (opened < 2) return handle;
        // The second file: some bytes land, then the disk is full.
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async (data: string | Buffer) => {
            await handle.write(Buffer.from(data).subarray(0, 100));
            throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      }) as AtomicWriteFs['open'],
    };
    const files = [
      { path: join(dir, 'client-2048.crt'), data: 'crt', mode: 0o644 },
      { path: join(dir, 'client-2048.key'), data: KEY, mode: 0o600 },
    ];
    await expect(writeFilesAtomically(files, failing)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(dir)).toEqual([]);
    opened = 1;
    await expect(
      replaceFileAtomically({ path: join(dir, 'client-2048.key'), data: KEY, mode: 0o600 }, failing),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a failed chmod after a whole write also removes the temp file', async () => {
    const dir = await mkdtemp(join(root, 'chmod-'));
    const failing: AtomicWriteFs = {
      open,
      chmod: async () => {
        throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      },
    };
    await expect(
      writeFilesAtomically([{ path: join(dir, 'client-2048.key'), data: KEY, mode: 0o600 }], failing),
    ).rejects.toMatchObject({ code: 'EPERM' });
    expect(await readdir(dir)).toEqual([]);
  });
});
