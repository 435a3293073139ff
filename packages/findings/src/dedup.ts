import type { Finding } from './model.js';
import { SEVERITY_RANK, sortAdvisories } from './model.js';

/**
 * One finding per fingerprint, naming every tool that saw it: the highest
 * severity any tool gave, the advisory ids and the fixed version any tool knew.
 */
export function dedup(findings: Finding[]): Finding[] {
  const merged = new Map<string, Finding>();
  for (const f of findings) {
    const seen = merged.get(f.fingerprint);
    if (!seen) {
      merged.set(f.fingerprint, { ...f, tools: [...f.tools], reports: [...f.reports], advisories: [...f.advisories] });
      continue;
    }
    seen.tools = [...new Set([...seen.tools, ...f.tools])];
    seen.reports = [...new Set([...seen.reports, ...f.reports])];
    seen.advisories = sortAdvisories([...seen.advisories, ...f.advisories]);
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen.severity]) seen.severity = f.severity;
    if (seen.package && f.package && !seen.package.fixedVersion && f.package.fixedVersion)
      seen.package.fixedVersion = f.package.fixedVersion;
    if (f.verified) seen.verified = true;
    if (!seen.location?.line && f.location?.line) seen.location = f.location;
  }
  return [...merged.values()];
}
