import { defineAction, Failure } from '@golive/core';
import { POLICY_DEFAULT, securityInputs } from '@golive/findings';

export const action = defineAction({
  inputs: securityInputs,
  async run(inputs, { setOutput, summary, annotate }) {
    const { resolve } = await import('node:path');
    const { runSecurityGate, securitySummary, writeReportJson } = await import('@golive/findings');
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const sarifPath = resolve(root, inputs['sarif-output']);
    const reportPath = `${sarifPath.replace(/\.sarif(\.json)?$/, '')}.json`;
    const report = runSecurityGate({
      reports: inputs.reports,
      root,
      failOn: inputs['fail-on'],
      ignoreUnfixed: inputs['ignore-unfixed'],
      require: inputs.require ?? [],
      policy: { path: inputs.policy, required: inputs.policy !== POLICY_DEFAULT },
      now: new Date(),
      version: '0.1.0',
      sarif: sarifPath,
    });
    writeReportJson(reportPath, report);
    setOutput('decision', report.decision);
    setOutput('blocking-count', report.blocking.length);
    setOutput('counts', report.counts);
    setOutput('sarif', sarifPath);
    setOutput('report', reportPath);
    summary.paragraph(securitySummary(report).toString());
    // Code and secret findings point at lines; GitHub shows the first fifty of a job.
    for (const f of report.blocking.filter((x) => (x.category === 'code' || x.category === 'secret') && x.location?.line).slice(0, 50)) {
      annotate({
        level: 'error',
        title: `${f.severity} ${f.category}: ${f.ruleId}`,
        message: `${f.title} [${f.tools.join(', ')}]`,
        file: f.location?.file,
        line: f.location?.line,
      });
    }
    for (const x of report.expired)
      annotate({
        level: 'warning',
        title: 'security policy',
        message: `suppression expired on ${x.expires}: ${x.advisory ?? x.rule ?? x.package ?? x.fingerprint}`,
        file: inputs.policy,
        line: x.line,
      });
    if (report.decision === 'fail') throw new Failure(`security gate failed: ${report.reasons.join('; ')}`);
  },
});

export const run = action.run;
