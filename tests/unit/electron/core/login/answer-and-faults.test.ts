import { describe, expect, it } from 'vitest';
import { readCertloginAnswer, readLogoutAnswer } from '../../../../../electron/core/login/certlogin-answer.js';
import { maskToken } from '../../../../../electron/core/login/mask-token.js';
import {
  DeadlineExceeded,
  classifyNetworkError,
  proxyFromEnv,
} from '../../../../../electron/core/transport/network-faults.js';
import { testEndpointFromEnv, usesTestEndpoint } from '../../../../../electron/core/transport/test-endpoint.js';
import { DEFAULT_TIMEOUT_MS, MAX_ANSWER_BYTES } from '../../../../../electron/core/login/types.js';

const answer = (status: number, body: string, tooLarge = false) => ({
  kind: 'answer' as const,
  status,
  body,
  tooLarge,
});
const err = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('reading the certlogin answer', () => {
  it('reads Betfair-shaped answers', () => {
    expect(readCertloginAnswer(answer(200, '{"sessionToken":"abc","loginStatus":"SUCCESS"}'), 'h')).toEqual({
      kind: 'status',
      loginStatus: 'SUCCESS',
      sessionToken: 'abc',
    });
    expect(readCertloginAnswer(answer(200, '{"loginStatus":"CLOSED"}'), 'h')).toEqual({
      kind: 'status',
      loginStatus: 'CLOSED',
      sessionToken: null,
    });
  });

  it.each([
    ['HTTP error', answer(500, '{"loginStatus":"SUCCESS"}'), 500, /error/],
    ['not JSON', answer(200, '<html>'), 200, /format/],
    ['JSON but not an object', answer(200, '"SUCCESS"'), 200, /format/],
    ['empty', answer(200, '  '), 200, /empty/],
    ['too large', answer(200, '', true), 200, /larger/],
    ['no status', answer(200, '{"sessionToken":"x"}'), 200, /no login status/],
    ['SUCCESS without a token', answer(200, '{"loginStatus":"SUCCESS"}'), 200, /no login status/],
  ])('%s is an unexpected answer naming the HTTP status', (_name, outcome, status, reason) => {
    const r = readCertloginAnswer(outcome, 'identitysso-cert.betfair.com');
    expect(r.kind).toBe('fault');
    if (r.kind !== 'fault') return;
    expect(r.fault.code).toBe('UNEXPECTED_ANSWER');
    expect(r.fault.detail.httpStatus).toBe(status);
    expect(r.fault.detail.reason).toMatch(reason);
  });

  it('reads the logout answer', () => {
    expect(readLogoutAnswer(answer(200, '{"token":"t","product":"k","status":"SUCCESS","error":""}'))).toBe(true);
    expect(readLogoutAnswer(answer(200, '{"token":"t","product":"k","status":"FAIL","error":"NO_SESSION"}'))).toBe(
      false,
    );
    expect(readLogoutAnswer(answer(503, ''))).toBe(false);
  });

  it('caps answers at 64 KB and waits 30 s at most by default', () => {
    expect(MAX_ANSWER_BYTES).toBe(65_536);
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
  });
});

describe('masking the session token', () => {
  it('shows the first 4 and last 4 characters only', () => {
    expect(maskToken('Zx8i4oigut5nc+l4L8qFb0DSxG+mwLn2t0AMGFxjrMJI=')).toBe('Zx8i…MJI=');
    expect(maskToken('short')).toBe('…');
  });
});

