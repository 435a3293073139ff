import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpServer, type TestServer } from '@golive/core/testing';
import type { CallLog } from '../calls.js';
import { actOut, type Faults } from '../faults.js';
import { PerSecondLimit } from '../http/rate-limit.js';
import { context, type RequestContext, Router, sendJson } from '../http/router.js';
import { VercelApiError, type VercelPlatform } from './platform.js';
import type { FileRef, Stage } from './store.js';
import { deploymentView, listedDeploymentView, projectView, releaseView } from './views.js';

export interface VercelApiOptions {
  platform: VercelPlatform;
  faults: Faults;
  calls: CallLog;
  token: string;
  rateLimitPerSecond: number;
}

/** Vercel's REST API for deployments, promote, rollback, aliases and rolling releases. */
export async function startVercelApi(options: VercelApiOptions): Promise<TestServer> {
  const { platform } = options;
  const { store } = platform;
  const router = new Router();
  const rate = new PerSecondLimit(options.rateLimitPerSecond);

  const notFound = (what: string, id: string) => new VercelApiError(404, 'not_found', `Could not find the ${what}: ${id}`);
  const projectOf = (ctx: RequestContext) => {
    const id = ctx.params.project as string;
    const project = store.project(id);
    if (!project) throw notFound('project', id);
    return project;
  };
  const deploymentOf = (id: string) => {
    const d = store.deployment(id);
    if (!d) throw notFound('deployment', id);
    return d;
  };

  // Deployments
  router.on('POST', '/:version/deployments', async (ctx) => {
    const body = await ctx.json<{
      name?: string;
      project?: string;
      target?: string;
      files?: FileRef[];
      meta?: Record<string, string>;
      deploymentId?: string;
      autoAssignCustomDomains?: boolean;
    }>();
    const source = body.deploymentId ? deploymentOf(body.deploymentId) : undefined;
    const name = body.name ?? source?.name;
    if (!name) throw new VercelApiError(400, 'bad_request', "Invalid request: missing required property 'name'");
    const missing = (body.files ?? []).filter((f) => f.sha && !store.blobs.has(f.sha)).map((f) => f.sha as string);
    if (missing.length) throw new VercelApiError(400, 'missing_files', 'Missing files', { missing: [...new Set(missing)] });
    const files = new Map(source?.files ?? []);
    for (const f of body.files ?? []) {
      const data = f.sha ? store.blobs.get(f.sha) : Buffer.from(f.data ?? '', f.encoding === 'base64' ? 'base64' : 'utf8');
      if (data) files.set(`/${f.file.replace(/^\/+/, '')}`, data);
    }
    const project = store.project(body.project ?? name) ?? (await platform.addProject(name, null));
    const meta = { ...source?.meta, ...body.meta };
    const target = body.target === 'production' || body.target === 'staging' ? body.target : null;
    const d = await platform.create({
      project,
      name: project.name,
      target,
      meta,
      files,
      version: meta.goliveVersion ?? source?.version ?? 'latest',
      staged: body.autoAssignCustomDomains === false,
    });
    sendJson(ctx.res, 200, deploymentView(store, d));
  });
  router.on('GET', '/:version/deployments/:id', (ctx) =>
    sendJson(ctx.res, 200, deploymentView(store, deploymentOf(ctx.params.id as string))),
  );
  router.on('GET', '/:version/deployments', (ctx) => {
    const q = ctx.url.searchParams;
    const limit = Math.min(100, Number(q.get('limit') ?? 20));
    const until = q.get('until') ? Number(q.get('until')) : Number.POSITIVE_INFINITY;
    const project = q.get('projectId') ?? q.get('app');
    const states = q.get('state')?.split(',');
    const list = store.deployments
      .filter((d) => !project || d.projectId === project || d.name === project)
      .filter((d) => !q.get('target') || d.target === q.get('target'))
      .filter((d) => !states || states.includes(d.readyState))
      .filter((d) => q.get('rollbackCandidate') !== 'true' || d.servedProduction)
      .filter((d) => d.createdAt < until)
      .reverse();
    const page = list.slice(0, limit);
    sendJson(ctx.res, 200, {
      deployments: page.map((d) => listedDeploymentView(store, d)),
      pagination: { count: page.length, next: list.length > limit ? (page.at(-1)?.createdAt ?? null) : null, prev: null },
    });
  });
  router.on('PATCH', '/:version/deployments/:id/cancel', (ctx) => {
    const d = deploymentOf(ctx.params.id as string);
    platform.cancel(d);
    sendJson(ctx.res, 200, deploymentView(store, d));
  });
  router.on('DELETE', '/:version/deployments/:id', (ctx) => {
    const d = deploymentOf(ctx.params.id as string);
    void d.app?.stop();
    store.deployments.splice(store.deployments.indexOf(d), 1);
    sendJson(ctx.res, 200, { uid: d.id, state: 'DELETED' });
  });
  router.on('POST', '/:version/files', async (ctx) => {
    const digest = String(ctx.req.headers['x-vercel-digest'] ?? ctx.req.headers['x-now-digest'] ?? '');
    if (!digest) throw new VercelApiError(400, 'missing_digest', 'Missing `x-vercel-digest` header');
    const data = await ctx.body();
    const actual = createHash('sha1').update(data).digest('hex');
    if (actual !== digest)
      throw new VercelApiError(400, 'invalid_file_digest', `The file's SHA1 (${actual}) does not match the digest header (${digest})`);
    store.blobs.set(digest, data);
    sendJson(ctx.res, 200, {});
  });
  router.on('POST', '/:version/deployments/:id/aliases', async (ctx) => {
    const d = deploymentOf(ctx.params.id as string);
    const { alias } = await ctx.json<{ alias?: string }>();
    if (!alias) throw new VercelApiError(400, 'bad_request', "Invalid request: missing required property 'alias'");
    const old = store.deployments.find((x) => x !== d && x.alias.includes(alias));
    if (old) old.alias = old.alias.filter((a) => a !== alias);
    if (!d.alias.includes(alias)) d.alias.push(alias);
    sendJson(ctx.res, 200, {
      uid: `alias_${createHash('sha1').update(alias).digest('hex').slice(0, 20)}`,
      alias,
      created: new Date().toISOString(),
      ...(old ? { oldDeploymentId: old.id } : {}),
    });
  });
  router.on('GET', '/:version/deployments/:id/aliases', (ctx) => {
    const d = deploymentOf(ctx.params.id as string);
    sendJson(ctx.res, 200, {
      aliases: d.alias.map((alias) => ({
        uid: `alias_${createHash('sha1').update(alias).digest('hex').slice(0, 20)}`,
        alias,
        created: new Date(d.createdAt).toISOString(),
      })),
    });
  });

  // Projects, promote, rollback
  router.on('GET', '/:version/projects/:project', (ctx) => sendJson(ctx.res, 200, projectView(store, projectOf(ctx))));
  router.on('PATCH', '/:version/projects/:project', async (ctx) => {
    const project = projectOf(ctx);
    const body = await ctx.json<{ autoAssignCustomDomains?: boolean; framework?: string | null }>();
    if (typeof body.autoAssignCustomDomains === 'boolean') project.autoAssignCustomDomains = body.autoAssignCustomDomains;
    if (body.framework !== undefined) project.framework = body.framework;
    project.updatedAt = Date.now();
    sendJson(ctx.res, 200, projectView(store, project));
  });
  router.on('POST', '/:version/projects/:project/promote/:deployment', (ctx) => {
    const status = platform.promote(projectOf(ctx), deploymentOf(ctx.params.deployment as string));
    ctx.res.writeHead(status).end();
  });
  router.on('POST', '/:version/projects/:project/rollback/:deployment', (ctx) => {
    platform.rollback(projectOf(ctx), deploymentOf(ctx.params.deployment as string), ctx.url.searchParams.get('description'));
    ctx.res.writeHead(201).end();
  });
  router.on('PATCH', '/:version/projects/:project/rollback/:deployment/update-description', async (ctx) => {
    const project = projectOf(ctx);
    const { description } = await ctx.json<{ description?: string }>();
    project.rollbackDescription = {
      userId: store.user.id,
      username: store.user.username,
      description: description ?? '',
      createdAt: Date.now(),
    };
    ctx.res.writeHead(200).end();
  });
  for (const kind of ['promote', 'rollback']) {
    router.on('GET', `/:version/projects/:project/${kind}/aliases`, (ctx) => {
      const project = projectOf(ctx);
      const request = project.lastAliasRequest;
      const status = request?.jobStatus === 'succeeded' ? 'completed' : request?.jobStatus === 'failed' ? 'failed' : 'in-progress';
      const aliases =
        request && request.type === kind && ctx.url.searchParams.get('failedOnly') !== 'true'
          ? [{ status, alias: new URL(project.proxy.url).host, id: request.toDeploymentId }]
          : [];
      sendJson(ctx.res, 200, { aliases, pagination: { count: aliases.length, next: null, prev: null } });
    });
  }

  // Rolling releases
  router.on('GET', '/:version/projects/:project/rolling-release/config', (ctx) =>
    sendJson(ctx.res, 200, { rollingRelease: projectOf(ctx).rollingRelease }),
  );
  router.on('PATCH', '/:version/projects/:project/rolling-release/config', async (ctx) => {
    const config = platform.setReleaseConfig(
      projectOf(ctx),
      await ctx.json<{ enabled?: boolean; advancementType?: string; stages?: Stage[] }>(),
    );
    sendJson(ctx.res, 200, { rollingRelease: config });
  });
  router.on('DELETE', '/:version/projects/:project/rolling-release/config', (ctx) => {
    projectOf(ctx).rollingRelease = null;
    sendJson(ctx.res, 200, {});
  });
  router.on('GET', '/:version/projects/:project/rolling-release/billing', (ctx) => {
    projectOf(ctx);
    sendJson(ctx.res, 200, {
      availableSlots: 'unlimited',
      reason: 'unlimited_slots',
      message: 'Rolling releases are available on this plan.',
    });
  });
  router.on('GET', '/:version/projects/:project/rolling-release', (ctx) => {
    const project = projectOf(ctx);
    const state = ctx.url.searchParams.get('state');
    const release = project.release && (!state || project.release.state === state) ? project.release : null;
    sendJson(ctx.res, 200, { rollingRelease: releaseView(store, release) });
  });
  router.on('POST', '/:version/projects/:project/rolling-release/start', async (ctx) => {
    const project = projectOf(ctx);
    const { canaryDeploymentId } = await ctx.json<{ canaryDeploymentId?: string }>();
    const release = platform.startRelease(project, deploymentOf(canaryDeploymentId ?? ''));
    sendJson(ctx.res, 200, { rollingRelease: releaseView(store, release) });
  });
  router.on('POST', '/:version/projects/:project/rolling-release/approve-stage', async (ctx) => {
    const { canaryDeploymentId, nextStageIndex } = await ctx.json<{ canaryDeploymentId?: string; nextStageIndex?: number }>();
    const release = platform.approveStage(projectOf(ctx), canaryDeploymentId ?? '', Number(nextStageIndex));
    sendJson(ctx.res, 200, { rollingRelease: releaseView(store, release) });
  });
  router.on('POST', '/:version/projects/:project/rolling-release/complete', async (ctx) => {
    const { canaryDeploymentId } = await ctx.json<{ canaryDeploymentId?: string }>();
    const release = platform.complete(projectOf(ctx), canaryDeploymentId ?? '');
    sendJson(ctx.res, 200, { rollingRelease: releaseView(store, release) });
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const ctx = context(req, res);
    const operation = `${req.method} ${ctx.url.pathname}`;
    const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const record = (status: number) => options.calls.record({ api: 'vercel', operation, status });
    if (token !== options.token) {
      record(403);
      sendJson(res, 403, { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } });
      return;
    }
    const decision = rate.take(token);
    if (decision.limited) {
      record(429);
      const limit = { remaining: 0, reset: decision.reset, resetMs: decision.reset * 1000, total: decision.limit };
      sendJson(res, 429, { error: { code: 'rate_limited', message: 'Rate limit exceeded', limit } }, { 'retry-after': '1' });
      return;
    }
    const q = ctx.url.searchParams;
    const teamId = q.get('teamId');
    const slug = q.get('slug');
    if ((teamId && teamId !== store.team.id) || (slug && slug !== store.team.slug)) {
      record(403);
      sendJson(res, 403, { error: { code: 'forbidden', message: 'You do not have access to this team' } });
      return;
    }
    const fault = options.faults.takeRequest('vercel', operation);
    if (
      fault &&
      (await actOut(fault, res, (status) => ({
        error: { code: status === 429 ? 'rate_limited' : 'internal_server_error', message: 'Injected fault' },
      })))
    ) {
      record(fault.status ?? 0);
      return;
    }
    const route = router.match(req.method ?? 'GET', ctx.url.pathname);
    if (!route || !/^\/v\d+\//.test(ctx.url.pathname)) {
      record(404);
      sendJson(res, 404, { error: { code: 'not_found', message: 'The requested URL was not found' } });
      return;
    }
    // Projects belong to the team: without its scope there is nothing to find.
    if (!teamId && !slug && ctx.url.pathname.includes('/projects/')) {
      record(404);
      sendJson(res, 404, { error: { code: 'not_found', message: `Could not find the project: ${ctx.url.pathname.split('/')[3]}` } });
      return;
    }
    try {
      ctx.params = route.params;
      await route.handler(ctx);
      record(res.statusCode);
    } catch (error) {
      if (!(error instanceof VercelApiError)) throw error;
      record(error.status);
      sendJson(res, error.status, { error: { code: error.code, message: error.message, ...error.extra } });
    }
  };

  return startHttpServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal_server_error', message: String(error) } });
    });
  });
}
