import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeployment } from '@vercel/client';
import { Vercel } from '@vercel/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';

let sandbox: Sandbox;
let sdk: Vercel;
let teamId: string;

beforeAll(async () => {
  sandbox = await startSandbox({ prometheus: false, timings: { initializeMs: 40, buildMs: 80, aliasMs: 100, minuteMs: 300 } });
  sdk = new Vercel({ bearerToken: sandbox.info.vercel.token, serverURL: sandbox.info.vercel.apiUrl });
  teamId = sandbox.info.vercel.teamId;
});
afterAll(async () => {
  await sandbox?.stop();
});

function site(version: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'golive-site-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><h1>shop ${version}</h1>`);
  writeFileSync(join(dir, 'about.html'), `<p>about ${version}</p>`);
  // A stylesheet: the client uploads it instead of inlining, so missing_files is exercised.
  writeFileSync(join(dir, 'style.css'), `h1 { color: ${version === 'green' ? 'green' : 'blue'} } /* ${version} */`);
  return dir;
}

/** Deploys with the real @vercel/client and returns the deployment at its last event. */
async function deploy(version: string, options: { target?: string; autoAssignCustomDomains?: boolean; stopOn?: string } = {}) {
  const events: string[] = [];
  let deployment: { id: string; url: string; readyState: string } | undefined;
  for await (const event of createDeployment(
    {
      token: sandbox.info.vercel.token,
      teamId,
      path: site(version),
      apiUrl: sandbox.info.vercel.apiUrl,
      skipAutoDetectionConfirmation: true,
    },
    {
      name: 'shop-web',
      project: 'shop-web',
      target: options.target ?? 'production',
      meta: { goliveVersion: version },
      ...(options.autoAssignCustomDomains === false ? { autoAssignCustomDomains: false } : {}),
    } as Parameters<typeof createDeployment>[1],
  )) {
    events.push(event.type);
    if (event.type === 'created' || event.type === 'ready' || event.type === 'alias-assigned')
      deployment = event.payload as typeof deployment;
    if (event.type === 'error') throw new Error(`deploy failed: ${JSON.stringify(event.payload)}`);
    if (event.type === 'alias-assigned' || event.type === options.stopOn) break;
  }
  if (!deployment) throw new Error(`no deployment (events: ${events.join(', ')})`);
  return { deployment, events };
}

