import { Summary } from '@golive/core';
import type { GateReport } from './gate.js';
import { CATEGORIES, type Finding, SEVERITIES } from './model.js';

const pkg = (f: Finding) =>
  f.package
    ? `${f.package.name} ${f.package.version ?? ''}${f.package.fixedVersion ? ` → ${f.package.fixedVersion}` : ' (no fix)'}`.trim()
    : '';
const where = (f: Finding) => (f.location ? `${f.location.file}${f.location.line ? `:${f.location.line}` : ''}` : '');

/** Verdict first; counts by severity and category; what blocks; suppressions; which tools reported. */
export function securitySummary(report: GateReport): Summary {
  const s = new Summary().verdict(
    report.decision === 'pass' ? 'pass' : 'fail',
    report.decision === 'pass'
      ? `Security gate passed: ${report.counts.total} finding(s), none blocking`
      : `Security gate failed: ${report.reasons.join('; ')}`,
  );
  const used = CATEGORIES.filter((c) => SEVERITIES.some((sev) => report.counts[sev][c] > 0));
  if (used.length)
    s.table(
      ['Severity', ...used],
      SEVERITIES.map((sev) => [sev, ...used.map((c) => report.counts[sev][c] || '')]),
    );
  if (report.blocking.length) {
    s.heading(`Blocking (${report.blocking.length})`);
    s.table(
      ['Severity', 'Finding', 'Package (installed → fixed)', 'Where', 'Advisories', 'Tools'],
      report.blocking
        .slice(0, 50)
        .map((f) => [f.severity, f.title, pkg(f), where(f), f.advisories.slice(0, 2).join(' '), f.tools.join(', ')]),
    );
    if (report.blocking.length > 50) s.paragraph(`…and ${report.blocking.length - 50} more in the report.`);
  }
  if (report.unfixed.length)
    s.paragraph(`${report.unfixed.length} finding(s) at a failing severity have no fix yet and do not block (ignore-unfixed).`);
  if (report.suppressed.length || report.expired.length) {
    const lines = [
      ...report.suppressed.map(
        ({ finding, suppression }) =>
          `- suppressed: ${finding.title} (${finding.advisories[0] ?? finding.ruleId}) — ${suppression.reason}, until ${suppression.expires}`,
      ),
      ...report.expired.map(
        (x) =>
          `- ⚠️ expired ${x.expires}, no longer suppressing: ${x.advisory ?? x.rule ?? x.package ?? x.fingerprint} — ${x.reason} (line ${x.line})`,
      ),
    ];
    s.details(`Suppressions (${report.suppressed.length} used, ${report.expired.length} expired)`, lines.join('\n'));
  }
  s.details(
    `Reports (${report.reports.length})${report.missing.length ? ` · missing: ${report.missing.join(', ')}` : ''}`,
    new Summary().table(
      ['Tool', 'Format', 'File', 'Findings', 'Shows'],
      report.reports.map((r) => [r.tool, r.format, r.file, r.findings, r.evidence.join(', ')]),
    ),
  );
  if (report.sboms.length)
    s.paragraph(
      `SBOM: ${report.sboms.map((b) => `${b.file} (${b.format}, ${b.components} components, ${b.licenses} licenses)`).join('; ')}`,
    );
  if (report.sarifDropped.length) s.list(report.sarifDropped.map((d) => `SARIF: dropped ${d}`));
  return s;
}

/** The same for a terminal. */
export function securityText(report: GateReport): string {
  const lines = [
    report.decision === 'pass' ? `PASS: ${report.counts.total} finding(s), none blocking` : `FAIL: ${report.reasons.join('; ')}`,
  ];
  for (const sev of SEVERITIES) {
    const total = CATEGORIES.reduce((n, c) => n + report.counts[sev][c], 0);
    if (total)
      lines.push(
        `  ${sev.padEnd(8)} ${total}  (${CATEGORIES.filter((c) => report.counts[sev][c])
          .map((c) => `${c} ${report.counts[sev][c]}`)
          .join(', ')})`,
      );
  }
  for (const f of report.blocking.slice(0, 20))
    lines.push(`  ✖ ${f.severity} ${f.title} ${pkg(f)} ${where(f)} [${f.tools.join(', ')}]`.replace(/\s+$/, ''));
  if (report.blocking.length > 20) lines.push(`  …and ${report.blocking.length - 20} more`);
  for (const x of report.expired) lines.push(`  ⚠ suppression expired ${x.expires}: ${x.advisory ?? x.rule ?? x.package ?? x.fingerprint}`);
  return `${lines.join('\n')}\n`;
}
