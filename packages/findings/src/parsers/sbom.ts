import type { Finding, ParsedReport } from '../model.js';
import { severityFromScore, severityFromWord } from '../model.js';
import { advisoryIds, arr, each, headline, isList, type Json, make, num, str } from './util.js';

/** Syft (or any) SPDX 2.x JSON: component and license counts, evidence that an SBOM exists. */
export function parseSpdx(data: Json, file: string): ParsedReport {
  let components = 0;
  const licenses = new Set<string>();
  for (const p of each(data.packages)) {
    components++;
    for (const l of [p.licenseConcluded, p.licenseDeclared]) if (str(l) && l !== 'NOASSERTION' && l !== 'NONE') licenses.add(l);
  }
  const tool = str(arr(data.creationInfo?.creators).find((c: string) => c.startsWith('Tool:')))?.replace('Tool: ', '') ?? 'SPDX';
  return {
    file,
    format: 'spdx',
    tool,
    evidence: ['sbom'],
    findings: [],
    sbom: { format: 'spdx', components, licenses: [...licenses].sort() },
  };
}

/** CycloneDX JSON: components and licenses; a vulnerabilities section (Trivy's VEX) becomes findings. */
export function parseCycloneDx(data: Json, file: string): ParsedReport {
  let components = 0;
  const licenses = new Set<string>();
  // Only what a vulnerability's `affects` needs is kept of each component.
  const byRef = new Map<unknown, { name?: string; version?: string }>();
  for (const c of each(data.components)) {
    components++;
    if (c['bom-ref'] !== undefined) byRef.set(c['bom-ref'], { name: str(c.name), version: str(c.version) });
    for (const l of arr(c.licenses)) {
      const name = str(l.license?.id) ?? str(l.license?.name) ?? str(l.expression);
      if (name) licenses.add(name);
    }
  }
  const tools = isList(data.metadata?.tools) ? arr(data.metadata.tools) : arr(data.metadata?.tools?.components);
  const tool = str(tools[0]?.name) ?? 'CycloneDX';
  const findings: Finding[] = [];
  for (const v of each(data.vulnerabilities)) {
    const rating = arr(v.ratings).reduce((best: Json, r: Json) => ((num(r.score) ?? 0) > (num(best?.score) ?? -1) ? r : best), undefined);
    const severity = str(rating?.severity)
      ? severityFromWord(rating.severity, 'info')
      : num(rating?.score)
        ? severityFromScore(rating.score)
        : 'info';
    for (const affected of arr(v.affects).length ? arr(v.affects) : [{}]) {
      const component = byRef.get(affected.ref) ?? {};
      findings.push(
        make({
          tool,
          report: file,
          category: 'dependency',
          severity,
          ruleId: str(v.id) ?? 'unknown',
          title: headline(v.description) ?? str(v.id) ?? 'vulnerability',
          advisories: advisoryIds(
            v.id,
            arr(v.references).map((r) => r?.id),
          ),
          package: { name: str(component.name) ?? str(affected.ref) ?? '?', version: str(component.version) },
          location: { file },
        }),
      );
    }
  }
  return {
    file,
    format: 'cyclonedx',
    tool,
    evidence: findings.length ? ['sbom', 'dependencies'] : ['sbom'],
    findings,
    sbom: { format: 'cyclonedx', components, licenses: [...licenses].sort() },
  };
}

/** `cosign verify --output json`: each entry is a verified signature claim for an image digest. */
export function parseCosign(data: Json, file: string): ParsedReport {
  const images = arr(data)
    .map(
      (e) =>
        str(e?.critical?.image?.['docker-manifest-digest']) &&
        `${e.critical.identity?.['docker-reference'] ?? 'image'}@${e.critical.image['docker-manifest-digest']}`,
    )
    .filter((x): x is string => Boolean(x));
  return {
    file,
    format: 'cosign',
    tool: 'Cosign',
    evidence: images.length ? ['signature'] : [],
    findings: [],
    signature: { verified: images.length > 0, images },
  };
}
