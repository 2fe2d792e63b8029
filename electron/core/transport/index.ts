/**
 * The one transport below the engines (login, accounts, stream): how they talk to Betfair. One HTTPS POST, one TLS
 * conversation in CRLF lines, each with its deadline and size cap, TLS verification always on, the test endpoint's
 * trust (loopback only, never in a packaged app), and the mapping of network failures to fault codes.
 */
export { postOnce, type ExchangeOutcome, type ExchangeRequest } from './https-exchange.js';
export { readJsonAnswer, type JsonAnswer, type JsonAnswerProblem } from './json-answer.js';
export { classifyNetworkError, DeadlineExceeded, proxyFromEnv, type Fault } from './network-faults.js';
export { type ClientCertificate } from './secure-context-cache.js';
export { agentWith, warmHttps, warmStream, WARM_MAX_AGE_MS, type WarmConnection } from './warm-connection.js';
export { MAX_ANSWER_BYTES } from './limits.js';
export { converseInLines, type LineExchangeRequest, type LineOutcome, type LineStep } from './tls-lines.js';
export {
  BETFAIR_STREAM_ENDPOINT,
  foreignStreamOrigin,
  streamEndpointFromEnv,
  usesStreamTestEndpoint,
  type StreamEndpoint,
} from './stream-endpoint.js';
export { testHostsFromEnv, type TestHosts } from './test-hosts.js';
export {
  foreignTestEndpoint,
  resolveLoginTarget,
  testEndpointFromEnv,
  usesTestEndpoint,
  type LoginTarget,
  type TestEndpoint,
} from './test-endpoint.js';
export {
  foreignTestOrigin,
  isLoopbackHost,
  withoutTestEndpoint,
  TEST_ENDPOINT_VARIABLES,
} from './test-endpoint-policy.js';
