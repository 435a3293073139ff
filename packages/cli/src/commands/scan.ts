import { Failure, readInputs } from '@golive/core';
import { POLICY_DEFAULT, securityInputs } from '@golive/findings';
import { Command } from 'commander';

export function scanCommand(): Command {
  return new Command('scan')
    .description('one verdict from scanner reports (same rules as the security-gate action); exit 1 on fail')
    .argument('<reports...>', 'report files or globs; FORMAT:path when the content cannot tell')
    .option('--fail-on <severities>', 'severities that fail', 'critical,high')
    .option('--no-ignore-unfixed', 'also fail on advisories with no fixed version')
    .option('--require <kinds>', 'scan kinds that must have a report, e.g. secrets,dependencies,sast,sbom')
    .option('--policy <file>', 'suppressions YAML', POLICY_DEFAULT)
    .option('--sarif <file>', 'write the merged SARIF here')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        reports: string[],
        flags: { failOn: string; ignoreUnfixed: boolean; require?: string; policy: string; sarif?: string; json?: boolean },
      ) => {
        const raw: Record<string, string | undefined> = { reports: reports.join('\n'), 'fail-on': flags.failOn, require: flags.require };
        const shape = { reports: securityInputs.reports, 'fail-on': securityInputs['fail-on'], require: securityInputs.require };
        const inputs = readInputs(shape, (name) => raw[name] ?? '');
        const { runSecurityGate, securityText, writeReportJson } = await import('@golive/findings');
        const report = runSecurityGate({
          reports: inputs.reports,
          root: process.cwd(),
          failOn: inputs['fail-on'],
          ignoreUnfixed: flags.ignoreUnfixed,
          require: inputs.require ?? [],
          policy: { path: flags.policy, required: flags.policy !== POLICY_DEFAULT },
          now: new Date(),
          version: '0.1.0',
          sarif: flags.sarif,
        });
        if (flags.json) writeReportJson('/dev/stdout', report);
        else process.stdout.write(securityText(report));
        if (report.decision === 'fail') throw new Failure(`security gate failed: ${report.reasons.join('; ')}`);
      },
    );
}
