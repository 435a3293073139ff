import type { Finding } from './model.js';
import { SEVERITY_RANK, sortAdvisories } from './model.js';

/**
 * Findings, one per fingerprint, naming every tool that saw it: the highest
 * severity any tool gave, the advisory ids and the fixed version any tool knew.
 * Reports are added as they are read, so no report's findings are held twice.
 * The first finding of a fingerprint is the one kept and merged into.
 */
export class FindingSet {
  private readonly merged = new Map<string, Finding>();

  add(f: Finding): void {
    const seen = this.merged.get(f.fingerprint);
    if (!seen) {
      this.merged.set(f.fingerprint, f);
      return;
    }
    // Lists are replaced, never changed in place: findings share them.
    if (!f.tools.every((t) => seen.tools.includes(t))) seen.tools = [...new Set([...seen.tools, ...f.tools])];
    if (!f.reports.every((r) => seen.reports.includes(r))) seen.reports = [...new Set([...seen.reports, ...f.reports])];
    if (!f.advisories.every((a) => seen.advisories.includes(a))) seen.advisories = sortAdvisories([...seen.advisories, ...f.advisories]);
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen.severity]) seen.severity = f.severity;
    if (seen.package && f.package && !seen.package.fixedVersion && f.package.fixedVersion)
      seen.package = { ...seen.package, fixedVersion: f.package.fixedVersion };
    if (f.verified) seen.verified = true;
    if (!seen.location?.line && f.location?.line) seen.location = f.location;
  }

  list(): Finding[] {
    return [...this.merged.values()];
  }
}
