/**
 * A TCP relay that makes a loopback host behave as if it were far away: every byte waits half the round-trip time
 * in each direction, and the client's first bytes wait as long as a real TCP handshake would have held them (the
 * relay accepts at once, so the connect itself costs nothing here; a real one costs a round trip before the client
 * can send: its first bytes reach the server 1.5 RTT after the connect started). Order is kept per direction. One
 * relay per Betfair host, each on its own loopback address, so the connections a client opens to each host show.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface LatencyRelay {
  /** "127.0.0.N:PORT", what BOTLOGIN_TEST_HOSTS takes for this host. */
  readonly hostPort: string;
  /** Connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

/** Writes chunks to `to` no earlier than their release time, in order. */
function delayedPipe(from: Socket, to: Socket, oneWayMs: number, notBefore: number): void {
  const queue: Array<{ at: number; chunk: Buffer | null }> = [];
  let timer: NodeJS.Timeout | null = null;
  let last = notBefore;
  const drain = (): void => {
    timer = null;
    const now = performance.now();
    while (queue.length > 0 && (queue[0]?.at ?? Infinity) <= now + 0.5) {
      const item = queue.shift();
      if (item?.chunk === null) to.end();
      else if (item) to.write(item.chunk);
    }
    const next = queue[0];
    if (next) timer = setTimeout(drain, Math.max(0, next.at - performance.now()));
  };
  const push = (chunk: Buffer | null): void => {
    last = Math.max(performance.now() + oneWayMs, last);
    queue.push({ at: last, chunk });
    if (timer === null) timer = setTimeout(drain, Math.max(0, last - performance.now()));
  };
  from.on('data', (chunk: Buffer) => push(chunk));
  from.on('end', () => push(null));
}

export async function startLatencyRelay(
  listenHost: string,
  target: { readonly host: string; readonly port: number },
  rttMs: number,
): Promise<LatencyRelay> {
  let accepted = 0;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    accepted += 1;
    const acceptedAt = performance.now();
    const upstream = connect(target.port, target.host);
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('close', () => open.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    delayedPipe(client, upstream, rttMs / 2, acceptedAt + 1.5 * rttMs);
    delayedPipe(upstream, client, rttMs / 2, acceptedAt);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, listenHost, () => resolveListen());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    hostPort: `${listenHost}:${port}`,
    connections: () => accepted,
    close: () =>
      new Promise<void>((done) => {
        for (const s of open) s.destroy();
        server.close(() => done());
      }),
  };
}
