import { RawJson, writeJsonFile } from './file-sink.js';
import type { GateReport } from './gate.js';
import type { Finding } from './model.js';
import type { Suppression } from './policy.js';

/** What the gate made of a finding. */
export type FindingStatus = 'blocking' | 'unfixed' | 'suppressed' | 'below-threshold';

const q = JSON.stringify;

/**
 * A finding and its status as JSON text, written out field by field: faster than
 * a copy with the status added, for a hundred thousand of them. A test reads
 * it back against the Finding, so a field added to the model is not left out.
 */
function findingJson(f: Finding, status: FindingStatus, suppression: Suppression | undefined): string {
  return (
    `{"fingerprint":${q(f.fingerprint)},"status":"${status}",` +
    (suppression ? `"suppression":${q({ reason: suppression.reason, expires: suppression.expires })},` : '') +
    `"tools":${q(f.tools)},"category":"${f.category}","severity":"${f.severity}","ruleId":${q(f.ruleId)},"title":${q(f.title)},` +
    `"advisories":${q(f.advisories)}${f.package ? `,"package":${q(f.package)}` : ''}${f.location ? `,"location":${q(f.location)}` : ''}` +
    `${f.verified !== undefined ? `,"verified":${f.verified}` : ''},"reports":${q(f.reports)}}`
  );
}

/**
 * The `report` output: the verdict, then every finding once with its status
 * (and the suppression that hid it), streamed to `path`.
 */
export function writeReportJson(path: string, report: GateReport): void {
  const status = new Map<Finding, FindingStatus>();
  for (const f of report.blocking) status.set(f, 'blocking');
  for (const f of report.unfixed) status.set(f, 'unfixed');
  const suppressed = new Map(report.suppressed.map((s) => [s.finding, s.suppression]));
  function* findings() {
    for (const f of report.findings) {
      const suppression = suppressed.get(f);
      yield new RawJson(findingJson(f, suppression ? 'suppressed' : (status.get(f) ?? 'below-threshold'), suppression));
    }
  }
  writeJsonFile(path, {
    decision: report.decision,
    reasons: report.reasons,
    missing: report.missing,
    counts: report.counts,
    reports: report.reports,
    sboms: report.sboms,
    sarif: report.sarif,
    sarifDropped: report.sarifDropped,
    expiredSuppressions: report.expired,
    findings: findings(),
  });
}
