import { FileSink, jsonMemo } from './file-sink.js';
import type { Category, Finding, Severity } from './model.js';
import { SEVERITIES, SEVERITY_RANK } from './model.js';
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
export type Limits = typeof LIMITS;

export interface SarifOutput {
  /** What was left out to stay within GitHub's limits, in words. */
  dropped: string[];
  results: number;
  bytes: number;
}

/** Most severe first, in the order found within a severity. */
function bySeverity(findings: Finding[]): Finding[] {
  const buckets: Finding[][] = SEVERITIES.map(() => []);
  for (const f of findings) buckets[SEVERITIES.length - 1 - SEVERITY_RANK[f.severity]]?.push(f);
  return buckets.flat();
}

/**
 * A SARIF artifact URI: a scheme, or a path relative to the repository (what code
 * scanning maps to files). Scanners write "/requirements.txt" for the scanned
 * folder's root; a leading slash without a scheme is not a valid reference.
 */
function uriOf(path: string): string {
  const file = path.replace(/\\/g, '/');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return encodeURI(file);
  const drive = /^\/?([A-Za-z]:\/.*)$/.exec(file);
  if (drive) return encodeURI(`file:///${drive[1]}`);
  return encodeURI(file.replace(/^(\.\/|\/)+/, '')) || 'unknown';
}

/**
 * A finding's message without a package: a rule's message repeats at every
 * place it fired, so it is kept as JSON by its (shared) title and tool list.
 */
function message(messages: Map<string, { tools: string[]; json: string }>, f: Finding): string {
  const seen = messages.get(f.title);
  if (seen?.tools === f.tools) return seen.json;
  const json = JSON.stringify(`${f.title}. Seen by ${f.tools.join(', ')}.`);
  if (messages.size >= 10_000) messages.clear();
  messages.set(f.title, { tools: f.tools, json });
  return json;
}

/**
 * One result as JSON text. Written out rather than built as objects and then
 * serialized: a log holds up to half a million results, and the objects were
 * most of the writer's time.
 */
function result(
  shared: (value: unknown) => string,
  messages: Map<string, { tools: string[]; json: string }>,
  f: Finding,
  ruleIndex: number,
  uri: string,
  suppression: Suppression | undefined,
): string {
  const pkg = f.package
    ? ` in ${f.package.name}${f.package.version ? ` ${f.package.version}` : ''}${f.package.fixedVersion ? ` (fixed in ${f.package.fixedVersion})` : ''}`
    : '';
  const properties =
    `"severity":"${f.severity}","tools":${shared(f.tools)}` +
    (f.advisories.length ? `,"advisories":${JSON.stringify(f.advisories)}` : '') +
    (f.verified !== undefined ? `,"verified":${f.verified}` : '');
  const suppressions = suppression
    ? `,"suppressions":[{"kind":"external","status":"accepted","justification":${JSON.stringify(`${suppression.reason} (until ${suppression.expires})`)}}]`
    : '';
  return (
    `{"ruleId":${JSON.stringify(f.ruleId)},"ruleIndex":${ruleIndex},"level":"${LEVEL[f.severity]}",` +
    `"message":{"text":${pkg ? JSON.stringify(`${f.title}${pkg}. Seen by ${f.tools.join(', ')}.`) : message(messages, f)}},` +
    `"locations":[{"physicalLocation":{"artifactLocation":{"uri":${uri}},"region":{"startLine":${Math.max(1, f.location?.line ?? 1)}}}}],` +
    `"partialFingerprints":{"goliveFinding/v1":${JSON.stringify(f.fingerprint)}},"properties":{${properties}}${suppressions}}`
  );
}

interface Group {
  tool: string;
  category: Category;
  findings: Finding[];
}