describe('network faults', () => {
  const classify = (e: unknown, env = {}) => classifyNetworkError(e, 'identitysso-cert.betfair.com', 30, env);
  it.each([
    ['ENOTFOUND', 'DNS_NOT_FOUND'],
    ['EAI_AGAIN', 'DNS_NOT_FOUND'],
    ['ECONNREFUSED', 'CONNECTION_REFUSED'],
    ['ECONNRESET', 'CONNECTION_RESET'],
    ['ETIMEDOUT', 'TIMEOUT'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'SERVER_CERT_WRONG_HOST'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'SERVER_CERT_UNTRUSTED'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'SERVER_CERT_UNTRUSTED'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'SERVER_CERT_UNTRUSTED'],
    ['ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'CLIENT_CERT_REJECTED'],
    ['ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE', 'CLIENT_CERT_REJECTED'],
    ['ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'TLS_ERROR'],
    ['EHOSTUNREACH', 'NETWORK_ERROR'],
  ])('%s -> %s', (code, expected) => {
    expect(classify(err(code)).code).toBe(expected);
  });

  it('reads the alert from an EPROTO message and the deadline', () => {
    const e = classify(
      err(
        'EPROTO',
        'write EPROTO 80EC:error:0A000418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca:../rec_layer_s3.c:1601',
      ),
    );
    expect(e).toEqual({
      code: 'CLIENT_CERT_REJECTED',
      detail: { host: 'identitysso-cert.betfair.com', tlsAlert: 'unknown ca' },
    });
    expect(classify(new DeadlineExceeded()).code).toBe('TIMEOUT');
  });

  it.each([
    [
      'OpenSSL 3.0 (Node 20, 22)',
      'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
      'C0:error:0A000412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate:rec_layer_s3.c:1601:SSL alert number 42\n',
    ],
    [
      'OpenSSL 3.5 (Node 24)',
      'ERR_SSL_SSL/TLS_ALERT_BAD_CERTIFICATE',
      '40:error:0A000412:SSL routines:ssl3_read_bytes:ssl/tls alert bad certificate:rec_layer_s3.c:918:SSL alert number 42\n',
    ],
    [
      'BoringSSL (Electron), message only',
      'EPROTO',
      'write EPROTO error:10000412:SSL routines:OPENSSL_internal:SSLV3_ALERT_BAD_CERTIFICATE',
    ],
    ['a code without a message', 'ERR_SSL_SSL/TLS_ALERT_BAD_CERTIFICATE', ''],
  ])('reads a refused client certificate from %s by its alert number', (_library, code, message) => {
    expect(classify(err(code, message))).toEqual({
      code: 'CLIENT_CERT_REJECTED',
      detail: { host: 'identitysso-cert.betfair.com', tlsAlert: 'bad certificate' },
    });
  });

  it('keeps other alerts, and other SSL errors, a TLS error', () => {
    const handshake = '40:error:0A000410:SSL routines::ssl/tls alert handshake failure:SSL alert number 40\n';
    expect(classify(err('ERR_SSL_SSL/TLS_ALERT_HANDSHAKE_FAILURE', handshake)).code).toBe('TLS_ERROR');
    expect(
      classify(err('ERR_SSL_WRONG_VERSION_NUMBER', '40:error:0A00010B:SSL routines::wrong version number')).code,
    ).toBe('TLS_ERROR');
  });

  it('blames a configured proxy for connection failures, without showing its credentials', () => {
    expect(proxyFromEnv({ https_proxy: 'http://me:pw@proxy.lan:3128' })).toBe('proxy.lan:3128');
    expect(proxyFromEnv({})).toBeNull();
    const e = classify(err('ETIMEDOUT'), { HTTPS_PROXY: 'http://proxy.lan:3128' });
    expect(e.code).toBe('PROXY');
    expect(e.detail.cause).toMatch(/no answer/);
    // a TLS problem is not the proxy's fault
    expect(classify(err('ERR_TLS_CERT_ALTNAME_INVALID'), { HTTPS_PROXY: 'http://proxy.lan:3128' }).code).toBe(
      'SERVER_CERT_WRONG_HOST',
    );
  });
});

describe('test endpoint setting', () => {
  it('is off unless BOTLOGIN_SSO_ORIGIN is set, and shown while either variable is set', () => {
    expect(testEndpointFromEnv({})).toBeNull();
    expect(usesTestEndpoint({})).toBe(false);
    expect(
      testEndpointFromEnv({ BOTLOGIN_SSO_ORIGIN: 'https://127.0.0.1:8443/x', BOTLOGIN_SSO_CA: '/ca.pem' }),
    ).toEqual({
      origin: 'https://127.0.0.1:8443',
      caPath: '/ca.pem',
    });
    expect(usesTestEndpoint({ BOTLOGIN_SSO_CA: '/ca.pem' })).toBe(true);
  });
});
