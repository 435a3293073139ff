import type { Finding, ParsedReport } from '../model.js';
import { severityFromWord } from '../model.js';
import { arr, each, headline, isList, type Json, make, num, str } from './util.js';

/** Conftest JSON: failures are high, warnings medium (a policy chose to warn). */
export function parseConftest(data: Json, file: string): ParsedReport {
  const findings: Finding[] = [];
  for (const result of each(data)) {
    for (const [list, severity] of [
      [result.failures, 'high'],
      [result.warnings, 'medium'],
    ] as const) {
      for (const failure of each(list)) {
        findings.push(
          make({
            tool: 'Conftest',
            report: file,
            category: 'policy',
            severity,
            ruleId: str(failure.metadata?.query) ?? str(result.namespace) ?? 'policy',
            title: str(failure.msg) ?? 'policy failure',
            location: { file: str(result.filename) ?? file },
          }),
        );
      }
    }
  }
  return { file, format: 'conftest', tool: 'Conftest', evidence: ['policy'], findings };
}

/** Checkov JSON, one check type or the array of them, or the summary-only output of a clean run. */
export function parseCheckov(data: Json, file: string): ParsedReport {
  const reports: Iterable<Json> = isList(data) ? each(data) : [data];
  const findings = [...reports].flatMap((report) =>
    Array.from(each(report.results?.failed_checks), (c) => {
      const range = arr(c.file_line_range);
      return make({
        tool: 'Checkov',
        report: file,
        category: 'iac',
        // Checkov prints severity only when its platform enriches the run; medium otherwise.
        severity: severityFromWord(c.severity, 'medium'),
        ruleId: str(c.check_id) ?? 'check',
        title: str(c.check_name) ?? str(c.check_id) ?? 'failed check',
        location: {
          file: (str(c.repo_file_path) ?? str(c.file_path) ?? file).replace(/^\//, ''),
          ...(num(range[0]) ? { line: range[0] } : {}),
        },
      });
    }),
  );
  return { file, format: 'checkov', tool: 'Checkov', evidence: ['iac'], findings };
}

/** Semgrep JSON: ERROR/WARNING/INFO and the newer CRITICAL/HIGH/MEDIUM/LOW words. */
export function parseSemgrep(data: Json, file: string): ParsedReport {
  const findings = Array.from(each(data.results), (r) =>
    make({
      tool: 'Semgrep',
      report: file,
      category: 'code',
      severity: severityFromWord(r.extra?.severity, 'medium'),
      ruleId: str(r.check_id) ?? 'rule',
      title: headline(r.extra?.message) ?? str(r.check_id) ?? 'finding',
      location: { file: str(r.path) ?? file, ...(num(r.start?.line) ? { line: r.start.line } : {}) },
    }),
  );
  return { file, format: 'semgrep', tool: 'Semgrep', evidence: ['sast'], findings };
}
