import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type AppInstance, appBehaviourSchema, startSampleApp } from '../src/index.js';

const apps: AppInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.stop()));
});

async function app(version: string, behaviour: z.input<typeof appBehaviourSchema> = {}, random?: () => number) {
  const instance = await startSampleApp({
    version,
    deploymentId: `dep-${version}`,
    behaviour: appBehaviourSchema.parse({ latencyMs: 0, latencyJitterMs: 0, ...behaviour }),
    random,
  });
  apps.push(instance);
  return instance;
}

describe('sample app', () => {
  it('serves health, API and metrics by version, with security headers', async () => {
    const a = await app('green');
    const health = await fetch(`${a.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', version: 'green' });
    expect(health.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(((await (await fetch(`${a.url}/api/orders`)).json()) as { orders: unknown[] }).orders).toHaveLength(2);
    expect((await fetch(`${a.url}/api/orders/ord_9`)).status).toBe(404);
    const metrics = await (await fetch(`${a.url}/metrics`)).text();
    expect(metrics).toMatch(
      /http_requests_total\{method="GET",route="\/api\/orders",status="200",version="green",deployment="dep-green"\} 1/,
    );
    expect(metrics).toMatch(/http_request_duration_seconds_count\{version="green",deployment="dep-green",route="\/healthz"\} 1/);
  });

  it('answers the configured share of errors', async () => {
    let n = 0;
    const a = await app('errors', { errorRate: 0.5 }, () => (n++ % 2 === 0 ? 0.1 : 0.9));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${a.url}/api/orders`)).status);
    expect(statuses).toEqual([500, 200, 500, 200]);
    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
  });

  it('adds latency, starts slowly, fails its healthcheck or drops security headers when told to', async () => {
    const slow = await app('slow', { latencyMs: 120 });
    const t0 = performance.now();
    await (await fetch(`${slow.url}/api/orders`)).arrayBuffer();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(115);

    const warming = await app('slow-start', { slowStartMs: 400 });
    expect((await fetch(`${warming.url}/health/ready`)).status).toBe(503);
    expect((await fetch(`${warming.url}/health/live`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 450));
    expect((await fetch(`${warming.url}/health/ready`)).status).toBe(200);

    const broken = await app('broken', { healthy: false });
    expect((await fetch(`${broken.url}/healthz`)).status).toBe(503);

    const insecure = await app('insecure', { securityHeaders: false });
    expect((await fetch(`${insecure.url}/`)).headers.get('x-content-type-options')).toBeNull();
  });

  it('crashes after the configured time', async () => {
    const a = await app('crashing', { crashAfterMs: 150 });
    let crashed = false;
    a.onCrash(() => {
      crashed = true;
    });
    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 250));
    expect(crashed).toBe(true);
    await expect(fetch(`${a.url}/healthz`)).rejects.toThrow();
  });
});
