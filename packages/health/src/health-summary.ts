import { Summary } from '@golive/core';
import type { HealthReport } from './check-health.js';
import type { HeaderFinding } from './security-headers.js';

const ms = (value: number | undefined) => (value === undefined ? '—' : `${value} ms`);

/** The job summary and the CLI's report share this one rendering. */
export function healthSummary(report: HealthReport): Summary {
  const healthyCount = report.urls.filter((u) => u.healthy).length;
  const summary = new Summary().verdict(
    report.healthy ? 'pass' : 'fail',
    report.healthy
      ? `Healthy: ${healthyCount} of ${report.urls.length} URLs`
      : `Not healthy: ${report.urls.length - healthyCount} of ${report.urls.length} URLs failed`,
  );
  summary.table(
    ['URL', 'Result', 'Status', 'p50', 'p95', 'Headers', 'Detail'],
    report.urls.map((u) => [
      u.url,
      u.healthy ? '✅ healthy' : '❌ unhealthy',
      u.status ?? '—',
      ms(u.p50Ms),
      ms(u.p95Ms),
      headerCell(u.headerFindings),
      u.problems.join('; ') || `${u.samples} samples, ${u.probes} probe(s)`,
    ]),
  );
  summary.details('Report (JSON)', `\`\`\`json\n${JSON.stringify(report.urls, null, 2)}\n\`\`\``);
  return summary;
}

function headerCell(findings: HeaderFinding[] | undefined): string {
  if (!findings) return 'not checked';
  return findings.length ? findings.map((f) => `${f.header} ${f.problem}`).join('; ') : 'ok';
}
