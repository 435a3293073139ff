import { setLogSink, silentSink } from '@golive/core';
import { startHttpServer, type TestServer, unusedPort } from '@golive/core/testing';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkHealth, type HealthOptions } from '../src/check-health.js';
import { parseExpectStatus } from '../src/expect-status.js';

beforeAll(() => setLogSink(silentSink));
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startHttpServer>[0]) {
  const server = await startHttpServer(handler);
  servers.push(server);
  return server;
}

function options(urls: string[], extra: Partial<HealthOptions> = {}): HealthOptions {
  return {
    urls,
    expectStatus: parseExpectStatus('200'),
    timeoutMs: 1000,
    waitMs: 2000,
    intervalMs: 50,
    samples: 5,
    securityHeaders: false,
    ...extra,
  };
}

describe('checkHealth', () => {
  it('waits through a slow start, then samples latency', async () => {
    const ready = Date.now() + 300;
    const server = await serve((_req, res) => res.writeHead(Date.now() < ready ? 503 : 200).end('ok'));
    const report = await checkHealth(options([`${server.url}/healthz`], { expectBody: /^ok$/ }));
    expect(report.healthy).toBe(true);
    const [url] = report.urls;
    expect(url?.probes).toBeGreaterThan(1);
    expect(url?.samples).toBe(5);
    expect(url?.p95Ms).toBeGreaterThanOrEqual(0);
    expect(report.p95Ms).toBe(url?.p95Ms);
  });

  it('fails the latency gate with the measured p95', async () => {
    const server = await serve((_req, res) => setTimeout(() => res.end('ok'), 80));
    const report = await checkHealth(options([server.url], { maxP95Ms: 20, samples: 3 }));
    expect(report.healthy).toBe(false);
    expect(report.urls[0]?.problems[0]).toMatch(/^p95 latency \d+ ms is over the limit of 20 ms$/);
    expect(report.urls[0]?.p95Ms).toBeGreaterThanOrEqual(80);
  });

  it('counts failing samples after the first success (flapping)', async () => {
    let n = 0;
    const server = await serve((_req, res) => res.writeHead(n++ % 2 === 0 ? 200 : 502).end());
    const report = await checkHealth(options([server.url], { samples: 4 }));
    expect(report.healthy).toBe(false);
    expect(report.urls[0]?.failedSamples).toBe(2);
    expect(report.urls[0]?.problems[0]).toContain('2 of 4 samples failed after the first success: status 502, expected 200');
  });

  it('reports a wrong status, a body mismatch and an unreachable host with reasons', async () => {
    const wrong = await serve((_req, res) => res.writeHead(404).end());
    const body = await serve((_req, res) => res.end('{"status":"degraded"}'));
    const port = await unusedPort();
    const report = await checkHealth(
      options([wrong.url, body.url, `http://127.0.0.1:${port}/`], { waitMs: 300, expectBody: /"status":"ok"/ }),
    );
    expect(report.healthy).toBe(false);
    const [a, b, c] = report.urls;
    expect(a?.problems[0]).toMatch(/^not healthy after .* probes\): status 404, expected 200$/);
    expect(b?.problems[0]).toContain('body does not match /"status":"ok"/');
    expect(c?.problems[0]).toContain('connection refused');
  });

  it('reports a request timeout', async () => {
    const hang = await serve(() => {});
    const report = await checkHealth(options([hang.url], { timeoutMs: 150, waitMs: 200 }));
    expect(report.urls[0]?.problems[0]).toContain('timed out after 150 ms');
  });

  it('names missing security headers when asked to check them', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'x-content-type-options': 'nosniff' }).end());
    const report = await checkHealth(options([server.url], { securityHeaders: true, samples: 0 }));
    expect(report.healthy).toBe(false);
    expect(report.urls[0]?.headerFindings?.map((f) => f.header)).toEqual(['Content-Security-Policy', 'X-Frame-Options']);
  });
});
