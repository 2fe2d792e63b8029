/**
 * One engines range: package-lock.json repeats package.json's engines for the root package, and npm install
 * rewrites the lock when they differ (a fresh clone would be dirty at once).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface WithEngines {
  readonly engines?: { readonly node?: string };
}

describe('engines', () => {
  it('package-lock.json holds the same Node range as package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as WithEngines;
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      readonly packages: Readonly<Record<string, WithEngines>>;
    };
    expect(pkg.engines?.node).toBeDefined();
    expect(lock.packages['']?.engines?.node).toBe(pkg.engines?.node);
  });
});
