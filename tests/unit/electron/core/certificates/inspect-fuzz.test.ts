/** Damaged files of every shape: inspect always answers with findings, never throws, never hangs. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectCertificateFiles } from '../../../../../electron/core/certificates/index.js';
import { findingWords } from '../../../../../shared/finding-words.js';
import { FINDING_TEXT } from '../../../../../shared/i18n/en/finding-text.js';
import { tempDir } from '../../../../support/temp-dir.js';

const CORPUS = join(import.meta.dirname, '../../../../fixtures/bad-inputs');

/** Small deterministic PRNG (mulberry32) so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(source: Buffer, random: () => number): Buffer {
  const out = Buffer.from(source);
  const kind = Math.floor(random() * 3);
  if (kind === 0) {
    for (let i = 0; i < 1 + Math.floor(random() * 8); i += 1) {
      const at = Math.floor(random() * out.length);
      out[at] = (out[at] ?? 0) ^ (1 << Math.floor(random() * 8));
    }
    return out;
  }
  if (kind === 1) return out.subarray(0, Math.floor(random() * out.length));
  const at = Math.floor(random() * out.length);
  return Buffer.concat([out.subarray(0, at), out.subarray(at + 1 + Math.floor(random() * 40))]);
}

describe('inspect on damaged files', () => {
  it.each(['good.der', 'good.crt', 'key-first.pem', 'openssl3-default.p12', 'triple-des.pfx'])(
    'answers for 60 damaged copies of %s',
    async (name) => {
      const dir = tempDir('fuzz');
      const original = await readFile(join(CORPUS, name));
      const random = prng(name.length * 7919);
      for (let i = 0; i < Number(process.env.FUZZ_ROUNDS ?? 60); i += 1) {
        const path = join(dir, `${i}-${name}`);
        await writeFile(path, mutate(original, random));
        const started = Date.now();
        const result = await inspectCertificateFiles({
          paths: [path, join(CORPUS, 'good.key')],
          p12Password: 'corpus-pass',
        });
        expect(Date.now() - started, `${path}`).toBeLessThan(5000);
        expect(result.ok, path).toBe(true);
        if (!result.ok) continue;
        for (const f of result.value.findings)
          expect(findingWords(f, FINDING_TEXT), path).not.toMatch(/Error|undefined|\bat /);
        if (!result.value.usable) expect(result.value.findings.length, path).toBeGreaterThan(0);
      }
    },
    120_000,
  );
});
