import { describe, expect, it } from 'vitest';
import { percentile } from '../src/percentile.js';

describe('percentile (nearest rank)', () => {
  const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
  it.each([
    [50, 5],
    [90, 9],
    [95, 10],
    [100, 10],
    [0, 1],
  ])('p%d of 1..10 is %d', (p, value) => {
    expect(percentile(ten, p)).toBe(value);
  });
  it('of 100 values, p95 is the 95th', () => {
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(95);
  });
  it('is undefined without samples', () => {
    expect(percentile([], 95)).toBeUndefined();
  });
});
