import { defineAction, Failure } from '@golive/core';
import { healthInputs, healthOptions } from '@golive/health';

export const action = defineAction({
  inputs: healthInputs,
  async run(inputs, { setOutput, summary }) {
    // Loaded once the inputs are good, so a bad input fails fast.
    const { checkHealth, healthSummary } = await import('@golive/health');
    const report = await checkHealth(healthOptions(inputs));
    setOutput('healthy', report.healthy);
    setOutput('p95-ms', report.p95Ms ?? '');
    setOutput('report', report.urls);
    summary.paragraph(healthSummary(report).toString());
    if (!report.healthy) {
      const failed = report.urls.filter((u) => !u.healthy);
      const reasons = failed.map((u) => `${u.url}: ${u.problems[0]}`).join('; ');
      throw new Failure(`${failed.length} of ${report.urls.length} URLs not healthy: ${reasons}`);
    }
  },
});

export const run = action.run;
