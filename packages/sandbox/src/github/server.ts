import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpServer, type TestServer } from '@golive/core/testing';
import type { CallLog } from '../calls.js';
import { actOut, type Faults } from '../faults.js';
import { context, type RequestContext, Router, sendJson } from '../http/router.js';
import type { GitHubStore, Stored } from './store.js';

export interface GitHubApiOptions {
  store: GitHubStore;
  faults: Faults;
  calls: CallLog;
  token: string;
}

class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The GitHub REST endpoints golive calls, answered in GitHub's shapes, every call
 * recorded so tests can assert what was created, updated or never duplicated.
 */
export async function startGitHubApi(options: GitHubApiOptions): Promise<TestServer> {
  const { store } = options;
  const router = new Router();
  const server = await startHttpServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { message: String(error) });
    });
  });
  const api = server.url;
  const repoUrl = `${api}/repos/${store.fullName}`;
  const html = `https://github.com/${store.fullName}`;
  const user = { login: 'golive-bot', id: 1, node_id: 'U_golive', type: 'Bot', site_admin: false };
  const now = () => new Date().toISOString();
  const repo = (ctx: RequestContext) => {
    if (`${ctx.params.owner}/${ctx.params.repo}` !== store.fullName) throw new GitHubError(404, 'Not Found');
  };
  const find = (list: Stored[], id: number) => {
    const item = list.find((x) => x.id === id);
    if (!item) throw new GitHubError(404, 'Not Found');
    return item;
  };
  const required = (body: Record<string, unknown>, ...names: string[]) => {
    for (const name of names) if (body[name] === undefined) throw new GitHubError(422, `Invalid request.\n\n"${name}" wasn't supplied.`);
  };

  // Check runs
  router.on('POST', '/repos/:owner/:repo/check-runs', async (ctx) => {
    repo(ctx);
    const body = await ctx.json<Record<string, unknown>>();
    required(body, 'name', 'head_sha');
    const id = store.id();
    const run: Stored = {
      id,
      node_id: `CR_${id}`,
      head_sha: body.head_sha,
      external_id: body.external_id ?? '',
      url: `${repoUrl}/check-runs/${id}`,
      html_url: `${html}/runs/${id}`,
      details_url: body.details_url ?? null,
      status: body.conclusion ? 'completed' : (body.status ?? 'queued'),
      conclusion: body.conclusion ?? null,
      started_at: body.started_at ?? now(),
      completed_at: body.conclusion ? (body.completed_at ?? now()) : null,
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: 0,
        ...(body.output as object),
        annotations_url: `${repoUrl}/check-runs/${id}/annotations`,
      },
      name: body.name,
      check_suite: { id: 1 },
      app: { id: 1, slug: 'github-actions', name: 'GitHub Actions' },
      pull_requests: [],
    };
    store.checkRuns.push(run);
    sendJson(ctx.res, 201, run);
  });
  router.on('PATCH', '/repos/:owner/:repo/check-runs/:id', async (ctx) => {
    repo(ctx);
    const run = find(store.checkRuns, Number(ctx.params.id));
    const body = await ctx.json<Record<string, unknown>>();
    Object.assign(run, body, { output: { ...(run.output as object), ...(body.output as object) } });
    if (body.conclusion) Object.assign(run, { status: 'completed', completed_at: body.completed_at ?? now() });
    sendJson(ctx.res, 200, run);
  });
  router.on('GET', '/repos/:owner/:repo/check-runs/:id', (ctx) => {
    repo(ctx);
    sendJson(ctx.res, 200, find(store.checkRuns, Number(ctx.params.id)));
  });
  router.on('GET', '/repos/:owner/:repo/commits/:ref/check-runs', (ctx) => {
    repo(ctx);
    const name = ctx.url.searchParams.get('check_name');
    const runs = store.checkRuns.filter((r) => r.head_sha === ctx.params.ref && (!name || r.name === name));
    sendJson(ctx.res, 200, { total_count: runs.length, check_runs: runs });
  });
  router.on('GET', '/repos/:owner/:repo/commits/:ref/check-suites', (ctx) => {
    repo(ctx);
    const runs = store.checkRuns.filter((r) => r.head_sha === ctx.params.ref);
    const suites = runs.length
      ? [
          {
            id: 1,
            node_id: 'CS_1',
            head_sha: ctx.params.ref,
            status: runs.every((r) => r.status === 'completed') ? 'completed' : 'in_progress',
            conclusion: suiteConclusion(runs),
            app: { slug: 'github-actions' },
          },
        ]
      : [];
    sendJson(ctx.res, 200, { total_count: suites.length, check_suites: suites });
  });

  // Commit statuses
  router.on('GET', '/repos/:owner/:repo/commits/:ref/statuses', (ctx) => {
    repo(ctx);
    sendJson(ctx.res, 200, statusesOf(ctx.params.ref as string));
  });
  router.on('GET', '/repos/:owner/:repo/commits/:ref/status', (ctx) => {
    repo(ctx);
    const statuses = statusesOf(ctx.params.ref as string);
    const states = statuses.map((s) => s.state);
    const state = states.some((s) => s === 'failure' || s === 'error')
      ? 'failure'
      : states.every((s) => s === 'success') && states.length
        ? 'success'
        : 'pending';
    sendJson(ctx.res, 200, {
      state,
      sha: ctx.params.ref,
      total_count: statuses.length,
      statuses,
      repository: { full_name: store.fullName },
    });
  });
  router.on('POST', '/repos/:owner/:repo/statuses/:sha', async (ctx) => {
    repo(ctx);
    const body = await ctx.json<{ state: 'success' | 'failure' | 'pending' | 'error'; context?: string }>();
    store.statuses.push({ sha: ctx.params.sha as string, context: body.context ?? 'default', state: body.state });
    sendJson(ctx.res, 201, statusesOf(ctx.params.sha as string)[0]);
  });
  function statusesOf(sha: string) {
    return store.statuses
      .filter((s) => s.sha === sha)
      .map((s, i) => ({
        id: i + 1,
        node_id: `SC_${i + 1}`,
        state: s.state,
        context: s.context,
        description: null,
        target_url: null,
        created_at: now(),
        updated_at: now(),
      }))
      .reverse();
  }

  // Pull requests
  const pullOf = (ctx: RequestContext) => {
    repo(ctx);
    const pull = store.pulls.find((p) => p.number === Number(ctx.params.number));
    if (!pull) throw new GitHubError(404, 'Not Found');
    return pull;
  };
  router.on('GET', '/repos/:owner/:repo/pulls/:number', (ctx) => {
    const pull = pullOf(ctx);
    sendJson(ctx.res, 200, {
      id: pull.number * 10,
      number: pull.number,
      state: 'open',
      title: pull.title,
      html_url: `${html}/pull/${pull.number}`,
      user,
      head: { sha: pull.headSha, ref: pull.headRef, repo: { full_name: store.fullName } },
      base: { sha: pull.baseSha, ref: pull.baseRef, repo: { full_name: store.fullName } },
      changed_files: pull.files.length,
    });
  });
  router.on('GET', '/repos/:owner/:repo/pulls/:number/reviews', (ctx) => {
    const pull = pullOf(ctx);
    sendJson(
      ctx.res,
      200,
      pull.reviews.map((r, i) => ({
        id: i + 1,
        node_id: `PRR_${i + 1}`,
        user: { ...user, login: r.user, type: 'User' },
        state: r.state,
        commit_id: pull.headSha,
        submitted_at: now(),
        body: '',
      })),
    );
  });
  router.on('GET', '/repos/:owner/:repo/pulls/:number/files', (ctx) => {
    const pull = pullOf(ctx);
    sendJson(
      ctx.res,
      200,
      pull.files.map((filename, i) => ({
        sha: `${i}`.padStart(40, '0'),
        filename,
        status: 'modified',
        additions: 1,
        deletions: 0,
        changes: 1,
      })),
    );
  });

  // Repository contents
  router.on('GET', '/repos/:owner/:repo/contents/:path*', (ctx) => {
    repo(ctx);
    const ref = ctx.url.searchParams.get('ref') ?? 'main';
    const path = ctx.params.path as string;
    const content = store.files.get(ref)?.get(path);
    if (content === undefined) throw new GitHubError(404, 'Not Found');
    const bytes = Buffer.from(content);
    sendJson(ctx.res, 200, {
      type: 'file',
      encoding: 'base64',
      size: bytes.length,
      name: path.split('/').pop(),
      path,
      content: bytes.toString('base64'),
      sha: 'f'.repeat(40),
      url: `${repoUrl}/contents/${path}?ref=${ref}`,
      html_url: `${html}/blob/${ref}/${path}`,
      download_url: null,
    });
  });

  // Deployments
  router.on('POST', '/repos/:owner/:repo/deployments', async (ctx) => {
    repo(ctx);
    const body = await ctx.json<Record<string, unknown>>();
    required(body, 'ref');
    const id = store.id();
    const deployment: Stored = {
      id,
      node_id: `DE_${id}`,
      url: `${repoUrl}/deployments/${id}`,
      statuses_url: `${repoUrl}/deployments/${id}/statuses`,
      sha: /^[0-9a-f]{40}$/.test(String(body.ref)) ? body.ref : '0123456789abcdef0123456789abcdef01234567',
      ref: body.ref,
      task: body.task ?? 'deploy',
      payload: body.payload ?? {},
      environment: body.environment ?? 'production',
      description: body.description ?? null,
      creator: user,
      production_environment: body.production_environment ?? body.environment === 'production',
      transient_environment: body.transient_environment ?? false,
      created_at: now(),
      updated_at: now(),
    };
    store.deployments.push(deployment);
    sendJson(ctx.res, 201, deployment);
  });
  router.on('GET', '/repos/:owner/:repo/deployments', (ctx) => {
    repo(ctx);
    const q = ctx.url.searchParams;
    const list = store.deployments
      .filter((d) => (!q.get('environment') || d.environment === q.get('environment')) && (!q.get('sha') || d.sha === q.get('sha')))
      .reverse();
    sendJson(ctx.res, 200, list.slice(0, Number(q.get('per_page') ?? 30)));
  });
  router.on('POST', '/repos/:owner/:repo/deployments/:id/statuses', async (ctx) => {
    repo(ctx);
    const deployment = find(store.deployments, Number(ctx.params.id));
    const body = await ctx.json<Record<string, unknown>>();
    required(body, 'state');
    const id = store.id();
    const status: Stored = {
      id,
      node_id: `DES_${id}`,
      deployment_id: deployment.id,
      state: body.state,
      description: body.description ?? '',
      environment: body.environment ?? deployment.environment,
      environment_url: body.environment_url ?? '',
      log_url: body.log_url ?? '',
      target_url: body.log_url ?? '',
      creator: user,
      created_at: now(),
      updated_at: now(),
      url: `${repoUrl}/deployments/${deployment.id}/statuses/${id}`,
      deployment_url: deployment.url,
    };
    store.deploymentStatuses.push(status);
    sendJson(ctx.res, 201, status);
  });
  router.on('GET', '/repos/:owner/:repo/deployments/:id/statuses', (ctx) => {
    repo(ctx);
    const deployment = find(store.deployments, Number(ctx.params.id));
    sendJson(ctx.res, 200, store.deploymentStatuses.filter((s) => s.deployment_id === deployment.id).reverse());
  });

  // Issues and comments
  router.on('POST', '/repos/:owner/:repo/issues', async (ctx) => {
    repo(ctx);
    const body = await ctx.json<Record<string, unknown>>();
    required(body, 'title');
    const number = store.issues.length + 1;
    const issue: Stored = {
      id: store.id(),
      node_id: `I_${number}`,
      number,
      title: body.title,
      body: body.body ?? null,
      state: 'open',
      labels: ((body.labels as string[]) ?? []).map((name, i) => ({ id: i + 1, name, color: 'ededed' })),
      assignees: [],
      user,
      url: `${repoUrl}/issues/${number}`,
      html_url: `${html}/issues/${number}`,
      comments: 0,
      created_at: now(),
      updated_at: now(),
      closed_at: null,
    };
    store.issues.push(issue);
    sendJson(ctx.res, 201, issue);
  });
  router.on('GET', '/repos/:owner/:repo/issues', (ctx) => {
    repo(ctx);
    const q = ctx.url.searchParams;
    const state = q.get('state') ?? 'open';
    const labels = q.get('labels')?.split(',').filter(Boolean) ?? [];
    const list = store.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => (i.labels as { name: string }[]).some((x) => x.name === l)))
      .reverse();
    sendJson(ctx.res, 200, list);
  });
  const issueOf = (ctx: RequestContext) => {
    repo(ctx);
    const issue = store.issues.find((i) => i.number === Number(ctx.params.number));
    if (!issue) throw new GitHubError(404, 'Not Found');
    return issue;
  };
  router.on('GET', '/repos/:owner/:repo/issues/:number', (ctx) => sendJson(ctx.res, 200, issueOf(ctx)));
  router.on('PATCH', '/repos/:owner/:repo/issues/:number', async (ctx) => {
    const issue = issueOf(ctx);
    const body = await ctx.json<Record<string, unknown>>();
    Object.assign(issue, body, { updated_at: now(), ...(body.state === 'closed' ? { closed_at: now() } : {}) });
    sendJson(ctx.res, 200, issue);
  });
  router.on('POST', '/repos/:owner/:repo/issues/:number/comments', async (ctx) => {
    const issue = issueOf(ctx);
    const body = await ctx.json<Record<string, unknown>>();
    required(body, 'body');
    const id = store.id();
    const comment: Stored = {
      id,
      node_id: `IC_${id}`,
      body: body.body,
      user,
      issue_url: issue.url,
      html_url: `${issue.html_url}#issuecomment-${id}`,
      created_at: now(),
      updated_at: now(),
      url: `${repoUrl}/issues/comments/${id}`,
    };
    store.comments.push(comment);
    issue.comments = (issue.comments as number) + 1;
    sendJson(ctx.res, 201, comment);
  });
  router.on('GET', '/repos/:owner/:repo/issues/:number/comments', (ctx) => {
    const issue = issueOf(ctx);
    sendJson(
      ctx.res,
      200,
      store.comments.filter((c) => c.issue_url === issue.url),
    );
  });
  router.on('PATCH', '/repos/:owner/:repo/issues/comments/:id', async (ctx) => {
    repo(ctx);
    const comment = find(store.comments, Number(ctx.params.id));
    Object.assign(comment, await ctx.json<Record<string, unknown>>(), { updated_at: now() });
    sendJson(ctx.res, 200, comment);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const ctx = context(req, res);
    const operation = `${req.method} ${ctx.url.pathname}`;
    const record = (status: number, body?: unknown) => options.calls.record({ api: 'github', operation, status, body });
    const token = /^(?:token|Bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (token !== options.token) {
      record(401);
      sendJson(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      return;
    }
    const fault = options.faults.takeRequest('github', operation);
    if (fault && (await actOut(fault, res, () => ({ message: 'Server Error' })))) {
      record(fault.status ?? 0);
      return;
    }
    const route = router.match(req.method ?? 'GET', ctx.url.pathname);
    if (!route) {
      record(404);
      sendJson(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      return;
    }
    ctx.params = route.params;
    try {
      await route.handler(ctx);
      const body = req.method === 'GET' ? undefined : await ctx.json().catch(() => undefined);
      record(res.statusCode, body);
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      record(error.status);
      sendJson(res, error.status, {
        message: error.message,
        documentation_url: 'https://docs.github.com/rest',
        status: String(error.status),
      });
    }
  }

  return server;
}

function suiteConclusion(runs: Stored[]): string | null {
  if (runs.some((r) => r.status !== 'completed')) return null;
  if (runs.some((r) => r.conclusion === 'failure' || r.conclusion === 'timed_out' || r.conclusion === 'cancelled')) return 'failure';
  return 'success';
}
