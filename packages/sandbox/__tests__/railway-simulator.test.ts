import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ prometheus: false, timings: { initializeMs: 50, buildMs: 100, healthcheckIntervalMs: 50 } });
});
afterAll(async () => {
  await sandbox?.stop();
});

interface GqlAnswer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string }; path?: string[] }[] };
}

async function gql(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = account(),
): Promise<GqlAnswer> {
  const res = await fetch(sandbox.info.railway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GqlAnswer['body'] };
}

/** A field of `data`, which must be there. */
function field<T>(answer: GqlAnswer, name: string): T {
  const value = answer.body.data?.[name];
  if (value === undefined) throw new Error(`no ${name} in ${JSON.stringify(answer.body)}`);
  return value as T;
}

function account(): Record<string, string> {
  return { authorization: `Bearer ${sandbox.info.railway.tokens.account}` };
}

function production() {
  const api = sandbox.info.railway.services.find((s) => s.environment === 'production' && s.service === 'api');
  if (!api) throw new Error('no production api in the sandbox');
  return api;
}

async function waitForStatus(id: string, done: string[], timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await gql('query($id: String!) { deployment(id: $id) { status } }', { id });
    const { status } = field<{ status: string }>(answer, 'deployment');
    if (done.includes(status) || Date.now() > deadline) return status;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const DEPLOYMENTS = `query($input: DeploymentListInput!) { deployments(input: $input, first: 10) { edges { node { id status canRollback meta } } } }`;

describe('Railway simulator', () => {
  it('serves the seeded deployment at the service domain', async () => {
    const res = await fetch(`${production().url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-golive-version')).toBe('blue');
  });

  it('deploys → SUCCESS, switches the domain, removes the old one; rolls back through a new deployment', async () => {
    const api = production();
    const seeded = await gql(DEPLOYMENTS, { input: { environmentId: api.environmentId, serviceId: api.serviceId } });
    const blueId = field<{ edges: { node: { id: string } }[] }>(seeded, 'deployments').edges[0]?.node.id as string;

    const update = await gql(
      'mutation($e: String, $s: String!, $i: ServiceInstanceUpdateInput!) { serviceInstanceUpdate(environmentId: $e, serviceId: $s, input: $i) }',
      { e: api.environmentId, s: api.serviceId, i: { source: { image: 'ghcr.io/golive-example/shop-api:green' } } },
    );
    expect(update.body).toEqual({ data: { serviceInstanceUpdate: true } });

    const deploy = await gql(
      'mutation($e: String!, $s: String!, $c: String) { serviceInstanceDeployV2(environmentId: $e, serviceId: $s, commitSha: $c) }',
      {
        e: api.environmentId,
        s: api.serviceId,
        c: 'abc123',
      },
    );
    const greenId = deploy.body.data?.serviceInstanceDeployV2 as string;
    expect(greenId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await waitForStatus(greenId, ['SUCCESS', 'FAILED', 'CRASHED'])).toBe('SUCCESS');
    expect((await fetch(`${api.url}/healthz`)).headers.get('x-golive-version')).toBe('green');
    expect(await waitForStatus(blueId, ['REMOVED'])).toBe('REMOVED');

    const logs = await gql('query($id: String!) { buildLogs(deploymentId: $id) { message severity timestamp } }', { id: greenId });
    expect(field<{ message: string }[]>(logs, 'buildLogs').map((l) => l.message)).toContain('[1/1] Healthcheck succeeded!');

    const rollback = await gql('mutation($id: String!) { deploymentRollback(id: $id) }', { id: blueId });
    expect(rollback.body).toEqual({ data: { deploymentRollback: true } });
    const list = await gql(DEPLOYMENTS, { input: { environmentId: api.environmentId, serviceId: api.serviceId } });
    const newest = field<{ edges: { node: { id: string; meta: { image: string } } }[] }>(list, 'deployments').edges[0]?.node;
    expect(newest?.id).not.toBe(greenId);
    expect(newest?.meta.image).toBe('ghcr.io/golive-example/shop-api:blue');
    expect(await waitForStatus(newest?.id as string, ['SUCCESS', 'FAILED'])).toBe('SUCCESS');
    expect((await fetch(`${api.url}/healthz`)).headers.get('x-golive-version')).toBe('blue');
    expect(await waitForStatus(greenId, ['REMOVED'])).toBe('REMOVED');
  });

  it('a deployment that never becomes healthy FAILS and the previous one keeps serving', async () => {
    const api = production();
    await gql('mutation($s: String!, $i: ServiceInstanceUpdateInput!) { serviceInstanceUpdate(serviceId: $s, input: $i) }', {
      s: api.serviceId,
      i: { source: { image: 'ghcr.io/golive-example/shop-api:broken' }, healthcheckTimeout: 1 },
    });
    const deploy = await gql('mutation($e: String!, $s: String!) { serviceInstanceDeployV2(environmentId: $e, serviceId: $s) }', {
      e: api.environmentId,
      s: api.serviceId,
    });
    const id = deploy.body.data?.serviceInstanceDeployV2 as string;
    expect(await waitForStatus(id, ['SUCCESS', 'FAILED'])).toBe('FAILED');
    const res = await fetch(`${api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-golive-version')).toBe('blue');
    const logs = await gql('query($id: String!) { buildLogs(deploymentId: $id, limit: 2) { message } }', { id });
    expect(field<{ message: string }[]>(logs, 'buildLogs').map((l) => l.message)).toEqual([
      '1/1 replicas never became healthy!',
      'Healthcheck failed!',
    ]);
  });

  it('answers a field outside the schema with Railway’s validation error (400)', async () => {
    const answer = await gql('{ deploymentRollback }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body).not.toHaveProperty('data');
    const scalar = await gql('mutation { deploymentRollback(id: "x") { id status } }');
    expect(scalar.status).toBe(400);
    expect(scalar.body.errors?.[0]?.message).toContain('must not have a selection since type "Boolean!" has no subfields');
  });

  it('answers bad credentials with HTTP 200, "Not Authorized" and data: null', async () => {
    const api = production();
    const answer = await gql('query($id: String!) { project(id: $id) { name } }', { id: api.projectId }, { authorization: 'Bearer wrong' });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors?.[0]).toMatchObject({
      message: 'Not Authorized',
      path: ['project'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('scopes a project token to its environment, and Bearer tokens get "Project Token not found"', async () => {
    const api = production();
    const staging = sandbox.info.railway.services.find((s) => s.environment === 'staging');
    const token = sandbox.info.railway.tokens.projects.find((t) => t.environment === 'production')?.token as string;
    const scoped = { 'project-access-token': token };
    const who = await gql('{ projectToken { projectId environmentId } }', {}, scoped);
    expect(who.body.data?.projectToken).toEqual({ projectId: api.projectId, environmentId: api.environmentId });
    const me = await gql('{ me { email } }', {}, scoped);
    expect(me.body).toMatchObject({ data: null, errors: [{ message: 'Not Authorized' }] });
    const other = await gql(
      'query($e: String!, $s: String!) { serviceInstance(environmentId: $e, serviceId: $s) { id } }',
      { e: staging?.environmentId, s: staging?.serviceId },
      scoped,
    );
    expect(other.body).toMatchObject({ data: null, errors: [{ message: 'Not Authorized' }] });
    const bearer = await gql('{ projectToken { projectId } }');
    expect(bearer.body).toMatchObject({ data: null, errors: [{ message: 'Project Token not found' }] });
  });

  it('rate-limits with 429 and Retry-After', async () => {
    const limited = await startSandbox({
      prometheus: false,
      rateLimitPerSecond: 3,
      railway: { projects: [{ name: 'tiny', environments: ['production'], services: [] }] },
    });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 6; i++) {
        const res = await fetch(limited.info.railway.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${limited.info.railway.tokens.account}` },
          body: JSON.stringify({ query: '{ me { id } }' }),
        });
        statuses.push(res.status);
        retryAfter ??= res.headers.get('retry-after');
        await res.arrayBuffer();
      }
      expect(statuses).toContain(429);
      expect(retryAfter).toBe('1');
    } finally {
      await limited.stop();
    }
  });
});
