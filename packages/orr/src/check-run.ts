import type { GitHubClient, GitHubEventContext } from '@golive/core';

export interface CheckRunRequest {
  name: string;
  title: string;
  summary: string;
  conclusion: 'success' | 'failure';
}

// GitHub refuses check run output over 65,535 characters.
const MAX_SUMMARY = 65_000;

/**
 * Creates the check run on the commit, or updates the one this gate made before,
 * so re-runs do not stack duplicate checks that a branch rule would see.
 */
export async function publishCheckRun(
  client: GitHubClient,
  event: GitHubEventContext,
  request: CheckRunRequest,
): Promise<{ id: number; url: string; updated: boolean }> {
  const { owner, repo, sha } = event;
  const summary = request.summary.length > MAX_SUMMARY ? `${request.summary.slice(0, MAX_SUMMARY)}\n\n…(cut)` : request.summary;
  const output = { title: request.title, summary };
  const existing = await client.rest.checks.listForRef({ owner, repo, ref: sha, check_name: request.name, filter: 'latest' });
  const previous = existing.data.check_runs[0];
  if (previous) {
    const updated = await client.rest.checks.update({
      owner,
      repo,
      check_run_id: previous.id,
      status: 'completed',
      conclusion: request.conclusion,
      output,
    });
    return { id: updated.data.id, url: updated.data.html_url ?? '', updated: true };
  }
  const created = await client.rest.checks.create({
    owner,
    repo,
    name: request.name,
    head_sha: sha,
    status: 'completed',
    conclusion: request.conclusion,
    output,
  });
  return { id: created.data.id, url: created.data.html_url ?? '', updated: false };
}

/** The checklist as it is on the base branch, to show the change; undefined when it is not there. */
export async function checklistAt(client: GitHubClient, event: GitHubEventContext, path: string, ref: string): Promise<string | undefined> {
  try {
    const answer = await client.rest.repos.getContent({ owner: event.owner, repo: event.repo, path, ref });
    const data = answer.data as { content?: string; encoding?: string };
    return data.content ? Buffer.from(data.content, (data.encoding as BufferEncoding) ?? 'base64').toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}
