import { Failure, readInputs } from '@golive/core';
import { EXEMPTIONS_DEFAULT, orrInputs } from '@golive/orr';
import { Command } from 'commander';

export function orrCommand(): Command {
  return new Command('orr')
    .description('score an Operational Readiness Review checklist with evidence (same rules as the orr-gate action); exit 1 on no-go')
    .argument('[checklist]', 'Markdown or YAML checklist', 'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md')
    .option('--min-score <n>', 'score needed for go (default: the checklist’s, else 80)')
    .option('--no-evidence', 'score what the checklist claims, without checking evidence')
    .option('--exemptions <file>', 'exemptions YAML', EXEMPTIONS_DEFAULT)
    .option('--deploy-time <iso>', 'when the deployment will happen, for the deployment-window check')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        checklist: string,
        flags: { minScore?: string; evidence: boolean; exemptions: string; deployTime?: string; json?: boolean },
      ) => {
        const shape = { 'min-score': orrInputs['min-score'], 'deploy-time': orrInputs['deploy-time'] };
        const inputs = readInputs(shape, (name) => ({ 'min-score': flags.minScore, 'deploy-time': flags.deployTime })[name] ?? '');
        const { evaluateOrr, orrText } = await import('@golive/orr');
        const report = await evaluateOrr({
          checklist,
          root: process.cwd(),
          minScore: inputs['min-score'],
          evidence: flags.evidence,
          exemptions: { path: flags.exemptions, required: flags.exemptions !== EXEMPTIONS_DEFAULT },
          now: inputs['deploy-time'] ?? new Date(),
          checkName: 'ORR',
        });
        process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : orrText(report));
        if (report.decision === 'no-go') throw new Failure(`ORR ${report.score}/100 — NO-GO`);
      },
    );
}
