import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RailwayServiceInfo, type Sandbox, startSandbox } from '../src/index.js';

let sandbox: Sandbox;
let api: RailwayServiceInfo;
beforeAll(async () => {
  sandbox = await startSandbox({ prometheus: false, timings: { initializeMs: 150, buildMs: 300, healthcheckIntervalMs: 50 } });
  api = sandbox.info.railway.services.find((s) => s.environment === 'staging') as RailwayServiceInfo;
});
afterAll(async () => {
  await sandbox?.stop();
});

async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: T | null; errors?: { message: string }[] }> {
  const res = await fetch(sandbox.info.railway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.info.railway.tokens.account}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: T | null; errors?: { message: string }[] };
}

async function status(id: string, done: string[]): Promise<string> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const answer = await gql<{ deployment: { status: string } }>('query($id: String!) { deployment(id: $id) { status } }', { id });
    const current = answer.data?.deployment.status ?? 'missing';
    if (done.includes(current) || Date.now() > deadline) return current;
    await new Promise((r) => setTimeout(r, 40));
  }
}

const deploy = async () =>
  (
    await gql<{ serviceInstanceDeployV2: string }>(
      'mutation($e: String!, $s: String!) { serviceInstanceDeployV2(environmentId: $e, serviceId: $s) }',
      { e: api.environmentId, s: api.serviceId },
    )
  ).data?.serviceInstanceDeployV2 as string;

describe('Railway operations', () => {
  it('cancels a deployment while it builds (REMOVED), but not once it is active', async () => {
    const id = await deploy();
    expect(await gql('mutation($id: String!) { deploymentCancel(id: $id) }', { id })).toEqual({ data: { deploymentCancel: true } });
    expect(await status(id, ['REMOVED'])).toBe('REMOVED');
    const active = sandbox.railway.store.deploymentsOf(api.environmentId, api.serviceId).find((d) => d.status === 'SUCCESS');
    const refused = await gql('mutation($id: String!) { deploymentCancel(id: $id) }', { id: active?.id });
    expect(refused).toMatchObject({ data: null, errors: [{ message: 'Deployment cannot be cancelled' }] });
  });

  it('redeploys a deployment as a new one, and restarts an active one in place', async () => {
    const active = sandbox.railway.store.deploymentsOf(api.environmentId, api.serviceId).find((d) => d.status === 'SUCCESS');
    const redeployed = await gql<{ deploymentRedeploy: { id: string; status: string } }>(
      'mutation($id: String!) { deploymentRedeploy(id: $id) { id status } }',
      { id: active?.id },
    );
    const id = redeployed.data?.deploymentRedeploy.id as string;
    expect(id).not.toBe(active?.id);
    expect(redeployed.data?.deploymentRedeploy.status).toBe('INITIALIZING');
    expect(await status(id, ['SUCCESS', 'FAILED'])).toBe('SUCCESS');
    expect(await gql('mutation($id: String!) { deploymentRestart(id: $id) }', { id })).toEqual({ data: { deploymentRestart: true } });
    expect(await status(id, ['SUCCESS'])).toBe('SUCCESS');
    expect((await fetch(`${api.url}/healthz`)).headers.get('x-golive-deployment')).toBe(id);
  });

  it('keeps variables per deployment: a change redeploys, a rollback restores the old set', async () => {
    const before = sandbox.railway.store.deploymentsOf(api.environmentId, api.serviceId).find((d) => d.status === 'SUCCESS');
    const set = await gql('mutation($i: VariableUpsertInput!) { variableUpsert(input: $i) }', {
      i: { projectId: api.projectId, environmentId: api.environmentId, serviceId: api.serviceId, name: 'FEATURE_X', value: 'on' },
    });
    expect(set).toEqual({ data: { variableUpsert: true } });
    const vars = await gql<{ variables: Record<string, string> }>(
      'query($p: String!, $e: String!, $s: String) { variables(projectId: $p, environmentId: $e, serviceId: $s) }',
      {
        p: api.projectId,
        e: api.environmentId,
        s: api.serviceId,
      },
    );
    expect(vars.data?.variables).toEqual({ FEATURE_X: 'on' });
    const list = sandbox.railway.store.deploymentsOf(api.environmentId, api.serviceId);
    const triggered = list.at(-1);
    expect(triggered?.meta.reason).toBe('variables changed');
    expect(triggered?.variables).toEqual({ FEATURE_X: 'on' });
    expect(await status(triggered?.id as string, ['SUCCESS', 'FAILED'])).toBe('SUCCESS');

    expect(await gql('mutation($id: String!) { deploymentRollback(id: $id) }', { id: before?.id })).toEqual({
      data: { deploymentRollback: true },
    });
    const restored = sandbox.railway.store.deploymentsOf(api.environmentId, api.serviceId).at(-1);
    expect(restored?.variables).toEqual(before?.variables);
  });

  it('filters deployments by status, newest first', async () => {
    const answer = await gql<{ deployments: { edges: { node: { status: string; createdAt: string } }[] } }>(
      'query($i: DeploymentListInput!) { deployments(input: $i) { edges { node { status createdAt } } } }',
      { i: { serviceId: api.serviceId, environmentId: api.environmentId, status: { in: ['REMOVED'] } } },
    );
    const nodes = answer.data?.deployments.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThanOrEqual(1);
    expect(nodes.every((n) => n.status === 'REMOVED')).toBe(true);
    expect([...nodes].sort((a, b) => b.createdAt.localeCompare(a.createdAt))).toEqual(nodes);
  });

  it('creates and deletes custom domains, and lists the service domain', async () => {
    const created = await gql<{ customDomainCreate: { id: string; domain: string; status: { verified: boolean } } }>(
      'mutation($i: CustomDomainCreateInput!) { customDomainCreate(input: $i) { id domain status { verified } } }',
      { i: { domain: 'api.shop.example', projectId: api.projectId, environmentId: api.environmentId, serviceId: api.serviceId } },
    );
    expect(created.data?.customDomainCreate).toMatchObject({ domain: 'api.shop.example', status: { verified: true } });
    const domains = await gql<{ domains: { serviceDomains: { domain: string }[]; customDomains: { domain: string }[] } }>(
      'query($p: String!, $e: String!, $s: String!) { domains(projectId: $p, environmentId: $e, serviceId: $s) { serviceDomains { domain } customDomains { domain } } }',
      { p: api.projectId, e: api.environmentId, s: api.serviceId },
    );
    expect(domains.data?.domains.serviceDomains.map((d) => `http://${d.domain}`)).toEqual([api.url]);
    expect(domains.data?.domains.customDomains.map((d) => d.domain)).toEqual(['api.shop.example']);
    expect(await gql('mutation($id: String!) { customDomainDelete(id: $id) }', { id: created.data?.customDomainCreate.id })).toEqual({
      data: { customDomainDelete: true },
    });
  });
});
