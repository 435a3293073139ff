import { gzipSync } from 'node:zlib';
import type { Category, Finding, Severity } from './model.js';
import { SEVERITY_RANK } from './model.js';
import type { Suppression } from './policy.js';

const SCORE: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' };
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub code scanning's upload limits. */
export const LIMITS = { runs: 20, resultsPerRun: 25_000, gzipBytes: 10 * 1024 * 1024 };

export interface SarifOutput {
  /** The log, serialized: built a run at a time so only one run's objects live at once. */
  text: string;
  /** What was left out to stay within GitHub's limits, in words. */
  dropped: string[];
}

const bySeverity = (a: Finding, b: Finding) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];

/**
 * A SARIF artifact URI: a scheme, or a path relative to the repository (what code
 * scanning maps to files). Scanners write "/requirements.txt" for the scanned
 * folder's root; a leading slash without a scheme is not a valid reference.
 */
function uriOf(f: Finding): string {
  const file = (f.location?.file ?? f.reports[0] ?? 'unknown').replace(/\\/g, '/');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return encodeURI(file);
  const drive = /^\/?([A-Za-z]:\/.*)$/.exec(file);
  if (drive) return encodeURI(`file:///${drive[1]}`);
  return encodeURI(file.replace(/^(\.\/|\/)+/, '')) || 'unknown';
}

function run(tool: string, category: Category, findings: Finding[], suppressed: Map<string, Suppression>, version: string) {
  const rules = new Map<string, number>();
  const ruleList: Record<string, unknown>[] = [];
  const results = findings.map((f) => {
    if (!rules.has(f.ruleId)) {
      rules.set(f.ruleId, ruleList.length);
      ruleList.push({
        id: f.ruleId,
        shortDescription: { text: f.title.slice(0, 1000) || f.ruleId },
        properties: { tags: ['security', category], 'security-severity': SCORE[f.severity] },
      });
    }
    const suppression = suppressed.get(f.fingerprint);
    const pkg = f.package
      ? ` in ${f.package.name}${f.package.version ? ` ${f.package.version}` : ''}${f.package.fixedVersion ? ` (fixed in ${f.package.fixedVersion})` : ''}`
      : '';
    return {
      ruleId: f.ruleId,
      ruleIndex: rules.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: `${f.title}${pkg}. Seen by ${f.tools.join(', ')}.` },
      locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(f) }, region: { startLine: Math.max(1, f.location?.line ?? 1) } } }],
      partialFingerprints: { 'goliveFinding/v1': f.fingerprint },
      properties: {
        severity: f.severity,
        tools: f.tools,
        ...(f.advisories.length ? { advisories: f.advisories } : {}),
        ...(f.verified !== undefined ? { verified: f.verified } : {}),
      },
      ...(suppression
        ? {
            suppressions: [{ kind: 'external', status: 'accepted', justification: `${suppression.reason} (until ${suppression.expires})` }],
          }
        : {}),
    };
  });
  return {
    tool: { driver: { name: tool, semanticVersion: version, informationUri: 'https://github.com/golive/golive', rules: ruleList } },
    automationDetails: { id: `golive/${category}/${tool.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/` },
    results,
  };
}

/**
 * One SARIF 2.1.0 log with a run per tool and category (GitHub refuses two runs
 * of one tool and category in an upload), suppressed findings kept and marked,
 * within GitHub's limits: when over, the most severe findings are kept.
 */
export function writeSarif(findings: Finding[], suppressed: Map<string, Suppression>, version: string): SarifOutput {
  const dropped: string[] = [];
  const groups = new Map<string, { tool: string; category: Category; findings: Finding[] }>();
  for (const f of findings) {
    const key = `${f.tools[0]}|${f.category}`;
    const group = groups.get(key) ?? { tool: f.tools[0] ?? 'unknown', category: f.category, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  let ordered = [...groups.values()].sort(
    (a, b) =>
      SEVERITY_RANK[[...b.findings].sort(bySeverity)[0]?.severity ?? 'info'] -
      SEVERITY_RANK[[...a.findings].sort(bySeverity)[0]?.severity ?? 'info'],
  );
  if (ordered.length > LIMITS.runs) {
    const cut = ordered.slice(LIMITS.runs);
    dropped.push(
      `${cut.length} run(s) over GitHub's ${LIMITS.runs}-run limit: ${cut.map((g) => `${g.tool}/${g.category} (${g.findings.length})`).join(', ')}`,
    );
    ordered = ordered.slice(0, LIMITS.runs);
  }
  for (const group of ordered) {
    group.findings.sort(bySeverity);
    if (group.findings.length > LIMITS.resultsPerRun) {
      const cut = group.findings.splice(LIMITS.resultsPerRun);
      dropped.push(
        `${cut.length} ${group.tool}/${group.category} result(s) over the ${LIMITS.resultsPerRun}-result limit, least severe first`,
      );
    }
  }
  const build = () =>
    `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[${ordered
      .map((g) => JSON.stringify(run(g.tool, g.category, g.findings, suppressed, version)))
      .join(',')}]}`;
  let text = build();
  // Trim the least severe results until the gzipped log fits. The fastest level
  // compresses worst, so a log it fits certainly fits GitHub's own compression.
  while (
    text.length > LIMITS.gzipBytes &&
    gzipSync(text, { level: 1 }).length > LIMITS.gzipBytes &&
    gzipSync(text).length > LIMITS.gzipBytes
  ) {
    const largest = ordered.reduce((a, b) => (b.findings.length > a.findings.length ? b : a));
    const cut = largest.findings.splice(Math.floor(largest.findings.length * 0.9));
    dropped.push(`${cut.length} ${largest.tool}/${largest.category} result(s) to stay under ${LIMITS.gzipBytes / 1024 / 1024} MB gzipped`);
    text = build();
  }
  return { text, dropped };
}
