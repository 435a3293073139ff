import { formatDuration, log, waitFor } from '@golive/core';
import type { StatusExpectation } from './expect-status.js';
import { percentile } from './percentile.js';
import { type Probe, probeUrl } from './probe.js';
import { checkSecurityHeaders, type HeaderFinding } from './security-headers.js';

export interface HealthOptions {
  urls: string[];
  expectStatus: StatusExpectation;
  expectBody?: RegExp;
  headers?: Record<string, string>;
  timeoutMs: number;
  waitMs: number;
  intervalMs: number;
  samples: number;
  maxP95Ms?: number;
  securityHeaders: boolean;
}

export interface UrlReport {
  url: string;
  healthy: boolean;
  /** The reasons it is not healthy; empty when healthy. */
  problems: string[];
  status?: number;
  probes: number;
  waitedMs: number;
  samples: number;
  failedSamples: number;
  p50Ms?: number;
  p95Ms?: number;
  maxMs?: number;
  /** Undefined when security headers were not asked for. */
  headerFindings?: HeaderFinding[];
}

export interface HealthReport {
  healthy: boolean;
  /** The worst p95 over all URLs. */
  p95Ms?: number;
  urls: UrlReport[];
}

/** Probes every URL at once; each keeps trying until healthy or its wait runs out. */
export async function checkHealth(options: HealthOptions): Promise<HealthReport> {
  const urls = await Promise.all(options.urls.map((url) => checkUrl(url, options)));
  const p95s = urls.map((u) => u.p95Ms).filter((v): v is number => v !== undefined);
  return {
    healthy: urls.every((u) => u.healthy),
    p95Ms: p95s.length ? Math.max(...p95s) : undefined,
    urls,
  };
}

async function checkUrl(url: string, options: HealthOptions): Promise<UrlReport> {
  const probeOptions = {
    expectStatus: options.expectStatus,
    expectBody: options.expectBody,
    headers: options.headers,
    timeoutMs: options.timeoutMs,
  };
  const waited = await waitFor(
    async () => {
      const probe = await probeUrl(url, probeOptions);
      return { done: probe.ok, value: probe, state: probe.ok ? `status ${probe.status}` : (probe.reason ?? 'failed') };
    },
    { what: `${url} to be healthy`, deadlineMs: options.waitMs, intervalMs: options.intervalMs, factor: 1 },
  );
  const first: Probe = waited.value;
  const report: UrlReport = {
    url,
    healthy: false,
    problems: [],
    status: first.status,
    probes: waited.probes,
    waitedMs: waited.elapsedMs,
    samples: 0,
    failedSamples: 0,
  };
  if (!first.ok) {
    report.problems.push(`not healthy after ${formatDuration(waited.elapsedMs)} (${waited.probes} probes): ${first.reason}`);
    return report;
  }
  log.info(`${url} is healthy (status ${first.status}) after ${formatDuration(waited.elapsedMs)}`);

  // Sequential on purpose: concurrent samples would measure our own contention.
  const latencies: number[] = [first.ms ?? 0];
  const failures: string[] = [];
  for (let i = 0; i < options.samples; i++) {
    const sample = await probeUrl(url, probeOptions);
    if (sample.ms !== undefined) latencies.push(sample.ms);
    if (!sample.ok) failures.push(sample.reason ?? 'failed');
  }
  report.samples = options.samples;
  report.failedSamples = failures.length;
  report.p50Ms = percentile(latencies, 50);
  report.p95Ms = percentile(latencies, 95);
  report.maxMs = Math.max(...latencies);
  if (failures.length) {
    const distinct = [...new Set(failures)].slice(0, 3).join('; ');
    report.problems.push(`${failures.length} of ${options.samples} samples failed after the first success: ${distinct}`);
  }
  if (options.maxP95Ms !== undefined && (report.p95Ms ?? 0) > options.maxP95Ms) {
    report.problems.push(`p95 latency ${report.p95Ms} ms is over the limit of ${options.maxP95Ms} ms`);
  }
  if (options.securityHeaders && first.headers) {
    report.headerFindings = checkSecurityHeaders(url, first.headers);
    for (const finding of report.headerFindings) report.problems.push(`${finding.header} ${finding.problem}`);
  }
  report.healthy = report.problems.length === 0;
  return report;
}
