import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPrometheus, generateTraffic, type Sandbox, startSandbox } from '../src/index.js';

function prometheusProcesses(): number {
  try {
    return execFileSync('pgrep', ['-c', '-x', 'prometheus'], { encoding: 'utf8' }).trim() === ''
      ? 0
      : Number(execFileSync('pgrep', ['-c', '-x', 'prometheus'], { encoding: 'utf8' }).trim());
  } catch {
    return 0;
  }
}

describe('sandbox start and stop', () => {
  it('starts in under 3 s without Prometheus and frees every port on stop', async () => {
    const t0 = performance.now();
    const sandbox = await startSandbox({ prometheus: false });
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(3000);
    const urls = [
      sandbox.info.railway.apiUrl,
      sandbox.info.vercel.apiUrl,
      sandbox.info.github.apiUrl,
      ...sandbox.info.railway.services.map((s) => s.url),
    ];
    expect(urls.every((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
    expect(sandbox.info.prometheusNote).toBe('prometheus: false in the sandbox config');
    await sandbox.stop();
    await sandbox.stop();
    for (const url of urls) await expect(fetch(url)).rejects.toThrow();
  });
});

describe.runIf(findPrometheus())('with a real Prometheus', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ timings: { initializeMs: 20, buildMs: 40 } });
  }, 30_000);
  afterAll(async () => {
    await sandbox?.stop();
  });

  it('scrapes every app; traffic shows up by version and status', async () => {
    expect(sandbox.info.prometheus?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const api = sandbox.info.railway.services.find((s) => s.environment === 'production');
    const traffic = await generateTraffic({
      url: api?.url as string,
      ratePerSecond: 50,
      durationMs: 1000,
      paths: ['/api/orders', '/healthz'],
    });
    expect(traffic.sent).toBe(50);
    expect(traffic.statuses['200']).toBe(50);
    expect(traffic.versions).toEqual({ blue: 50 });
    const query = encodeURIComponent(
      'sum by (version) (http_requests_total{route="/api/orders",platform="railway",environment="production"})',
    );
    const deadline = Date.now() + 15_000;
    let value = 0;
    while (Date.now() < deadline && value < 25) {
      const res = await fetch(`${sandbox.info.prometheus?.url}/api/v1/query?query=${query}`);
      const body = (await res.json()) as { data: { result: { metric: { version: string }; value: [number, string] }[] } };
      value = Number(body.data.result.find((r) => r.metric.version === 'blue')?.value[1] ?? 0);
      if (value < 25) await new Promise((r) => setTimeout(r, 250));
    }
    expect(value).toBe(25);
  }, 30_000);

  it('leaves no Prometheus process behind', async () => {
    const before = prometheusProcesses();
    expect(before).toBeGreaterThanOrEqual(1);
    await sandbox.stop();
    expect(prometheusProcesses()).toBe(before - 1);
  });
});
