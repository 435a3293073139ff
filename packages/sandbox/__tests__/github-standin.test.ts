import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../src/index.js';

let sandbox: Sandbox;
let octokit: Octokit;
const owner = 'golive-example';
const repo = 'shop';
const head = '1111111111111111111111111111111111111111';

beforeAll(async () => {
  sandbox = await startSandbox({
    prometheus: false,
    github: {
      pulls: [
        {
          number: 7,
          files: ['CHANGELOG.md', 'src/app.ts'],
          reviews: [
            { user: 'ana', state: 'APPROVED' },
            { user: 'bo', state: 'COMMENTED' },
          ],
        },
      ],
      statuses: [{ sha: head, context: 'ci/test', state: 'success' }],
    },
  });
  octokit = new Octokit({ auth: sandbox.info.github.token, baseUrl: sandbox.info.github.apiUrl });
});
afterAll(async () => {
  await sandbox?.stop();
});

describe('GitHub API stand-in with the real octokit', () => {
  it('creates and updates a check run, listed on the commit', async () => {
    const created = await octokit.rest.checks.create({ owner, repo, name: 'ORR', head_sha: head, status: 'in_progress' });
    expect(created.status).toBe(201);
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: created.data.id,
      conclusion: 'success',
      output: { title: 'ORR 84/100 — GO', summary: 'ok' },
    });
    const listed = await octokit.rest.checks.listForRef({ owner, repo, ref: head, check_name: 'ORR' });
    expect(listed.data.total_count).toBe(1);
    expect(listed.data.check_runs[0]).toMatchObject({ status: 'completed', conclusion: 'success', output: { title: 'ORR 84/100 — GO' } });
    expect(sandbox.calls.of('github', /check-runs$/).map((c) => c.operation)).toEqual([
      'POST /repos/golive-example/shop/check-runs',
      'GET /repos/golive-example/shop/commits/1111111111111111111111111111111111111111/check-runs',
    ]);
  });

  it('records deployments and their statuses', async () => {
    const deployment = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: head,
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
    });
    const id = (deployment.data as { id: number }).id;
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: id,
      state: 'success',
      environment_url: 'https://shop.example',
    });
    const statuses = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id });
    expect(statuses.data.map((s) => s.state)).toEqual(['success']);
  });

  it('opens, finds, comments on and closes an incident issue', async () => {
    const issue = await octokit.rest.issues.create({ owner, repo, title: 'Rollback of api', labels: ['incident'] });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.data.number, body: 'recovered in 42 s' });
    const open = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'incident' });
    expect(open.data.map((i) => i.number)).toEqual([issue.data.number]);
    await octokit.rest.issues.update({ owner, repo, issue_number: issue.data.number, state: 'closed' });
    expect((await octokit.rest.issues.listForRepo({ owner, repo, labels: 'incident' })).data).toEqual([]);
  });

  it('serves pull request reviews, files and combined status as evidence', async () => {
    const reviews = await octokit.rest.pulls.listReviews({ owner, repo, pull_number: 7 });
    expect(reviews.data.filter((r) => r.state === 'APPROVED').map((r) => r.user?.login)).toEqual(['ana']);
    const files = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 7 });
    expect(files.data.map((f) => f.filename)).toContain('CHANGELOG.md');
    const combined = await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: head });
    expect(combined.data.state).toBe('success');
  });

  it('answers bad credentials with 401 as GitHub does', async () => {
    const stranger = new Octokit({ auth: 'nope', baseUrl: sandbox.info.github.apiUrl });
    await expect(stranger.rest.issues.listForRepo({ owner, repo })).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('Bad credentials'),
    });
  });
});