/** One run: its results first, then the tool with the rules they named (SARIF does not mind the order). */
function writeRun(sink: FileSink, group: Group, suppressed: Map<string, Suppression>, version: string): void {
  const { tool, category, findings } = group;
  const rules = new Map<string, number>();
  const ruleList: Record<string, unknown>[] = [];
  sink.write(
    `{"automationDetails":${JSON.stringify({ id: `golive/${category}/${tool.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/` })},"results":[`,
  );
  const uris = new Map<string, string>();
  // Tool lists are shared: each is serialized once.
  const shared = jsonMemo();
  const messages = new Map<string, { tools: string[]; json: string }>();
  findings.forEach((f, i) => {
    const path = f.location?.file ?? f.reports[0] ?? 'unknown';
    let uri = uris.get(path);
    if (uri === undefined) {
      uri = JSON.stringify(uriOf(path));
      uris.set(path, uri);
    }
    let index = rules.get(f.ruleId);
    if (index === undefined) {
      index = ruleList.length;
      rules.set(f.ruleId, index);
      ruleList.push({
        id: f.ruleId,
        shortDescription: { text: f.title.slice(0, 1000) || f.ruleId },
        properties: { tags: ['security', category], 'security-severity': SCORE[f.severity] },
      });
    }
    sink.write(`${i ? ',' : ''}${result(shared, messages, f, index, uri, suppressed.get(f.fingerprint))}`);
  });
  sink.write(
    `],"tool":${JSON.stringify({ driver: { name: tool, semanticVersion: version, informationUri: 'https://github.com/golive/golive', rules: ruleList } })}}`,
  );
}

/**
 * Writes one SARIF 2.1.0 log to `path`, a run per tool and category (GitHub
 * refuses two runs of one tool and category in an upload), suppressed findings
 * kept and marked, within GitHub's limits: when over, the most severe are kept.
 */
export function writeSarif(
  findings: Finding[],
  suppressed: Map<string, Suppression>,
  version: string,
  path: string,
  limits: Limits = LIMITS,
): SarifOutput {
  const dropped: string[] = [];
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = `${f.tools[0]}|${f.category}`;
    const group = groups.get(key) ?? { tool: f.tools[0] ?? 'unknown', category: f.category, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.findings = bySeverity(group.findings);
  const worst = (g: Group) => SEVERITY_RANK[g.findings[0]?.severity ?? 'info'];
  let ordered = [...groups.values()].sort((a, b) => worst(b) - worst(a));
  if (ordered.length > limits.runs) {
    const cut = ordered.slice(limits.runs);
    dropped.push(
      `${cut.length} run(s) over GitHub's ${limits.runs}-run limit: ${cut.map((g) => `${g.tool}/${g.category} (${g.findings.length})`).join(', ')}`,
    );
    ordered = ordered.slice(0, limits.runs);
  }
  for (const group of ordered) {
    if (group.findings.length > limits.resultsPerRun) {
      const cut = group.findings.splice(limits.resultsPerRun);
      dropped.push(
        `${cut.length} ${group.tool}/${group.category} result(s) over the ${limits.resultsPerRun}-result limit, least severe first`,
      );
    }
  }
  for (;;) {
    const sink = new FileSink(path, true);
    try {
      sink.write('{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[');
      ordered.forEach((group, i) => {
        if (i) sink.write(',');
        writeRun(sink, group, suppressed, version);
      });
      sink.write(']}');
    } finally {
      sink.close();
    }
    const results = ordered.reduce((n, g) => n + g.findings.length, 0);
    if (sink.gzipBytes <= limits.gzipBytes) return { dropped, results, bytes: sink.bytes };
    // Over the gzipped limit: cut the least severe tenth of the largest run and write again.
    const largest = ordered.reduce((a, b) => (b.findings.length > a.findings.length ? b : a));
    if (largest.findings.length === 0) throw new Error(`SARIF without results is over ${limits.gzipBytes} bytes gzipped`);
    const cut = largest.findings.splice(Math.floor(largest.findings.length * 0.9));
    dropped.push(
      `${cut.length} ${largest.tool}/${largest.category} result(s) to stay under ${+(limits.gzipBytes / 1024 / 1024).toFixed(2)} MB gzipped`,
    );
  }
}
