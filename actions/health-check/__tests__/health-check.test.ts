import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { runBundle, selfSignedCertificate, startHttpServer, type TestServer, unusedPort } from '@golive/core/testing';
import { afterEach, describe, expect, it } from 'vitest';

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startHttpServer>[0]): Promise<TestServer> {
  const server = await startHttpServer(handler);
  servers.push(server);
  return server;
}

const secure = {
  'content-security-policy': "default-src 'self'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
};
const quick = { interval: '100ms', wait: '3s', timeout: '2s', samples: '3' };

function errorLines(log: string): string[] {
  return log.split('\n').filter((line) => line.startsWith('::error::'));
}

describe('health-check bundle', () => {
  it('passes a healthy URL, with outputs and a summary', async () => {
    const server = await serve((_req, res) => res.writeHead(200, secure).end('{"status":"ok"}'));
    const run = await runBundle('health-check', {
      inputs: { ...quick, urls: `${server.url}/healthz`, 'expect-body': '"status":"ok"', 'security-headers': 'true' },
    });
    expect(run.code, run.log).toBe(0);
    expect(run.outputs.healthy).toBe('true');
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThanOrEqual(0);
    const report = JSON.parse(run.outputs.report ?? '[]');
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ url: `${server.url}/healthz`, healthy: true, status: 200, samples: 3, headerFindings: [] });
    expect(run.summary.startsWith('### ✅ Healthy: 1 of 1 URLs')).toBe(true);
    expect(run.summary).toContain(`| ${server.url}/healthz | ✅ healthy | 200 |`);
  });

  it('waits through a slow start', async () => {
    const ready = Date.now() + 600;
    const server = await serve((_req, res) => res.writeHead(Date.now() < ready ? 503 : 200).end());
    const run = await runBundle('health-check', { inputs: { ...quick, urls: server.url } });
    expect(run.code, run.log).toBe(0);
    expect(run.log).toContain('last: status 503, expected 200');
    expect(JSON.parse(run.outputs.report ?? '[]')[0].probes).toBeGreaterThan(1);
  });

  it('fails a slow URL on the latency gate', async () => {
    const server = await serve((_req, res) => setTimeout(() => res.end(), 120));
    const run = await runBundle('health-check', { inputs: { ...quick, urls: server.url, 'max-p95-ms': '50' } });
    expect(run.code).toBe(1);
    expect(run.outputs.healthy).toBe('false');
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThanOrEqual(120);
    expect(errorLines(run.log)).toEqual([
      expect.stringMatching(/^::error::1 of 1 URLs not healthy: .*p95 latency \d+ ms is over the limit of 50 ms$/),
    ]);
    expect(run.summary.startsWith('### ❌ Not healthy: 1 of 1 URLs failed')).toBe(true);
  });

  it('fails a flapping URL whose samples fail after the first success', async () => {
    let n = 0;
    const server = await serve((_req, res) => res.writeHead(n++ % 2 ? 503 : 200).end());
    const run = await runBundle('health-check', { inputs: { ...quick, urls: server.url, samples: '4' } });
    expect(run.code).toBe(1);
    expect(run.log).toContain('2 of 4 samples failed after the first success: status 503, expected 200');
  });

  it('fails a wrong status after the wait, naming status and expectation', async () => {
    const server = await serve((_req, res) => res.writeHead(500).end());
    const run = await runBundle('health-check', { inputs: { ...quick, wait: '400ms', urls: server.url, 'expect-status': '2xx' } });
    expect(run.code).toBe(1);
    expect(run.log).toMatch(/not healthy after .*: status 500, expected 2xx/);
  });

  it('names each missing security header', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'x-frame-options': 'DENY' }).end());
    const run = await runBundle('health-check', { inputs: { ...quick, urls: server.url, 'security-headers': 'true' } });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.outputs.report ?? '[]');
    expect(report[0].headerFindings.map((f: { header: string }) => f.header)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
    ]);
    expect(run.summary).toContain('Content-Security-Policy missing; X-Content-Type-Options missing');
  });

  it('gives a reason, not a stack, for unreachable, TLS, redirect-loop and time-out failures', async () => {
    const port = await unusedPort();
    const tls = createServer(selfSignedCertificate(), (_req, res) => res.end());
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    servers.push({ close: () => new Promise((resolve) => tls.close(() => resolve())) });
    const loop = await serve((req, res) => res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end());
    const hang = await serve(() => {});
    const urls = [
      `http://127.0.0.1:${port}/`,
      `https://127.0.0.1:${(tls.address() as AddressInfo).port}/`,
      `${loop.url}/a`,
      `${hang.url}/`,
    ];
    const run = await runBundle('health-check', { inputs: { urls: urls.join('\n'), wait: '300ms', interval: '100ms', timeout: '300ms' } });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.outputs.report ?? '[]') as { problems: string[] }[];
    expect(report.map((r) => r.problems[0])).toEqual([
      expect.stringContaining('connection refused'),
      expect.stringContaining('TLS error'),
      expect.stringContaining('redirect loop'),
      expect.stringContaining('timed out after 300 ms'),
    ]);
    expect(run.log).not.toMatch(/^\s+at /m);
  });
});

describe('health-check bad input', () => {
  it.each([
    [{ urls: '' }, "input 'urls': is required; expected one or more http(s) URLs"],
    [{ urls: '   ' }, "input 'urls': is required"],
    [
      { urls: 'example.com/health' },
      "input 'urls': expected one or more http(s) URLs, separated by newlines or commas; got 'example.com/health', which is not a URL",
    ],
    [{ urls: 'http://127.0.0.1:1/, mailto:ops@example.com' }, 'which is not http or https'],
    [{ 'expect-status': 'ok' }, "input 'expect-status': expected status codes like 200, 2xx or 200,204; got 'ok'"],
    [{ 'expect-body': '([' }, "input 'expect-body': expected a valid regular expression"],
    [{ headers: 'Authorization Bearer x' }, "input 'headers': expected 'Name: value' lines"],
    [{ timeout: 'soon' }, "input 'timeout': expected a duration like 30s, 5m or 1h; got 'soon'"],
    [{ wait: '120' }, "input 'wait': expected a duration like 30s, 5m or 1h; got '120'"],
    [{ interval: '5 seconds' }, "input 'interval': expected a duration like 30s, 5m or 1h; got '5 seconds'"],
    [{ samples: 'ten' }, "input 'samples': expected a whole number from 0 to 1000; got 'ten'"],
    [{ samples: '-1' }, "input 'samples': expected a whole number from 0 to 1000; got '-1'"],
    [{ 'max-p95-ms': 'fast' }, "input 'max-p95-ms': expected a number of at least 0; got 'fast'"],
    [{ 'security-headers': 'yes' }, "input 'security-headers': expected true or false; got 'yes'"],
  ])('%j fails in one line', async (inputs, message) => {
    const run = await runBundle('health-check', { inputs: { urls: 'http://127.0.0.1:9/', ...inputs } as Record<string, string> });
    expect(run.code).toBe(1);
    const errors = errorLines(run.log);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(run.log).not.toMatch(/^\s+at /m);
    expect(run.outputs).toEqual({});
  });
});
