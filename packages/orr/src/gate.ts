import { createGitHubClient, type GitHubClient, type GitHubEventContext } from '@golive/core';
import { checklistAt, publishCheckRun } from './check-run.js';
import { documentScore, evaluateOrr } from './evaluate.js';
import { githubEvidence } from './github-evidence.js';
import type { OrrReport } from './score.js';
import { orrSummary, orrTitle } from './summary.js';

export interface GateOptions {
  root: string;
  checklist: string;
  minScore?: number;
  evidence: boolean;
  exemptions?: { path: string; required: boolean };
  now: Date;
  checkName: string;
  /** With a token and a repository: API evidence, the base comparison and the check run. */
  github?: { token: string; apiUrl: string; event: GitHubEventContext };
}

export interface GateResult {
  report: OrrReport;
  summary: string;
  base?: { score: number; ref: string };
  checkRun?: { id: number; url: string; updated: boolean };
}

/** The ORR gate as a required check: evaluate, compare with the base branch, publish the check run. */
export async function runOrrGate(options: GateOptions): Promise<GateResult> {
  let client: GitHubClient | undefined;
  if (options.github) client = await createGitHubClient(options.github.token, options.github.apiUrl);
  const event = options.github?.event;
  const report = await evaluateOrr({
    checklist: options.checklist,
    root: options.root,
    minScore: options.minScore,
    evidence: options.evidence,
    exemptions: options.exemptions,
    now: options.now,
    checkName: options.checkName,
    github: client && event ? githubEvidence(client, event) : undefined,
  });
  let base: GateResult['base'];
  if (client && event?.pull) {
    const text = await checklistAt(client, event, options.checklist, event.pull.baseSha);
    if (text !== undefined) {
      try {
        base = { score: documentScore(text, options.checklist, options.minScore), ref: event.pull.baseRef };
      } catch {
        // A base checklist that does not parse has no score to compare with.
      }
    }
  }
  const summary = orrSummary(report, base).toString();
  let checkRun: GateResult['checkRun'];
  if (client && event?.sha) {
    checkRun = await publishCheckRun(client, event, {
      name: options.checkName,
      title: orrTitle(report),
      summary,
      conclusion: report.decision === 'go' ? 'success' : 'failure',
    });
  }
  return { report, summary, base, checkRun };
}
