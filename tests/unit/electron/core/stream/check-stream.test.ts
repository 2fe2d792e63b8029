/**
 * The Exchange Stream API engine against the fake stream endpoint, one mode at a time: every refusal code comes
 * back as not-allowed with its code, every fault as failed with the fault's code, always within the deadline, and
 * nothing ever throws. The server is trusted only through the test CA (verification stays on).
 */
import { createServer, type AddressInfo } from 'node:net';
import { rootCertificates } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStream, STREAM_DEADLINE_MS } from '../../../../../electron/core/stream/index.js';
import { streamEndpointFromEnv, type StreamEndpoint } from '../../../../../electron/core/transport/index.js';
import { startFakeSso, type FakeSso } from '../../../../fixtures/fake-sso/server.js';

let fake: FakeSso;
let endpoint: StreamEndpoint;
let ca: string[];

beforeAll(async () => {
  fake = await startFakeSso();
  const e = streamEndpointFromEnv({ BOTLOGIN_STREAM_ORIGIN: fake.streamHostPort });
  if (e === 'invalid') throw new Error('fake stream endpoint refused');
  endpoint = e;
  ca = [...rootCertificates, fake.caPem];
});
afterAll(async () => {
  await fake.close();
});

const check = (over: { timeoutMs?: number; ca?: readonly string[] | undefined; endpoint?: StreamEndpoint } = {}) =>
  checkStream({
    endpoint: over.endpoint ?? endpoint,
    ca: 'ca' in over ? over.ca : ca,
    appKey: 'SomeAppKey123456',
    token: 'not-a-session-of-the-fake',
    env: {},
    ...(over.timeoutMs !== undefined ? { timeoutMs: over.timeoutMs } : {}),
  });

describe('stream check: Betfair refusals are not-allowed with their code', () => {
  it.each([
    'NOT_AUTHORIZED',
    'NO_APP_KEY',
    'INVALID_APP_KEY',
    'NO_SESSION',
    'INVALID_SESSION_INFORMATION',
    'TOO_MANY_REQUESTS',
    'TIMEOUT',
    'UNEXPECTED_ERROR',
    'SOMETHING_NEW_FROM_BETFAIR',
  ])('%s', async (errorCode) => {
    fake.setStreamMode({ kind: 'error', errorCode });
    expect(await check()).toEqual({ status: 'not-allowed', host: fake.streamHostPort, errorCode });
  });

  it('MAX_CONNECTION_LIMIT_EXCEEDED keeps connectionsAvailable 0 (another program holds the connections)', async () => {
    fake.setStreamMode({ kind: 'error', errorCode: 'MAX_CONNECTION_LIMIT_EXCEEDED', connectionsAvailable: 0 });
    expect(await check()).toEqual({
      status: 'not-allowed',
      host: fake.streamHostPort,
      errorCode: 'MAX_CONNECTION_LIMIT_EXCEEDED',
      connectionsAvailable: 0,
    });
  });

  it('an unknown session in normal mode is INVALID_SESSION_INFORMATION (the fake checks what it got)', async () => {
    fake.setStreamMode({ kind: 'normal' });
    const before = fake.requests().length;
    expect(await check()).toMatchObject({ status: 'not-allowed', errorCode: 'INVALID_SESSION_INFORMATION' });
    const [auth] = fake.requests().slice(before);
    expect(auth).toMatchObject({ path: '(stream)', appKey: 'SomeAppKey123456', sessionMatched: false });
  });
});

