import type { GitHubClient, GitHubEventContext } from '@golive/core';
import type { GitHubEvidence } from './evidence/index.js';

/** Pull request and commit evidence read with octokit; each answer is fetched once. */
export function githubEvidence(client: GitHubClient, event: GitHubEventContext): GitHubEvidence {
  const { owner, repo } = event;
  const pull = event.pull;
  const once = <T>(fn: () => Promise<T>) => {
    let cached: Promise<T> | undefined;
    return () => {
      cached ??= fn();
      return cached;
    };
  };
  return {
    changedFiles: once(async () => {
      if (!pull) return undefined;
      const files = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: pull.number, per_page: 100 });
      return files.map((f) => f.filename);
    }),
    approvers: once(async () => {
      if (!pull) return undefined;
      const reviews = await client.paginate(client.rest.pulls.listReviews, { owner, repo, pull_number: pull.number, per_page: 100 });
      // A reviewer's latest approving or blocking review is what counts.
      const latest = new Map<string, string>();
      for (const review of reviews) {
        const login = review.user?.login;
        if (login && review.state !== 'COMMENTED') latest.set(login, review.state);
      }
      return [...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login);
    }),
    async failingChecks(exclude) {
      const [runs, status] = await Promise.all([
        client.paginate(client.rest.checks.listForRef, { owner, repo, ref: event.sha, per_page: 100 }),
        client.rest.repos.getCombinedStatusForRef({ owner, repo, ref: event.sha }),
      ]);
      const relevant = runs.filter((r) => r.name !== exclude);
      const failing = [
        ...relevant
          .filter((r) => r.status !== 'completed' || !['success', 'neutral', 'skipped'].includes(r.conclusion ?? ''))
          .map((r) => `${r.name} (${r.conclusion ?? r.status})`),
        ...status.data.statuses.filter((s) => s.state !== 'success').map((s) => `${s.context} (${s.state})`),
      ];
      return { total: relevant.length + status.data.statuses.length, failing };
    },
  };
}
