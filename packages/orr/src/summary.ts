import { Summary } from '@golive/core';
import type { ItemReport, OrrReport } from './score.js';

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** "ORR 84/100 — GO": the check run's title and the summary's first words. */
export function orrTitle(report: OrrReport): string {
  return `ORR ${fmt(report.score)}/100 — ${report.decision === 'go' ? 'GO' : 'NO-GO'}`;
}

/** What is left to do, the items that would add the most points first. */
export function gaps(report: OrrReport): ItemReport[] {
  return report.items
    .filter((i) => i.state !== 'met' && i.state !== 'exempt')
    .sort((a, b) => b.points - a.points || Number(b.critical) - Number(a.critical));
}

const STATE: Record<ItemReport['state'], string> = {
  met: 'met',
  exempt: 'exempt',
  unchecked: 'unchecked',
  'claimed-not-evidenced': 'claimed, not evidenced',
  'exemption-expired': 'exemption expired',
};

/** The job summary and the check run's text: decision first, then categories, gaps and detail. */
export function orrSummary(report: OrrReport, base?: { score: number; ref: string }): Summary {
  const delta = base
    ? ` (${report.score - base.score >= 0 ? '+' : ''}${fmt(Math.round((report.score - base.score) * 100) / 100)} against ${base.ref})`
    : '';
  const summary = new Summary().verdict(
    report.decision === 'go' ? 'pass' : 'fail',
    `${orrTitle(report)}${delta} · ${report.band} · minimum ${report.minScore}`,
  );
  if (report.reasons.length) summary.list(report.reasons);
  if (report.warnings.length) summary.list(report.warnings.map((w) => `⚠️ ${w}`));
  summary.table(
    ['Category', 'Weight', 'Met', 'Points'],
    report.categories.map((c) => [c.name, `${fmt(c.weight)}%`, `${c.met}/${c.total}`, `${fmt(c.points)} / ${fmt(c.weight)}`]),
  );
  const open = gaps(report);
  if (open.length) {
    summary.heading('Gaps, by points they would add');
    summary.table(
      ['Item', 'Category', '+Points', 'State', 'Remediation'],
      open
        .slice(0, 25)
        .map((i) => [
          `${i.critical ? '🔴 ' : ''}${i.title}`,
          i.category,
          fmt(i.points),
          STATE[i.state] + (i.evidence?.status === 'fail' ? `: ${i.evidence.detail}` : ''),
          i.remediation ?? '',
        ]),
    );
    if (open.length > 25) summary.paragraph(`…and ${open.length - 25} more in the report.`);
  }
  const suggested = report.items.filter((i) => i.suggested);
  if (suggested.length)
    summary.details(
      `Evidenced but unchecked (${suggested.length}): tick them`,
      suggested.map((i) => `- ${i.title}: ${i.evidence?.detail}`).join('\n'),
    );
  if (report.criteria.length) {
    summary.details(
      'Go/No-Go criteria',
      new Summary().table(
        ['Criterion', 'Decision', 'Why'],
        report.criteria.map((c) => [c.name, c.decision.toUpperCase(), c.reason]),
      ),
    );
  }
  const checked = report.items.filter((i) => i.evidence);
  if (checked.length) {
    summary.details(
      `Evidence (${checked.length} items)`,
      new Summary().table(
        ['Item', 'Check', 'Result'],
        checked.map((i) => [i.title, `${i.evidence?.kind} (${i.evidence?.from})`, `${i.evidence?.status}: ${i.evidence?.detail}`]),
      ),
    );
  } else if (!report.evidence) {
    summary.paragraph('Evidence checks were turned off: the score is what the checklist claims.');
  }
  summary.mermaid(
    [
      'xychart-beta',
      '  title "Points by category"',
      `  x-axis [${report.categories.map((c) => JSON.stringify(c.name.slice(0, 18))).join(', ')}]`,
      `  y-axis "points" 0 --> ${Math.ceil(Math.max(...report.categories.map((c) => c.weight), 1))}`,
      `  bar [${report.categories.map((c) => fmt(c.weight)).join(', ')}]`,
      `  bar [${report.categories.map((c) => fmt(c.points)).join(', ')}]`,
    ].join('\n'),
  );
  return summary;
}

/** The same report for a terminal. */
export function orrText(report: OrrReport): string {
  const lines = [`${orrTitle(report)} · ${report.band} · minimum ${report.minScore} · ${report.file}`];
  for (const reason of report.reasons) lines.push(`  ✖ ${reason}`);
  for (const warning of report.warnings) lines.push(`  ⚠ ${warning}`);
  lines.push('');
  const width = Math.max(...report.categories.map((c) => c.name.length));
  for (const c of report.categories)
    lines.push(`  ${c.name.padEnd(width)}  ${`${c.met}/${c.total}`.padStart(5)}  ${fmt(c.points).padStart(5)} / ${fmt(c.weight)}`);
  const open = gaps(report);
  if (open.length) {
    lines.push('', 'Gaps, by points they would add:');
    for (const i of open.slice(0, 15)) {
      const note = i.evidence?.status === 'fail' ? ` — ${i.evidence.detail}` : '';
      lines.push(
        `  +${fmt(i.points)}  ${i.critical ? '[critical] ' : ''}${i.title} (${STATE[i.state]}${note}) ${i.source.file}:${i.source.line}`,
      );
    }
    if (open.length > 15) lines.push(`  …and ${open.length - 15} more`);
  }
  return `${lines.join('\n')}\n`;
}
