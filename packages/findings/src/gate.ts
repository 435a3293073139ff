import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { UserError } from '@golive/core';
import { globSync } from 'tinyglobby';
import { FindingSet } from './dedup.js';
import { CATEGORIES, type Category, type Finding, SEVERITIES, type Severity } from './model.js';
import { applyPolicy, parsePolicy, type Suppression, type Verdict } from './policy.js';
import { FORMATS, readReport } from './read-report.js';
import { writeSarif } from './sarif-writer.js';

export interface GateOptions {
  /** Globs, each optionally `FORMAT:glob` when the content cannot tell. */
  reports: string[];
  root: string;
  failOn: Severity[];
  ignoreUnfixed: boolean;
  require: string[];
  /** The policy file; `required` when the user named it. */
  policy?: { path: string; required: boolean };
  now: Date;
  version: string;
  /** Where to write the merged SARIF; none is written without it. */
  sarif?: string;
}

export interface GateReport extends Verdict {
  reports: { file: string; format: string; tool: string; findings: number; evidence: string[] }[];
  findings: Finding[];
  counts: Record<Severity, Record<Category, number>> & { total: number };
  /** The merged SARIF log's path, when one was written. */
  sarif?: string;
  sarifDropped: string[];
  sboms: { file: string; format: string; components: number; licenses: number }[];
}

/** Expands the report globs; a glob that matches nothing is the user's mistake, never a silent pass. */
export function expandReports(patterns: string[], root: string): { file: string; format?: string }[] {
  const files: { file: string; format?: string }[] = [];
  for (const raw of patterns) {
    const prefix = /^([a-z-]+):(?!\/\/)(.+)$/.exec(raw);
    const format = prefix && FORMATS[prefix[1] as string] ? prefix[1] : undefined;
    const pattern = format ? (prefix?.[2] as string) : raw;
    const matches = globSync(pattern, { cwd: root, absolute: true, dot: true, onlyFiles: true });
    if (matches.length === 0)
      throw new UserError(`reports: '${raw}' matches no file under ${root}; expected a path or glob of scanner reports`);
    for (const file of matches.sort()) if (!files.some((f) => f.file === file)) files.push({ file, format });
  }
  return files;
}

export function countFindings(findings: Finding[]): GateReport['counts'] {
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [s, Object.fromEntries(CATEGORIES.map((c) => [c, 0]))]),
  ) as unknown as GateReport['counts'];
  for (const f of findings) counts[f.severity][f.category]++;
  counts.total = findings.length;
  return counts;
}

/** Reads every report, dedups across tools, applies the policy and writes the merged SARIF. */
export function runSecurityGate(options: GateOptions): GateReport {
  const files = expandReports(options.reports, options.root);
  const display = (file: string) => (isAbsolute(file) ? relative(options.root, file) : file);
  // Each report's findings go into the set as it is read; only their count is kept.
  const set = new FindingSet();
  const parsed = files.map(({ file, format }) => {
    const { findings, ...report } = readReport(file, format);
    const shown = [display(file)];
    for (const f of findings) {
      f.reports = shown;
      set.add(f);
    }
    return { ...report, file: shown[0] as string, count: findings.length };
  });
  let suppressions: Suppression[] = [];
  if (options.policy) {
    const path = resolve(options.root, options.policy.path);
    if (existsSync(path)) suppressions = parsePolicy(readFileSync(path, 'utf8'), options.policy.path);
    else if (options.policy.required)
      throw new UserError(`policy ${options.policy.path}: file not found; expected a YAML file of suppressions`);
  }
  const findings = set.list();
  const verdict = applyPolicy(findings, parsed, {
    failOn: options.failOn,
    ignoreUnfixed: options.ignoreUnfixed,
    require: options.require,
    suppressions,
    now: options.now,
  });
  const suppressedBy = new Map(verdict.suppressed.map((s) => [s.finding.fingerprint, s.suppression]));
  const sarif = options.sarif ? writeSarif(findings, suppressedBy, options.version, options.sarif) : undefined;
  return {
    ...verdict,
    reports: parsed.map((r) => ({ file: r.file, format: r.format, tool: r.tool, findings: r.count, evidence: r.evidence })),
    findings,
    counts: countFindings(findings),
    sarif: options.sarif,
    sarifDropped: sarif?.dropped ?? [],
    sboms: parsed
      .filter((r) => r.sbom)
      .map((r) => ({
        file: r.file,
        format: r.sbom?.format ?? '',
        components: r.sbom?.components ?? 0,
        licenses: r.sbom?.licenses.length ?? 0,
      })),
  };
}
