import { describe, expect, it } from 'vitest';
import { checkSecurityHeaders } from '../src/security-headers.js';

const good = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'content-security-policy': "default-src 'self'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
};

function missing(url: string, headers: Record<string, string>): string[] {
  return checkSecurityHeaders(url, new Headers(headers)).map((f) => `${f.header} ${f.problem}`);
}

describe('checkSecurityHeaders', () => {
  it('passes a complete set', () => {
    expect(missing('https://a.example', good)).toEqual([]);
  });

  it('names each missing header', () => {
    expect(missing('https://a.example', {})).toEqual([
      'Strict-Transport-Security missing',
      'Content-Security-Policy missing',
      'X-Frame-Options missing (and no CSP frame-ancestors)',
      'X-Content-Type-Options missing',
    ]);
  });

  it('does not ask for HSTS on plain http', () => {
    const { 'strict-transport-security': _hsts, ...rest } = good;
    expect(missing('http://a.example', rest)).toEqual([]);
  });

  it('accepts CSP frame-ancestors instead of X-Frame-Options', () => {
    const { 'x-frame-options': _xfo, ...rest } = good;
    expect(missing('https://a.example', { ...rest, 'content-security-policy': "default-src 'self'; frame-ancestors 'none'" })).toEqual([]);
  });

  it('flags weak values', () => {
    expect(
      missing('https://a.example', {
        ...good,
        'strict-transport-security': 'max-age=0',
        'x-frame-options': 'ALLOWALL',
        'x-content-type-options': 'sniff',
      }),
    ).toEqual([
      "Strict-Transport-Security has no positive max-age: 'max-age=0'",
      "X-Frame-Options is 'ALLOWALL', expected DENY or SAMEORIGIN",
      "X-Content-Type-Options is 'sniff', expected nosniff",
    ]);
  });
});
