import { describe, expect, it } from 'vitest';
import { backoffDelay, isIdempotent, parseRetryAfter } from '../src/retry.js';

const policy = { attempts: 5, baseMs: 500, capMs: 4000 };

describe('backoffDelay (full jitter)', () => {
  it.each([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [6, 4000],
  ])('attempt %d waits below %d ms', (attempt, ceiling) => {
    expect(backoffDelay(attempt, policy, () => 0.999999)).toBe(ceiling - 1);
    expect(backoffDelay(attempt, policy, () => 0)).toBe(0);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  it.each([
    ['3', 3000],
    ['0', 0],
    ['1.5', 1500],
    ['Tue, 24 Nov 2026 12:00:10 GMT', 10_000],
    ['Tue, 24 Nov 2026 11:59:00 GMT', 0],
  ])('%j is %d ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
  it.each([null, undefined, '', 'soon'])('%j is undefined', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('isIdempotent', () => {
  it.each([
    ['GET', true],
    ['put', true],
    ['DELETE', true],
    ['POST', false],
    ['PATCH', false],
  ])('%s → %s', (method, expected) => {
    expect(isIdempotent(method)).toBe(expected);
  });
});
