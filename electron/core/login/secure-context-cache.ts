/**
 * TLS settings for a login. With Node's default roots no `ca` is passed (Node's shared root store is used).
 * A test endpoint adds its CA to the roots, and building a context from ~140 root certificates costs tens of
 * milliseconds, so that one context is kept (one entry, dropped after a few idle minutes so the key does not
 * linger in memory).
 */
import { createHash } from 'node:crypto';
import { createSecureContext, type SecureContext } from 'node:tls';

export interface TlsMaterial {
  readonly cert: string;
  readonly key: string;
  /** Roots + test CA for a test endpoint; undefined for Node's default roots. */
  readonly ca: readonly string[] | undefined;
}

const IDLE_MS = 5 * 60_000;

let cached: { readonly id: string; readonly context: SecureContext } | null = null;
let idleTimer: NodeJS.Timeout | null = null;

function idOf(material: TlsMaterial): string {
  const h = createHash('sha256');
  h.update(material.cert).update('\0').update(material.key).update('\0');
  for (const pem of material.ca ?? []) h.update(pem).update('\0');
  return h.digest('hex');
}

/** The request options that carry the client certificate and the trust settings. */
export function tlsOptionsFor(material: TlsMaterial): { secureContext: SecureContext } | { cert: string; key: string } {
  if (material.ca === undefined) return { cert: material.cert, key: material.key };
  const id = idOf(material);
  if (cached?.id !== id) {
    cached = { id, context: createSecureContext({ cert: material.cert, key: material.key, ca: [...material.ca] }) };
  }
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    cached = null;
    idleTimer = null;
  }, IDLE_MS);
  idleTimer.unref();
  return { secureContext: cached.context };
}
