import type { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * An authenticated octokit for the GitHub API at `baseUrl` (the runner's
 * GITHUB_API_URL, or the sandbox's stand-in). Loaded on first use: it is heavy.
 */
export async function createGitHubClient(token: string, baseUrl: string): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { baseUrl });
}

/** The API base: the input, else the runner's GITHUB_API_URL, else github.com's. */
export function githubApiUrl(input?: string): string {
  return input || process.env.GITHUB_API_URL || 'https://api.github.com';
}

export interface GitHubEventContext {
  owner: string;
  repo: string;
  /** The commit under test: the pull request's head, else GITHUB_SHA. */
  sha: string;
  pull?: { number: number; baseSha: string; baseRef: string };
}

/** Reads the repository, commit and pull request from the runner's environment and event file. */
export async function githubEventContext(env: NodeJS.ProcessEnv = process.env): Promise<GitHubEventContext | undefined> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  let event: { pull_request?: { number: number; head: { sha: string }; base: { sha: string; ref: string } } } = {};
  if (env.GITHUB_EVENT_PATH) {
    const { readFile } = await import('node:fs/promises');
    event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8').catch(() => '{}'));
  }
  const pr = event.pull_request;
  return {
    owner,
    repo,
    sha: pr?.head.sha ?? env.GITHUB_SHA ?? '',
    ...(pr ? { pull: { number: pr.number, baseSha: pr.base.sha, baseRef: pr.base.ref } } : {}),
  };
}
