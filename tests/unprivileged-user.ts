/**
 * Runs this Node as a normal user, as GitHub's runners do (they are not root; every machine here is). Not root: this
 * Node, as is. Root: through util-linux `setpriv` as `nobody` (uid and gid 65534, no extra groups), with this Node
 * hard-linked (or copied) into a temp folder that user may enter (root's own folders are closed to it).
 * Where neither works, a reason to skip with.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, linkSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type UnprivilegedNode =
  { readonly command: string; readonly args: readonly string[] } | { readonly skip: string };

const NOBODY = '65534';

function reachableNode(): string {
  const dir = mkdtempSync(join(tmpdir(), 'botlogin-node-for-nobody-'));
  chmodSync(dir, 0o755);
  const node = join(dir, 'node');
  try {
    linkSync(process.execPath, node);
  } catch {
    copyFileSync(process.execPath, node);
    chmodSync(node, 0o755);
  }
  return node;
}

export function unprivilegedNode(): UnprivilegedNode {
  if (process.platform === 'win32') return { skip: 'Windows has no root and no setpriv' };
  if (process.getuid?.() !== 0) return { command: process.execPath, args: [] };
  const setpriv = ['--reuid', NOBODY, '--regid', NOBODY, '--clear-groups'];
  try {
    execFileSync('setpriv', [...setpriv, 'true'], { stdio: 'ignore' });
  } catch {
    return { skip: 'running as root, and util-linux setpriv cannot drop to an unprivileged user here' };
  }
  return { command: 'setpriv', args: [...setpriv, '--', reachableNode()] };
}
