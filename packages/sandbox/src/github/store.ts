/** What the GitHub stand-in holds: enough of a repository for golive's gates and reports. */
export interface PullRequest {
  number: number;
  title: string;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  files: string[];
  reviews: { user: string; state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' }[];
}

export interface CommitStatus {
  sha: string;
  context: string;
  state: 'success' | 'failure' | 'pending' | 'error';
}

export interface Stored {
  id: number;
  [key: string]: unknown;
}

export class GitHubStore {
  private nextId = 1000;
  readonly pulls: PullRequest[] = [];
  readonly statuses: CommitStatus[] = [];
  readonly checkRuns: Stored[] = [];
  readonly deployments: Stored[] = [];
  readonly deploymentStatuses: Stored[] = [];
  readonly issues: Stored[] = [];
  readonly comments: Stored[] = [];
  /** File contents by ref (branch name or sha), then path. */
  readonly files = new Map<string, Map<string, string>>();

  constructor(
    readonly owner: string,
    readonly repo: string,
  ) {}

  id(): number {
    return this.nextId++;
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }
}
