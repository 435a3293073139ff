import { describe, expect, it } from 'vitest';
import { classifyFetchError } from '../src/http.js';

function fetchFailed(code: string, message = code): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

describe('classifyFetchError', () => {
  it.each([
    [fetchFailed('ENOTFOUND', 'getaddrinfo ENOTFOUND api.example'), 'dns', 'DNS lookup failed for api.example (ENOTFOUND)'],
    [fetchFailed('EAI_AGAIN'), 'dns', 'DNS lookup failed'],
    [fetchFailed('ECONNREFUSED'), 'refused', 'connection refused by api.example'],
    [fetchFailed('ECONNRESET'), 'reset', 'connection reset by api.example'],
    [fetchFailed('UND_ERR_CONNECT_TIMEOUT'), 'timeout', 'connection to api.example timed out'],
    [fetchFailed('CERT_HAS_EXPIRED', 'certificate has expired'), 'tls', 'TLS error (CERT_HAS_EXPIRED): certificate has expired'],
    [fetchFailed('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls', 'TLS error'],
    [new TypeError('fetch failed', { cause: new Error('redirect count exceeded') }), 'redirect-loop', 'redirect loop'],
    [new DOMException('timed out', 'TimeoutError'), 'timeout', 'timed out after 5.0 s'],
    [fetchFailed('EHOSTUNREACH'), 'network', 'unreachable'],
  ])('%s → %s', (error, kind, text) => {
    const classified = classifyFetchError(error, 'https://api.example/healthz', 'GET', 5000);
    expect(classified.kind).toBe(kind);
    expect(classified.message).toContain(text);
  });
});