/** The SDK has no body for this PATCH, so it goes as the Vercel CLI sends it. */
async function configureRelease(): Promise<number> {
  const res = await fetch(`${sandbox.info.vercel.apiUrl}/v1/projects/shop-web/rolling-release/config?teamId=${teamId}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${sandbox.info.vercel.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      enabled: true,
      advancementType: 'manual-approval',
      stages: [{ targetPercentage: 10 }, { targetPercentage: 50 }],
    }),
  });
  await res.arrayBuffer();
  return res.status;
}

async function served(): Promise<string | null> {
  const res = await fetch(`${sandbox.info.vercel.projects[0]?.url}/healthz`);
  await res.arrayBuffer();
  return res.headers.get('x-golive-version');
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Vercel simulator with the real @vercel/client and @vercel/sdk', () => {
  it('deploys through missing_files and uploads, reaches READY and moves the production domain', async () => {
    expect(await served()).toBe('blue');
    const { deployment, events } = await deploy('green');
    expect(events).toEqual(
      expect.arrayContaining([
        'hashes-calculated',
        'file-count',
        'file-uploaded',
        'all-files-uploaded',
        'created',
        'ready',
        'alias-assigned',
      ]),
    );
    const got = await sdk.deployments.getDeployment({ idOrUrl: deployment.id, teamId });
    expect(got).toMatchObject({ id: deployment.id, readyState: 'READY', aliasAssigned: true });
    expect(await served()).toBe('green');
    const page = await fetch(`http://${deployment.url}/about.html`);
    expect(await page.text()).toBe('<p>about green</p>');
    expect(sandbox.calls.of('vercel', 'POST /v2/files').map((c) => c.status)).toEqual([200, 200, 200]);
    expect(sandbox.calls.of('vercel', 'POST /v13/deployments').map((c) => c.status)).toEqual([400, 200]);
  });

  it('stages a deployment, promotes it (201) and rolls back (201), each observable at the domain', async () => {
    const before = (await sdk.projects.getProject({ idOrName: 'shop-web', teamId })).targets?.production?.id as string;
    const { deployment } = await deploy('blue', { autoAssignCustomDomains: false });
    const staged = await sdk.deployments.getDeployment({ idOrUrl: deployment.id, teamId });
    expect(staged).toMatchObject({ readyState: 'READY', readySubstate: 'STAGED' });
    expect(await served()).toBe('green');

    await sdk.projects.requestPromote({ projectId: 'shop-web', deploymentId: deployment.id, teamId });
    const promoted = await until(
      () => sdk.projects.getProject({ idOrName: 'shop-web', teamId }),
      (p) => p.lastAliasRequest?.jobStatus === 'succeeded',
    );
    expect(promoted.lastAliasRequest).toMatchObject({ type: 'promote', toDeploymentId: deployment.id, fromDeploymentId: before });
    expect(await served()).toBe('blue');
    const aliases = await sdk.projects.listPromoteAliases({ projectId: 'shop-web', teamId });
    expect(aliases).toMatchObject({ aliases: [{ status: 'completed', id: deployment.id }] });

    await sdk.projects.requestRollback({ projectId: 'shop-web', deploymentId: before, teamId, description: 'bad promote' });
    const rolledBack = await until(
      () => sdk.projects.getProject({ idOrName: 'shop-web', teamId }),
      (p) => p.lastAliasRequest?.type === 'rollback' && p.lastAliasRequest.jobStatus === 'succeeded',
    );
    expect(rolledBack.autoAssignCustomDomains).toBe(false);
    expect(rolledBack.targets?.production?.id).toBe(before);
    expect(await served()).toBe('green');
    const list = await sdk.deployments.getDeployments({ projectId: rolledBack.id, target: 'production', teamId, limit: 10 });
    expect(list.deployments.length).toBeGreaterThanOrEqual(3);
  });

  it('runs a rolling release: start, approve-stage, complete — the split is visible at the domain', async () => {
    expect(await configureRelease()).toBe(200);
    const { deployment } = await deploy('canary', { autoAssignCustomDomains: false });
    const started = await sdk.rollingRelease.startRollingRelease({
      idOrName: 'shop-web',
      teamId,
      requestBody: { canaryDeploymentId: deployment.id },
    });
    expect(started.rollingRelease).toMatchObject({
      state: 'ACTIVE',
      activeStage: { index: 0, targetPercentage: 10 },
      canaryDeployment: { id: deployment.id },
    });
    const again = await sdk.rollingRelease.startRollingRelease({
      idOrName: 'shop-web',
      teamId,
      requestBody: { canaryDeploymentId: deployment.id },
    });
    expect(again.rollingRelease?.state).toBe('ACTIVE');

    const forced = await fetch(`${sandbox.info.vercel.projects[0]?.url}/healthz?vcrrForceCanary=true`);
    expect(forced.headers.get('x-golive-version')).toBe('canary');
    expect(forced.headers.get('set-cookie')).toMatch(/^_vcrr_[0-9a-f]+=0;/);

    const approved = await sdk.rollingRelease.approveRollingReleaseStage({
      idOrName: 'shop-web',
      teamId,
      requestBody: { nextStageIndex: 1, canaryDeploymentId: deployment.id },
    });
    expect(approved.rollingRelease).toMatchObject({
      activeStage: { index: 1, targetPercentage: 50 },
      nextStage: { index: 2, isFinalStage: true },
    });
    const versions = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const res = await fetch(`${sandbox.info.vercel.projects[0]?.url}/healthz`);
      await res.arrayBuffer();
      versions.add(res.headers.get('x-golive-version') ?? '');
    }
    expect([...versions].sort()).toEqual(['canary', 'green']);

    const done = await sdk.rollingRelease.completeRollingRelease({
      idOrName: 'shop-web',
      teamId,
      requestBody: { canaryDeploymentId: deployment.id },
    });
    expect(done.rollingRelease?.state).toBe('COMPLETE');
    expect(await served()).toBe('canary');
    const doc = await sdk.rollingRelease.getRollingRelease({ idOrName: 'shop-web', teamId });
    expect(doc.rollingRelease?.state).toBe('COMPLETE');
  });

  it('a rollback during an active rolling release aborts it', async () => {
    expect(await configureRelease()).toBe(200);
    // The earlier rollback turned auto-assignment off; production deploys stay staged until it is back.
    const patch = await fetch(`${sandbox.info.vercel.apiUrl}/v9/projects/shop-web?teamId=${teamId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${sandbox.info.vercel.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ autoAssignCustomDomains: true }),
    });
    expect(patch.status).toBe(200);
    const base = (await sdk.projects.getProject({ idOrName: 'shop-web', teamId })).targets?.production?.id as string;
    const { deployment } = await deploy('errors', { stopOn: 'ready' });
    const doc = await until(
      () => sdk.rollingRelease.getRollingRelease({ idOrName: 'shop-web', teamId }),
      (d) => d.rollingRelease?.canaryDeployment?.id === deployment.id,
    );
    expect(doc.rollingRelease).toMatchObject({ state: 'ACTIVE', currentDeployment: { id: base } });
    const rolling = (await sdk.deployments.getDeployment({ idOrUrl: deployment.id, teamId })) as { readySubstate?: string };
    expect(rolling.readySubstate).toBe('ROLLING');
    await sdk.projects.requestRollback({ projectId: 'shop-web', deploymentId: base, teamId });
    const aborted = await sdk.rollingRelease.getRollingRelease({ idOrName: 'shop-web', teamId });
    expect(aborted.rollingRelease).toMatchObject({ state: 'ABORTED', activeStage: null });
    const project = await until(
      () => sdk.projects.getProject({ idOrName: 'shop-web', teamId }),
      (p) => p.lastAliasRequest?.jobStatus === 'succeeded',
    );
    expect(project.lastAliasRequest).toMatchObject({ type: 'rollback', fromRollingReleaseId: deployment.id });
    expect(await served()).toBe('canary');
  });

  it('refuses a wrong token with 403 forbidden, as the SDK sees it', async () => {
    const stranger = new Vercel({ bearerToken: 'nope', serverURL: sandbox.info.vercel.apiUrl });
    await expect(stranger.projects.getProject({ idOrName: 'shop-web', teamId })).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe('Vercel simulator: automatic stages, queued promotes, scope and rate limits', () => {
  it('advances automatic stages on the fast clock and completes by itself', async () => {
    const own = await startSandbox({ prometheus: false, timings: { initializeMs: 20, buildMs: 40, aliasMs: 50, minuteMs: 150 } });
    try {
      const { apiUrl, token, teamId: team } = own.info.vercel;
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${apiUrl}${path}${path.includes('?') ? '&' : '?'}teamId=${team}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, json: text ? JSON.parse(text) : undefined };
      };
      await call('PATCH', '/v1/projects/shop-web/rolling-release/config', {
        enabled: true,
        advancementType: 'automatic',
        stages: [
          { targetPercentage: 20, duration: 1 },
          { targetPercentage: 60, duration: 1 },
        ],
      });
      const canary = (
        await call('POST', '/v13/deployments', { name: 'shop-web', target: 'production', meta: { goliveVersion: 'green' }, files: [] })
      ).json.id;
      const seen = new Set<number>();
      const deadline = Date.now() + 5000;
      let state = '';
      while (Date.now() < deadline && state !== 'COMPLETE') {
        const doc = (await call('GET', '/v1/projects/shop-web/rolling-release')).json.rollingRelease;
        if (doc?.canaryDeployment?.id === canary) {
          state = doc.state;
          if (doc.activeStage) seen.add(doc.activeStage.targetPercentage);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(state).toBe('COMPLETE');
      expect([...seen]).toEqual(expect.arrayContaining([20, 60]));
      const served = await fetch(`${own.info.vercel.projects[0]?.url}/healthz`);
      expect(served.headers.get('x-golive-version')).toBe('green');

      // A promote while another release is active is queued with 202.
      await call('PATCH', '/v1/projects/shop-web/rolling-release/config', {
        enabled: true,
        advancementType: 'manual-approval',
        stages: [{ targetPercentage: 10 }],
      });
      const second = (await call('POST', '/v13/deployments', { name: 'shop-web', target: 'production', files: [] })).json.id;
      const third = (
        await call('POST', '/v13/deployments', { name: 'shop-web', target: 'production', autoAssignCustomDomains: false, files: [] })
      ).json.id;
      await new Promise((r) => setTimeout(r, 300));
      const active = (await call('GET', '/v1/projects/shop-web/rolling-release')).json.rollingRelease;
      expect(active).toMatchObject({ state: 'ACTIVE', canaryDeployment: { id: second } });
      expect((await call('POST', `/v10/projects/shop-web/promote/${third}`, {})).status).toBe(202);
      expect((await call('GET', '/v1/projects/shop-web/rolling-release')).json.rollingRelease.queuedDeploymentId).toBe(third);
    } finally {
      await own.stop();
    }
  });

  it('scopes by teamId or slug and refuses another team', async () => {
    const { apiUrl, token, teamSlug } = sandbox.info.vercel;
    const headers = { authorization: `Bearer ${token}` };
    expect((await fetch(`${apiUrl}/v9/projects/shop-web?slug=${teamSlug}`, { headers })).status).toBe(200);
    const other = await fetch(`${apiUrl}/v9/projects/shop-web?teamId=team_someoneelse`, { headers });
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    const unscoped = await fetch(`${apiUrl}/v9/projects/shop-web`, { headers });
    expect(unscoped.status).toBe(404);
  });

  it('rate-limits with 429, rate_limited and Retry-After', async () => {
    const own = await startSandbox({ prometheus: false, rateLimitPerSecond: 2 });
    try {
      const { apiUrl, token, teamId: team } = own.info.vercel;
      const answers = [];
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${apiUrl}/v9/projects/shop-web?teamId=${team}`, { headers: { authorization: `Bearer ${token}` } });
        answers.push({
          status: res.status,
          retryAfter: res.headers.get('retry-after'),
          body: (await res.json()) as { error?: { code: string } },
        });
      }
      const limited = answers.find((a) => a.status === 429);
      expect(limited).toMatchObject({ retryAfter: '1', body: { error: { code: 'rate_limited' } } });
    } finally {
      await own.stop();
    }
  });
});
