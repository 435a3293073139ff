/** What the pull request says, when the gate runs with a token on one. */
export interface GitHubEvidence {
  /** Files changed in the pull request; undefined outside a pull request. */
  changedFiles(): Promise<string[] | undefined>;
  /** Reviewers whose latest review approves; undefined outside a pull request. */
  approvers(): Promise<string[] | undefined>;
  /** Checks and statuses on the commit that are not green, leaving out `exclude`. */
  failingChecks(exclude: string): Promise<{ total: number; failing: string[] }>;
}

export interface EvidenceContext {
  /** The repository's root folder. */
  root: string;
  /** The checklist's folder: paths in markers are tried here first. */
  checklistDir: string;
  now: Date;
  /** Absent without a token: API evidence is then skipped, and says so. */
  github?: GitHubEvidence;
  /** The check run this gate writes, left out of "required checks green". */
  checkName: string;
}

export interface EvidenceResult {
  status: 'pass' | 'fail' | 'skipped';
  detail: string;
}

export const pass = (detail: string): EvidenceResult => ({ status: 'pass', detail });
export const fail = (detail: string): EvidenceResult => ({ status: 'fail', detail });
export const skipped = (detail: string): EvidenceResult => ({ status: 'skipped', detail });
