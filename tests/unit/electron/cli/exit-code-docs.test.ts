/** docs/cli.md's exit-code table says what the code does: each row's number and name are EXIT's, all of them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../../electron/cli/exit-codes.js';

function documentedExits(): Record<string, number> {
  const rows = readFileSync('docs/cli.md', 'utf8')
    .split('\n')
    .map((line) => /^\| (\d) \| `(\w+)` \|/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null);
  return Object.fromEntries(rows.map((m) => [m[2] ?? '', Number(m[1])]));
}

describe('docs/cli.md exit codes', () => {
  it('has one row for each of the code’s exit codes, with its number', () => {
    expect(documentedExits()).toEqual({ ...EXIT });
  });

  it('says exit 5 for no key and for the delayed key, and never that 0 comes without a key', () => {
    const doc = readFileSync('docs/cli.md', 'utf8');
    const five = doc.split('\n').find((l) => l.startsWith('| 5 |')) ?? '';
    expect(five).toMatch(/no key given/);
    expect(five).toMatch(/delayed key/);
    expect(doc).not.toMatch(/or none was given/);
  });
});
