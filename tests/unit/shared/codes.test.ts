import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAULT_CLASSES, FINDING_CODES, faultClassOf, isFaultCode, isFindingCode } from '../../../shared/codes.js';
import { ENV } from '../../../shared/env-names.js';
import { FINDING_TEXT } from '../../../shared/i18n/en/finding-text.js';
import { FAULT_TEXT } from '../../../shared/i18n/en/faults.js';

const ROOT = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('shared/codes.ts', () => {
  it('has words for every fault and every finding, and no words for a code it does not know', () => {
    expect(Object.keys(FAULT_TEXT).sort()).toEqual(Object.keys(FAULT_CLASSES).sort());
    expect(Object.keys(FINDING_TEXT).sort()).toEqual([...FINDING_CODES].sort());
  });

  it('tells codes apart and gives every other code the bad-input class', () => {
    expect(isFaultCode('TIMEOUT')).toBe(true);
    expect(isFaultCode('toString')).toBe(false);
    expect(isFindingCode('KEY_MISMATCH')).toBe(true);
    expect(isFindingCode('TIMEOUT')).toBe(false);
    expect(faultClassOf('GUARD_BUSY')).toBe('held-back');
    expect(faultClassOf('PROXY')).toBe('no-answer');
    expect(faultClassOf('P12_WRONG_PASSWORD')).toBe('bad-input');
    expect(faultClassOf('USAGE')).toBe('bad-input');
  });
});

describe('shared/env-names.ts', () => {
  it('is the only source file that spells an environment variable name as a string', () => {
    const names = Object.values(ENV);
    const offenders = ['electron', 'shared', 'renderer']
      .flatMap((d) => sources(join(ROOT, d)))
      .filter((f) => !f.endsWith('env-names.ts'))
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return names.some((n) => ["'", '"', '`'].some((q) => text.includes(`${q}${n}`)));
      });
    expect(offenders).toEqual([]);
  });
});
