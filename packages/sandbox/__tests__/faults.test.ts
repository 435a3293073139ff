import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type HttpError, request, requestJson, UserError } from '@golive/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Faults, type Sandbox, startSandbox } from '../src/index.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ prometheus: false, timings: { initializeMs: 20, buildMs: 40, healthcheckIntervalMs: 50 } });
});
afterAll(async () => {
  await sandbox?.stop();
});
afterEach(() => sandbox.faults.clear());

const fast = { attempts: 4, baseMs: 10, capMs: 20 };
const me = () => ({
  url: sandbox.info.railway.graphqlUrl,
  method: 'POST',
  json: { query: '{ me { email } }' },
  headers: { authorization: `Bearer ${sandbox.info.railway.tokens.account}` },
  retry: 'always' as const,
  retryPolicy: fast,
  what: 'Railway API',
});
const meSchema = z.object({ data: z.object({ me: z.object({ email: z.string() }) }) });

async function deployRailway(image: string): Promise<string> {
  const api = sandbox.info.railway.services.find((s) => s.environment === 'production') as { environmentId: string; serviceId: string };
  const gql = async (query: string, variables: Record<string, unknown>) =>
    requestJson({ ...me(), json: { query, variables }, schema: z.object({ data: z.record(z.string(), z.unknown()).nullable() }) });
  await gql('mutation($s: String!, $i: ServiceInstanceUpdateInput!) { serviceInstanceUpdate(serviceId: $s, input: $i) }', {
    s: api.serviceId,
    i: { source: { image }, healthcheckTimeout: 1, restartPolicyMaxRetries: 0 },
  });
  const answer = await gql('mutation($e: String!, $s: String!) { serviceInstanceDeployV2(environmentId: $e, serviceId: $s) }', {
    e: api.environmentId,
    s: api.serviceId,
  });
  return answer.data?.serviceInstanceDeployV2 as string;
}

async function railwayStatus(id: string, done: string[]): Promise<string> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const d = sandbox.railway.store.deployments.find((x) => x.id === id);
    if (!d || done.includes(d.status) || Date.now() > deadline) return d?.status ?? 'missing';
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('request faults', () => {
  it('fails N times with a status and Retry-After, then succeeds', async () => {
    sandbox.faults.load({ requests: [{ api: 'railway', match: 'me', status: 503, retryAfter: 0, times: 2 }] });
    const answer = await request(me());
    expect(answer.status).toBe(200);
    expect(answer.attempts).toBe(3);
    expect(
      sandbox.calls
        .of('railway', 'me')
        .map((c) => c.status)
        .slice(-3),
    ).toEqual([503, 503, 200]);
  });

  it('adds latency', async () => {
    sandbox.faults.load({ requests: [{ api: 'railway', match: 'me', latencyMs: 300, times: 1 }] });
    const answer = await request(me());
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeGreaterThanOrEqual(290);
  });

  it('hangs until the client gives up', async () => {
    sandbox.faults.load({ requests: [{ api: 'railway', match: 'me', hang: true }] });
    const error = await request({ ...me(), retry: 'never', timeoutMs: 300 }).catch((e: unknown) => e);
    expect((error as HttpError).kind).toBe('timeout');
  });

  it('resets the connection', async () => {
    sandbox.faults.load({ requests: [{ api: 'railway', match: 'me', reset: true }] });
    const error = await request({ ...me(), retry: 'never' }).catch((e: unknown) => e);
    expect((error as HttpError).kind).toBe('reset');
  });

  it('answers a malformed body', async () => {
    sandbox.faults.load({ requests: [{ api: 'railway', match: 'me', malformed: true, times: 1 }] });
    const error = await requestJson({ ...me(), schema: meSchema }).catch((e: unknown) => e);
    expect((error as HttpError).kind).toBe('invalid-body');
  });

  it('matches REST routes by method and path prefix', async () => {
    sandbox.faults.load({ requests: [{ api: 'vercel', match: 'GET /v9/projects', status: 500, times: 1 }] });
    const url = `${sandbox.info.vercel.apiUrl}/v9/projects/shop-web?teamId=${sandbox.info.vercel.teamId}`;
    const headers = { authorization: `Bearer ${sandbox.info.vercel.token}` };
    expect((await request({ url, headers, retry: 'never' })).status).toBe(500);
    expect((await request({ url, headers, retry: 'never' })).status).toBe(200);
  });
});

