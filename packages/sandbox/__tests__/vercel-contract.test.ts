import { createHash } from 'node:crypto';
import { CancelDeploymentResponseBody$inboundSchema } from '@vercel/sdk/models/canceldeploymentresponsebody.js';
import { CreateDeploymentResponseBody$inboundSchema } from '@vercel/sdk/models/createdeploymentresponsebody.js';
import { GetDeploymentResponseBody$inboundSchema } from '@vercel/sdk/models/getdeploymentresponsebody.js';
import { GetDeploymentsResponseBody$inboundSchema } from '@vercel/sdk/models/getdeploymentsop.js';
import { GetProjectResponseBody$inboundSchema } from '@vercel/sdk/models/getprojectresponsebody.js';
import { GetRollingReleaseResponseBody$inboundSchema } from '@vercel/sdk/models/getrollingreleaseop.js';
import { ListPromoteAliasesResponseBody$inboundSchema } from '@vercel/sdk/models/listpromotealiasesop.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';

// The SDK validates every response with these models: a body they reject is a simulator bug.
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ prometheus: false, timings: { initializeMs: 20, buildMs: 40, aliasMs: 50 } });
});
afterAll(async () => {
  await sandbox?.stop();
});

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const sep = path.includes('?') ? '&' : '?';
  const res = await fetch(`${sandbox.info.vercel.apiUrl}${path}${sep}teamId=${sandbox.info.vercel.teamId}`, {
    method,
    headers: { authorization: `Bearer ${sandbox.info.vercel.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

function issues(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } } },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('Vercel uploads and aliases', () => {
  const upload = (data: string, headers: Record<string, string>) =>
    fetch(`${sandbox.info.vercel.apiUrl}/v2/files?teamId=${sandbox.info.vercel.teamId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.info.vercel.token}`, 'content-type': 'application/octet-stream', ...headers },
      body: data,
    });

  it('accepts x-vercel-digest as well as x-now-digest, and checks the sha1', async () => {
    const sha = createHash('sha1').update('body { margin: 0 }').digest('hex');
    expect((await upload('body { margin: 0 }', { 'x-vercel-digest': sha })).status).toBe(200);
    expect((await upload('body { margin: 0 }', { 'x-now-digest': sha })).status).toBe(200);
    const wrong = await upload('tampered', { 'x-now-digest': sha });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('invalid_file_digest');
    expect((await upload('x', {})).status).toBe(400);
  });

  it('assigns an alias to a deployment, moving it from the one that had it', async () => {
    const production = sandbox.vercel.store.deployments[0]?.id as string;
    const created = await api('POST', '/v13/deployments', { name: 'shop-web', files: [] });
    const other = (created.json as { id: string }).id;
    expect((await api('POST', `/v2/deployments/${production}/aliases`, { alias: 'beta.shop.example' })).status).toBe(200);
    const moved = await api('POST', `/v2/deployments/${other}/aliases`, { alias: 'beta.shop.example' });
    expect(moved.json).toMatchObject({ alias: 'beta.shop.example', oldDeploymentId: production });
    const listed = await api('GET', `/v2/deployments/${other}/aliases`);
    expect((listed.json as { aliases: { alias: string }[] }).aliases.map((a) => a.alias)).toContain('beta.shop.example');
  });
});

describe('Vercel simulator responses pass @vercel/sdk validation', () => {
  it('for deployments, projects, aliases and rolling releases', async () => {
    const created = await api('POST', '/v13/deployments', {
      name: 'shop-web',
      target: 'production',
      autoAssignCustomDomains: false,
      files: [{ file: 'index.html', data: 'aGk=', encoding: 'base64' }],
    });
    expect(created.status).toBe(200);
    expect(issues(CreateDeploymentResponseBody$inboundSchema, created.json)).toEqual([]);
    const id = (created.json as { id: string }).id;

    const queued = await api('POST', '/v13/deployments', { name: 'shop-web', files: [] });
    const cancel = await api('PATCH', `/v12/deployments/${(queued.json as { id: string }).id}/cancel`);
    expect(cancel.status).toBe(200);
    expect(issues(CancelDeploymentResponseBody$inboundSchema, cancel.json)).toEqual([]);

    await new Promise((r) => setTimeout(r, 300));
    const got = await api('GET', `/v13/deployments/${id}`);
    expect(issues(GetDeploymentResponseBody$inboundSchema, got.json)).toEqual([]);
    const list = await api('GET', '/v7/deployments?limit=5');
    expect(issues(GetDeploymentsResponseBody$inboundSchema, list.json)).toEqual([]);

    const project = await api('GET', '/v9/projects/shop-web');
    expect(issues(GetProjectResponseBody$inboundSchema, project.json)).toEqual([]);

    expect((await api('POST', `/v10/projects/shop-web/promote/${id}`, {})).status).toBe(201);
    await new Promise((r) => setTimeout(r, 150));
    const promoted = await api('GET', '/v9/projects/shop-web');
    expect(issues(GetProjectResponseBody$inboundSchema, promoted.json)).toEqual([]);
    const aliases = await api('GET', '/v1/projects/shop-web/promote/aliases');
    expect(issues(ListPromoteAliasesResponseBody$inboundSchema, aliases.json)).toEqual([]);

    await api('PATCH', '/v1/projects/shop-web/rolling-release/config', {
      enabled: true,
      advancementType: 'manual-approval',
      stages: [{ targetPercentage: 25 }],
    });
    const canary = await api('POST', '/v13/deployments', { name: 'shop-web', target: 'production', files: [] });
    await new Promise((r) => setTimeout(r, 300));
    const release = await api('GET', '/v1/projects/shop-web/rolling-release');
    expect((release.json as { rollingRelease: { canaryDeployment: { id: string } } }).rollingRelease.canaryDeployment.id).toBe(
      (canary.json as { id: string }).id,
    );
    expect(issues(GetRollingReleaseResponseBody$inboundSchema, release.json)).toEqual([]);
    const withRelease = await api('GET', '/v9/projects/shop-web');
    expect(issues(GetProjectResponseBody$inboundSchema, withRelease.json)).toEqual([]);
  });
});
