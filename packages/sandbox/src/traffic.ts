import { HttpError, request } from '@golive/core';
import { percentile } from '@golive/health';

export interface TrafficOptions {
  url: string;
  /** Requests started per second. */
  ratePerSecond: number;
  durationMs: number;
  /** Paths to cycle through; `/` when absent. */
  paths?: string[];
  /** Most requests in flight at once; beyond it a tick is skipped, not queued. */
  maxInFlight?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface TrafficResult {
  sent: number;
  /** Answers by status code, and `error` for no answer. */
  statuses: Record<string, number>;
  /** Answers by the `x-golive-version` that served them. */
  versions: Record<string, number>;
  p50Ms?: number;
  p95Ms?: number;
}

const LIMITS = { ratePerSecond: 1000, durationMs: 10 * 60_000 };

/**
 * A bounded load generator: a fixed rate for a fixed time, then it stops by
 * itself, whatever the target does. Meant for loopback sandbox URLs.
 */
export async function generateTraffic(options: TrafficOptions): Promise<TrafficResult> {
  if (!(options.ratePerSecond > 0 && options.ratePerSecond <= LIMITS.ratePerSecond)) {
    throw new RangeError(`ratePerSecond must be in (0, ${LIMITS.ratePerSecond}]`);
  }
  if (!(options.durationMs > 0 && options.durationMs <= LIMITS.durationMs))
    throw new RangeError(`durationMs must be in (0, ${LIMITS.durationMs}]`);
  const paths = options.paths?.length ? options.paths : ['/'];
  const maxInFlight = options.maxInFlight ?? 50;
  const result: TrafficResult = { sent: 0, statuses: {}, versions: {} };
  const latencies: number[] = [];
  const inFlight = new Set<Promise<void>>();
  const started = Date.now();
  const total = Math.floor((options.ratePerSecond * options.durationMs) / 1000);
  for (let i = 0; i < total && !options.signal?.aborted; i++) {
    const due = started + (i * 1000) / options.ratePerSecond;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (inFlight.size >= maxInFlight) continue;
    const url = new URL(paths[i % paths.length] as string, options.url).toString();
    result.sent++;
    const one = request({ url, timeoutMs: options.timeoutMs ?? 5000, retry: 'never', what: 'traffic' })
      .then((res) => {
        latencies.push(res.ms);
        result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
        const version = res.headers.get('x-golive-version') ?? 'unknown';
        result.versions[version] = (result.versions[version] ?? 0) + 1;
      })
      .catch((error: unknown) => {
        if (!(error instanceof HttpError)) throw error;
        result.statuses.error = (result.statuses.error ?? 0) + 1;
      })
      .finally(() => inFlight.delete(one));
    inFlight.add(one);
  }
  await Promise.all(inFlight);
  result.p50Ms = percentile(latencies, 50);
  result.p95Ms = percentile(latencies, 95);
  return result;
}
