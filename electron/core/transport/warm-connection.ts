/**
 * Connections opened ahead of time: while the certlogin is in flight, the TCP + TLS handshakes to the other hosts
 * (identitysso for keepAlive and the logout, the Accounts API, the Exchange Stream API) run at the same time, so
 * the calls on the session start with the connection ready. Nothing is written on a warm connection (TLS only)
 * until a caller takes it with the session. Same TLS options as a cold connection (verification always on, the
 * test endpoint's CA added to the roots, never instead). A warm connection that failed, closed or waited longer
 * than WARM_MAX_AGE_MS is not handed out: the caller connects anew, so its faults and deadlines are the usual ones.
 * Whatever is not taken is closed with close().
 */
import { Agent, type RequestOptions } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { connect, type TLSSocket } from 'node:tls';
import type { Duplex } from 'node:stream';
import { tlsOptionsFor, type TlsMaterial } from './secure-context-cache.js';
import { loopbackConnection } from './test-endpoint-policy.js';
import type { StreamEndpoint } from './stream-endpoint.js';

/** A certlogin answers in well under a second; a warm connection older than this may have been closed by now. */
export const WARM_MAX_AGE_MS = 5_000;

export interface WarmConnection {
  /** The socket, once, while it is usable; null otherwise (then the caller connects as usual). */
  take(): TLSSocket | null;
  /** Closes the socket unless it was taken. */
  close(): void;
}

interface Dial {
  readonly host: string;
  readonly port: number;
  readonly servername: string | undefined;
  readonly lookup?: LookupFunction;
}

/** `flowing`: HTTPS sends nothing before a request, so reading at once sees a close; the stream's greeting must wait. */
function warm(dial: Dial, material: TlsMaterial, flowing: boolean): WarmConnection {
  const openedAt = performance.now();
  let usable = true;
  let taken = false;
  let socket: TLSSocket | null = null;
  try {
    socket = connect({
      host: dial.host,
      port: dial.port,
      ...(dial.servername !== undefined ? { servername: dial.servername } : {}),
      ...(dial.lookup !== undefined ? { lookup: dial.lookup } : {}),
      ...tlsOptionsFor(material),
      rejectUnauthorized: true,
    });
  } catch {
    usable = false;
  }
  const unusable = (): void => {
    usable = false;
  };
  socket?.on('error', unusable);
  socket?.on('close', unusable);
  socket?.on('end', unusable);
  if (flowing) socket?.resume();
  return {
    take() {
      if (taken || !usable || socket === null || socket.destroyed) return null;
      if (performance.now() - openedAt > WARM_MAX_AGE_MS) return null;
      taken = true;
      return socket;
    },
    close() {
      if (!taken) socket?.destroy();
    },
  };
}

/** A warm connection to an https URL's host, as https.request would open it. */
export function warmHttps(url: URL, material: TlsMaterial): WarmConnection {
  const { hostname, lookup } = loopbackConnection(url);
  const servername = isIP(hostname) === 0 ? hostname : undefined;
  return warm(
    { host: hostname, port: Number(url.port || 443), servername, ...(lookup ? { lookup } : {}) },
    material,
    true,
  );
}

/** A warm connection to the Exchange Stream API, as converseInLines would open it. */
export function warmStream(endpoint: StreamEndpoint, ca: readonly string[] | undefined): WarmConnection {
  return warm(
    { host: endpoint.connectHost, port: endpoint.port, servername: endpoint.servername },
    { client: undefined, ca },
    false,
  );
}

/** A keep-alive agent (one socket) whose first connection is the warm one, when it is still usable. */
class WarmAgent extends Agent {
  readonly #warm: WarmConnection;
  constructor(connection: WarmConnection) {
    super({ keepAlive: true, maxSockets: 1 });
    this.#warm = connection;
  }
  override createConnection(
    options: RequestOptions,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    return this.#warm.take() ?? super.createConnection(options, callback);
  }
  override destroy(): void {
    this.#warm.close();
    super.destroy();
  }
}

/** The agent for the calls to one host: the warm connection first, then (if it is gone) a new one. */
export function agentWith(connection: WarmConnection): Agent {
  return new WarmAgent(connection);
}
