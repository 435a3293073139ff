import { defineAction, Failure, githubApiUrl, githubEventContext } from '@golive/core';
import { EXEMPTIONS_DEFAULT, orrInputs } from '@golive/orr';

export const action = defineAction({
  inputs: orrInputs,
  async run(inputs, { setOutput, summary, annotate }) {
    const { runOrrGate } = await import('@golive/orr');
    const token = inputs['github-token'];
    const event = await githubEventContext();
    const result = await runOrrGate({
      root: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      checklist: inputs.checklist,
      minScore: inputs['min-score'],
      evidence: inputs.evidence,
      exemptions: { path: inputs.exemptions, required: inputs.exemptions !== EXEMPTIONS_DEFAULT },
      now: inputs['deploy-time'] ?? new Date(),
      checkName: inputs['check-name'],
      github: token && event ? { token, apiUrl: githubApiUrl(inputs['github-api-url']), event } : undefined,
    });
    const { report } = result;
    setOutput('score', report.score.toFixed(2));
    setOutput('decision', report.decision);
    setOutput('report', report);
    summary.paragraph(result.summary);
    for (const item of report.items) {
      const at = { file: item.source.file, line: item.source.line };
      if (item.state === 'claimed-not-evidenced') {
        annotate({ level: 'warning', title: 'ORR: claimed, not evidenced', message: `${item.title}: ${item.evidence?.detail}`, ...at });
      } else if (item.critical && item.state !== 'met' && item.state !== 'exempt') {
        annotate({ level: 'error', title: 'ORR: critical item not met', message: item.title, ...at });
      }
    }
    for (const warning of report.warnings) annotate({ level: 'warning', title: 'ORR checklist', message: warning });
    if (report.decision === 'no-go' && inputs['fail-on-no-go']) {
      throw new Failure(`ORR ${report.score}/100 — NO-GO: ${report.reasons.join('; ')}`);
    }
  },
});

export const run = action.run;
