import { describe, expect, it } from 'vitest';
import { parseExpectStatus } from '../src/expect-status.js';

describe('parseExpectStatus', () => {
  it.each([
    ['200', [200], [201, 500]],
    ['2xx', [200, 204, 299], [199, 300]],
    ['200,204', [200, 204], [201]],
    ['200, 3xx', [200, 301, 308], [201, 404]],
  ])('%s', (text, accepted, rejected) => {
    const expectation = parseExpectStatus(text);
    for (const status of accepted) expect(expectation.matches(status)).toBe(true);
    for (const status of rejected) expect(expectation.matches(status)).toBe(false);
  });

  it.each(['', 'ok', '600', '2x', '20', '2xx0'])('rejects %j', (text) => {
    expect(() => parseExpectStatus(text)).toThrow(/expected status codes/);
  });
});
