/**
 * TLS settings for a login (client certificate) or an Accounts API call (no client certificate). With Node's
 * default roots no `ca` is passed (Node's shared root store is used). A test endpoint adds its CA to the roots,
 * and building a context from ~140 root certificates costs tens of milliseconds, so the contexts are kept (at most
 * two: the login's and the Accounts API's; dropped after a few idle minutes so the key does not linger in memory).
 */
import { createHash } from 'node:crypto';
import { createSecureContext, type SecureContext } from 'node:tls';

export interface ClientCertificate {
  readonly cert: string;
  readonly key: string;
}

export interface TlsMaterial {
  /** The client certificate for mutual TLS; undefined for plain HTTPS (the Accounts API). */
  readonly client: ClientCertificate | undefined;
  /** Roots + test CA for a test endpoint; undefined for Node's default roots. */
  readonly ca: readonly string[] | undefined;
}

const IDLE_MS = 5 * 60_000;

const MAX_CONTEXTS = 2;

const cached = new Map<string, SecureContext>();
let idleTimer: NodeJS.Timeout | null = null;

function idOf(material: TlsMaterial): string {
  const h = createHash('sha256');
  h.update(material.client?.cert ?? '')
    .update('\0')
    .update(material.client?.key ?? '')
    .update('\0');
  for (const pem of material.ca ?? []) h.update(pem).update('\0');
  return h.digest('hex');
}

/** The request options that carry the client certificate and the trust settings. */
export function tlsOptionsFor(
  material: TlsMaterial,
): { secureContext: SecureContext } | { cert: string; key: string } | Record<string, never> {
  if (material.ca === undefined) return material.client ? { cert: material.client.cert, key: material.client.key } : {};
  const id = idOf(material);
  let context = cached.get(id);
  if (context === undefined) {
    context = createSecureContext({ ...(material.client ?? {}), ca: [...material.ca] });
    if (cached.size >= MAX_CONTEXTS) cached.clear();
    cached.set(id, context);
  }
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    cached.clear();
    idleTimer = null;
  }, IDLE_MS);
  idleTimer.unref();
  return { secureContext: context };
}
