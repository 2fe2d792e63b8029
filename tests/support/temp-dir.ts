/** Test helper: a fresh folder under the system's temporary folder (the tests' one temp-dir helper). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new empty folder named botlogin-<prefix>-XXXXXX. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `botlogin-${prefix}-`));
}
