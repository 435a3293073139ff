export type Category = 'secret' | 'dependency' | 'code' | 'container' | 'iac' | 'policy' | 'license';
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
export const CATEGORIES: Category[] = ['secret', 'dependency', 'code', 'container', 'iac', 'policy', 'license'];

export interface Location {
  file: string;
  line?: number;
}

export interface Finding {
  /** Stable across runs and tools: what dedup and SARIF partialFingerprints key on. */
  fingerprint: string;
  tools: string[];
  category: Category;
  severity: Severity;
  /** The tool's rule or check id. */
  ruleId: string;
  title: string;
  /** CVE, GHSA and other advisory ids, CVE first. */
  advisories: string[];
  package?: { name: string; version?: string; fixedVersion?: string; ecosystem?: string };
  location?: Location;
  /** Secrets: the scanner confirmed the credential works. */
  verified?: boolean;
  /** The report file(s) it came from. */
  reports: string[];
}

/** What a report proves beyond its findings: that a scan of this kind ran. */
export type Evidence = 'secrets' | 'dependencies' | 'sast' | 'iac' | 'container' | 'policy' | 'license' | 'sbom' | 'signature';

export interface ParsedReport {
  file: string;
  format: string;
  tool: string;
  /** The scan kinds this report shows ran, for `require`. */
  evidence: Evidence[];
  findings: Finding[];
  sbom?: { format: 'spdx' | 'cyclonedx'; components: number; licenses: string[] };
  signature?: { verified: boolean; images: string[] };
}

export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

/** CVSS score bands, as GitHub code scanning maps `security-severity`. */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** The common words tools use for severity. Unknown words are `info` only when the tool says unknown. */
export function severityFromWord(word: string | undefined | null, fallback: Severity = 'medium'): Severity {
  switch ((word ?? '').toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
    case 'error':
      return 'high';
    case 'medium':
    case 'moderate':
    case 'warning':
      return 'medium';
    case 'low':
    case 'note':
      return 'low';
    case 'info':
    case 'informational':
    case 'negligible':
    case 'unknown':
    case 'none':
      return 'info';
    default:
      return fallback;
  }
}

/** Advisory ids in a stable order: CVE first, then GHSA, then the rest. */
export function sortAdvisories(ids: Iterable<string>): string[] {
  const rank = (id: string) => (id.startsWith('CVE-') ? 0 : id.startsWith('GHSA-') ? 1 : 2);
  return [...new Set([...ids].filter(Boolean))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
