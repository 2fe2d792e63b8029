/**
 * Whether the Node running this is one the project supports: package.json's `engines` (">=X.Y.Z", read from there,
 * not written again). For the bench's first line and the tests of .ci/supported-node.sh.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
  engines: { node: string };
};

/** The lowest supported version, e.g. "22.12.0". */
export const LOWEST_SUPPORTED_NODE = pkg.engines.node.replace(/^>=\s*/, '');

export function runsOnSupportedNode(version: string = process.versions.node): boolean {
  const have = version.split('.').map(Number);
  const need = LOWEST_SUPPORTED_NODE.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
