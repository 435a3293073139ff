/**
 * Nearest-rank percentile: the smallest sample with at least p % of the samples
 * at or below it. With few samples p95 is the slowest one, which is the honest
 * answer for a latency gate.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
