/**
 * BOTLOGIN_STREAM_ORIGIN: tests only, `host:port` on this computer only (the same loopback policy as
 * BOTLOGIN_SSO_ORIGIN), never with Betfair's real login, and gone from a packaged app's environment.
 */
import { describe, expect, it } from 'vitest';
import {
  BETFAIR_STREAM_ENDPOINT,
  foreignStreamOrigin,
  resolveLoginTarget,
  streamEndpointFromEnv,
  usesTestEndpoint,
  withoutTestEndpoint,
} from '../../../../../electron/core/transport/index.js';

const SSO = { BOTLOGIN_SSO_ORIGIN: 'https://127.0.0.1:8443' };

describe('the stream endpoint', () => {
  it('is stream-api.betfair.com:443 when nothing is set, for every jurisdiction', async () => {
    expect(streamEndpointFromEnv({})).toBe(BETFAIR_STREAM_ENDPOINT);
    for (const j of ['international', 'au', 'it', 'es', 'ro', 'se'] as const) {
      const t = await resolveLoginTarget(j, {});
      expect(t.ok && t.value.stream?.shown).toBe('stream-api.betfair.com:443');
    }
  });

  it('takes a loopback host:port, dialled without any lookup', () => {
    expect(streamEndpointFromEnv({ BOTLOGIN_STREAM_ORIGIN: '127.0.0.1:9443' })).toEqual({
      connectHost: '127.0.0.1',
      port: 9443,
      servername: undefined,
      shown: '127.0.0.1:9443',
    });
    expect(streamEndpointFromEnv({ BOTLOGIN_STREAM_ORIGIN: 'localhost:9443' })).toMatchObject({
      connectHost: '127.0.0.1',
      servername: 'localhost',
    });
    expect(streamEndpointFromEnv({ BOTLOGIN_STREAM_ORIGIN: '[::1]:9443' })).toMatchObject({ connectHost: '::1' });
  });

  it.each(['stream-api.betfair.com:443', '10.0.0.1:443', '192.168.1.2:9443', 'evil.example:443'])(
    'refuses %s as not local, before anything is sent',
    async (value) => {
      const env = { ...SSO, BOTLOGIN_STREAM_ORIGIN: value };
      expect(foreignStreamOrigin(env)).toBe('TEST_ENDPOINT_NOT_LOCAL');
      const t = await resolveLoginTarget('international', env);
      expect(!t.ok && t.error.code).toBe('TEST_ENDPOINT_NOT_LOCAL');
    },
  );

  it.each(['127.0.0.1', 'https://127.0.0.1:9443', '127.0.0.1:9443/path', 'user@127.0.0.1:9443'])(
    'refuses %s as not host:port',
    async (value) => {
      const t = await resolveLoginTarget('international', { ...SSO, BOTLOGIN_STREAM_ORIGIN: value });
      expect(!t.ok && t.error.code).toMatch(/^TEST_ENDPOINT_(INVALID|NOT_LOCAL)$/);
    },
  );

  it("is refused alone: a test stream with Betfair's real login would get a real session", async () => {
    const t = await resolveLoginTarget('international', { BOTLOGIN_STREAM_ORIGIN: '127.0.0.1:9443' });
    expect(!t.ok && t.error.code).toBe('TEST_ENDPOINT_INVALID');
  });

  it('under a test login endpoint without it, no stream host at all (a test session never goes to Betfair)', async () => {
    const t = await resolveLoginTarget('international', SSO);
    expect(t.ok && t.value.stream).toBeNull();
  });

  it('counts as a test endpoint, and a packaged app never sees it', () => {
    expect(usesTestEndpoint({ BOTLOGIN_STREAM_ORIGIN: '127.0.0.1:1' })).toBe(true);
    expect(withoutTestEndpoint({ BOTLOGIN_STREAM_ORIGIN: '127.0.0.1:1', HOME: '/h' })).toEqual({ HOME: '/h' });
  });
});