describe('deployment faults', () => {
  it('build failure: FAILED with the build error in the logs', async () => {
    sandbox.faults.load({ deployments: [{ platform: 'railway', service: 'api', kind: 'build-failure', times: 1 }] });
    const id = await deployRailway('ghcr.io/golive-example/shop-api:green');
    expect(await railwayStatus(id, ['SUCCESS', 'FAILED'])).toBe('FAILED');
    const d = sandbox.railway.store.deployments.find((x) => x.id === id);
    expect(d?.buildLogs.at(-1)?.message).toMatch(/^ERROR: failed to build/);
    expect(d?.canRollback).toBe(false);
  });

  it('never healthy: FAILED on the healthcheck, the previous deployment keeps serving', async () => {
    const url = sandbox.info.railway.services.find((s) => s.environment === 'production')?.url;
    const before = (await fetch(`${url}/healthz`)).headers.get('x-golive-deployment');
    sandbox.faults.load({ deployments: [{ platform: 'railway', service: 'api', kind: 'never-healthy', times: 1 }] });
    const id = await deployRailway('ghcr.io/golive-example/shop-api:green');
    expect(await railwayStatus(id, ['SUCCESS', 'FAILED'])).toBe('FAILED');
    expect((await fetch(`${url}/healthz`)).headers.get('x-golive-deployment')).toBe(before);
  });

  it('crash after start: SUCCESS, then CRASHED', async () => {
    sandbox.faults.load({ deployments: [{ platform: 'railway', service: 'api', kind: 'crash-after-start', times: 1 }] });
    const id = await deployRailway('ghcr.io/golive-example/shop-api:green');
    expect(await railwayStatus(id, ['CRASHED', 'FAILED'])).toBe('CRASHED');
    const url = sandbox.info.railway.services.find((s) => s.environment === 'production')?.url;
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(502);
    expect(await res.text()).toBe('Application failed to respond');
  });
});

describe('fault plans', () => {
  it('load from a YAML file, and a bad one names the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golive-faults-'));
    writeFileSync(
      join(dir, 'plan.yml'),
      'requests:\n  - api: vercel\n    match: POST /v13/deployments\n    status: 429\n    retryAfter: 1\n    times: 1\n',
    );
    const faults = new Faults();
    faults.loadFile(join(dir, 'plan.yml'));
    expect(faults.takeRequest('vercel', 'POST /v13/deployments')).toMatchObject({ status: 429, retryAfter: 1 });
    expect(faults.takeRequest('vercel', 'POST /v13/deployments')).toBeUndefined();
    writeFileSync(join(dir, 'bad.yml'), 'requests:\n  - api: heroku\n    match: x\n');
    expect(() => faults.loadFile(join(dir, 'bad.yml'))).toThrow(UserError);
    expect(() => faults.loadFile(join(dir, 'bad.yml'))).toThrow(/bad\.yml: requests\.0\.api: /);
  });

  it('are set through the control API', async () => {
    const set = await fetch(`${sandbox.info.controlUrl}/faults`, {
      method: 'POST',
      body: JSON.stringify({ requests: [{ api: 'github', match: 'GET /repos', status: 502, times: 1 }] }),
    });
    expect(set.status).toBe(200);
    const url = `${sandbox.info.github.apiUrl}/repos/golive-example/shop/issues`;
    const headers = { authorization: `token ${sandbox.info.github.token}` };
    expect((await request({ url, headers, retry: 'never' })).status).toBe(502);
    expect((await request({ url, headers, retry: 'never' })).status).toBe(200);
    const bad = await fetch(`${sandbox.info.controlUrl}/faults`, { method: 'POST', body: '{"requests":[{"api":"x"}]}' });
    expect(bad.status).toBe(400);
  });
});
