import { FileSink, jsonMemo } from './file-sink.js';
import type { GateReport } from './gate.js';
import type { Finding } from './model.js';
import type { Suppression } from './policy.js';

/** What the gate made of a finding. */
export type FindingStatus = 'blocking' | 'unfixed' | 'suppressed' | 'below-threshold';

/**
 * A finding and its status as JSON text, written out field by field: faster than
 * a copy with the status added, for a hundred thousand of them. A test reads
 * it back against the Finding, so a field added to the model is not left out.
 */
function findingJson(shared: (value: unknown) => string, f: Finding, status: FindingStatus, suppression: Suppression | undefined): string {
  return (
    `{"fingerprint":${JSON.stringify(f.fingerprint)},"status":"${status}",` +
    (suppression ? `"suppression":${JSON.stringify({ reason: suppression.reason, expires: suppression.expires })},` : '') +
    `"tools":${shared(f.tools)},"category":"${f.category}","severity":"${f.severity}",` +
    `"ruleId":${JSON.stringify(f.ruleId)},"title":${JSON.stringify(f.title)},"advisories":${f.advisories.length ? JSON.stringify(f.advisories) : '[]'}` +
    `${f.package ? `,"package":${JSON.stringify(f.package)}` : ''}${f.location ? `,"location":${JSON.stringify(f.location)}` : ''}` +
    `${f.verified !== undefined ? `,"verified":${f.verified}` : ''},"reports":${shared(f.reports)}}`
  );
}

/**
 * The `report` output: the verdict, then every finding once with its status
 * (and the suppression that hid it), a finding to a line, streamed to `path`.
 */
export function writeReportJson(path: string, report: GateReport): void {
  const status = new Map<Finding, FindingStatus>();
  for (const f of report.blocking) status.set(f, 'blocking');
  for (const f of report.unfixed) status.set(f, 'unfixed');
  const suppressed = new Map(report.suppressed.map((s) => [s.finding, s.suppression]));
  const verdict = {
    decision: report.decision,
    reasons: report.reasons,
    missing: report.missing,
    counts: report.counts,
    reports: report.reports,
    sboms: report.sboms,
    sarif: report.sarif,
    sarifDropped: report.sarifDropped,
    expiredSuppressions: report.expired,
  };
  // Findings share their tool and report lists: each is serialized once.
  const shared = jsonMemo();
  const sink = new FileSink(path);
  try {
    sink.write('{');
    for (const [key, value] of Object.entries(verdict)) if (value !== undefined) sink.write(`\n  "${key}": ${JSON.stringify(value)},`);
    sink.write('\n  "findings": [');
    report.findings.forEach((f, i) => {
      const suppression = suppressed.get(f);
      const json = findingJson(shared, f, suppression ? 'suppressed' : (status.get(f) ?? 'below-threshold'), suppression);
      sink.write(`${i ? ',' : ''}\n    ${json}`);
    });
    sink.write(report.findings.length ? '\n  ]\n}\n' : ']\n}\n');
  } finally {
    sink.close();
  }
}