describe('stream check: faults are failed with the fault, within the deadline', () => {
  it('a server that never speaks answers TIMEOUT within 15 s at the default deadline', async () => {
    fake.setStreamMode({ kind: 'hang' });
    const started = performance.now();
    const r = await check();
    const elapsed = performance.now() - started;
    expect(r).toEqual({ status: 'failed', host: fake.streamHostPort, errorCode: 'TIMEOUT' });
    expect(elapsed).toBeGreaterThanOrEqual(STREAM_DEADLINE_MS - 50);
    expect(elapsed).toBeLessThan(15_000);
  }, 20_000);

  it('a server that greets and then says nothing: TIMEOUT', async () => {
    fake.setStreamMode({ kind: 'hang-after-greeting' });
    expect(await check({ timeoutMs: 500 })).toMatchObject({ status: 'failed', errorCode: 'TIMEOUT' });
  });

  it('garbage instead of the protocol: UNEXPECTED_ANSWER', async () => {
    fake.setStreamMode({ kind: 'garbage' });
    expect(await check()).toMatchObject({ status: 'failed', errorCode: 'UNEXPECTED_ANSWER' });
  });

  it('a line past the size cap: UNEXPECTED_ANSWER, and the connection is dropped at once', async () => {
    fake.setStreamMode({ kind: 'huge' });
    const started = performance.now();
    expect(await check()).toMatchObject({ status: 'failed', errorCode: 'UNEXPECTED_ANSWER' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('closed before the status: CLOSED_EARLY', async () => {
    fake.setStreamMode({ kind: 'close-early' });
    expect(await check()).toMatchObject({ status: 'failed', errorCode: 'CLOSED_EARLY' });
  });

  it('a server this computer does not trust: SERVER_CERT_UNTRUSTED, nothing sent', async () => {
    fake.setStreamMode({ kind: 'normal' });
    const before = fake.requests().length;
    expect(await check({ ca: undefined })).toMatchObject({ status: 'failed', errorCode: 'SERVER_CERT_UNTRUSTED' });
    expect(
      fake
        .requests()
        .slice(before)
        .filter((r) => r.path === '(stream)'),
    ).toEqual([]);
  });

  it('nothing listening: CONNECTION_REFUSED', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((r) => server.close(() => r()));
    const closed = { ...endpoint, port, shown: `127.0.0.1:${port}` };
    expect(await check({ endpoint: closed })).toEqual({
      status: 'failed',
      host: `127.0.0.1:${port}`,
      errorCode: 'CONNECTION_REFUSED',
    });
  });
});

describe('stream check: SUCCESS counts only as the answer to our own authentication (issue 26, repro 5)', () => {
  const success = (extra: object = {}) => ({ op: 'status', statusCode: 'SUCCESS', connectionClosed: false, ...extra });
  const silence = () => [];

  it('a SUCCESS sent before the greeting (so before our authentication), even with our id: not streaming', async () => {
    for (const early of [success(), success({ id: 1 })]) {
      fake.setStreamMode({ kind: 'scripted', first: [early], greet: true, answer: silence });
      expect(await check({ timeoutMs: 2_000 })).toMatchObject({ status: 'failed', errorCode: 'UNEXPECTED_ANSWER' });
    }
  });

  it('a SUCCESS instead of the greeting: not streaming', async () => {
    fake.setStreamMode({ kind: 'scripted', first: [success({ id: 1 })], greet: false, answer: silence });
    expect(await check({ timeoutMs: 2_000 })).toMatchObject({ status: 'failed', errorCode: 'UNEXPECTED_ANSWER' });
  });

  it('a SUCCESS to our authentication that closes the connection (connectionClosed: true): not streaming', async () => {
    fake.setStreamMode({
      kind: 'scripted',
      first: [],
      greet: true,
      answer: (id) => [success({ id, connectionClosed: true })],
    });
    expect(await check({ timeoutMs: 2_000 })).toMatchObject({ status: 'failed', errorCode: 'UNEXPECTED_ANSWER' });
  });

  it('a SUCCESS without our id: not streaming', async () => {
    fake.setStreamMode({ kind: 'scripted', first: [], greet: true, answer: () => [success()] });
    expect(await check({ timeoutMs: 2_000 })).toMatchObject({ status: 'failed', errorCode: 'UNEXPECTED_ANSWER' });
  });

  it('a SUCCESS for another id is passed over: our own answer decides (here a refusal)', async () => {
    const refusal = { op: 'status', id: 1, statusCode: 'FAILURE', errorCode: 'NOT_AUTHORIZED', connectionClosed: true };
    fake.setStreamMode({ kind: 'scripted', first: [], greet: true, answer: () => [success({ id: 2 }), refusal] });
    expect(await check({ timeoutMs: 2_000 })).toMatchObject({ status: 'not-allowed', errorCode: 'NOT_AUTHORIZED' });
    fake.setStreamMode({ kind: 'scripted', first: [], greet: true, answer: () => [success({ id: 7 })] });
    expect(await check({ timeoutMs: 500 })).toMatchObject({ status: 'failed', errorCode: 'TIMEOUT' });
  });

  it('our own SUCCESS, after our authentication, with our id and the connection open: streaming', async () => {
    fake.setStreamMode({ kind: 'scripted', first: [], greet: true, answer: (id) => [success({ id })] });
    expect(await check({ timeoutMs: 2_000 })).toMatchObject({ status: 'allowed' });
  });
});
