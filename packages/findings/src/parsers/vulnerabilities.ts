import type { Finding, ParsedReport } from '../model.js';
import { severityFromScore, severityFromWord } from '../model.js';
import { advisoryIds, arr, each, headline, isList, type Json, make, num, str } from './util.js';

/** A Trivy report's results, and those of each workload in a `trivy k8s` report, one at a time. */
function* trivyResults(data: Json): Generator<{ result: Json; prefix: string }> {
  for (const result of each(data.Results)) yield { result, prefix: '' };
  for (const group of ['Vulnerabilities', 'Misconfigurations']) {
    for (const workload of each(data[group])) {
      const prefix = `${workload.Namespace ?? ''}/${workload.Kind ?? ''}/${workload.Name ?? ''}: `;
      for (const result of each(workload.Results)) yield { result, prefix };
    }
  }
}

/** Trivy JSON: vulnerabilities, misconfigurations, secrets and licenses, image and `trivy k8s` reports. */
export function parseTrivy(data: Json, file: string): ParsedReport {
  const findings: Finding[] = [];
  const evidence = new Set<ParsedReport['evidence'][number]>();
  const isImage = data.ArtifactType === 'container_image' || Boolean(data.ClusterName);
  for (const { result, prefix } of trivyResults(data)) {
    const target = `${prefix}${str(result.Target) ?? data.ArtifactName ?? file}`;
    const osPackages = result.Class === 'os-pkgs';
    if (result.Class === 'os-pkgs' || result.Class === 'lang-pkgs') evidence.add(osPackages || isImage ? 'container' : 'dependencies');
    if (result.Class === 'config') evidence.add('iac');
    if (result.Class === 'secret') evidence.add('secrets');
    if (result.Class?.startsWith?.('license')) evidence.add('license');
    for (const v of each(result.Vulnerabilities)) {
      findings.push(
        make({
          tool: 'Trivy',
          report: file,
          category: osPackages || isImage ? 'container' : 'dependency',
          severity: severityFromWord(v.Severity, 'info'),
          ruleId: str(v.VulnerabilityID) ?? 'unknown',
          title: str(v.Title) ?? str(v.VulnerabilityID) ?? 'vulnerability',
          advisories: advisoryIds(v.VulnerabilityID, v.VendorIDs),
          package: {
            name: str(v.PkgName) ?? '?',
            version: str(v.InstalledVersion),
            fixedVersion: str(v.FixedVersion),
            ecosystem: str(result.Type),
          },
          location: { file: target },
        }),
      );
    }
    for (const m of each(result.Misconfigurations)) {
      if (m.Status && m.Status !== 'FAIL') continue;
      const line = num(m.CauseMetadata?.StartLine);
      findings.push(
        make({
          tool: 'Trivy',
          report: file,
          category: 'iac',
          severity: severityFromWord(m.Severity, 'info'),
          ruleId: str(m.AVDID) ?? str(m.ID) ?? 'misconfiguration',
          title: str(m.Title) ?? str(m.Message) ?? 'misconfiguration',
          location: { file: target, ...(line ? { line } : {}) },
        }),
      );
    }
    for (const s of each(result.Secrets)) {
      findings.push(
        make({
          tool: 'Trivy',
          report: file,
          category: 'secret',
          severity: severityFromWord(s.Severity, 'high'),
          ruleId: str(s.RuleID) ?? 'secret',
          title: str(s.Title) ?? 'secret',
          location: { file: target, ...(num(s.StartLine) ? { line: s.StartLine } : {}) },
          secret: str(s.Match),
        }),
      );
    }
    for (const l of each(result.Licenses)) {
      findings.push(
        make({
          tool: 'Trivy',
          report: file,
          category: 'license',
          severity: severityFromWord(l.Severity, 'low'),
          ruleId: str(l.Name) ?? 'license',
          title: `${l.PkgName ?? 'package'} uses ${l.Name ?? 'a restricted license'}`,
          package: { name: str(l.PkgName) ?? '?' },
          location: { file: target },
        }),
      );
    }
  }
  if (evidence.size === 0) evidence.add(isImage ? 'container' : 'dependencies');
  return { file, format: 'trivy', tool: 'Trivy', evidence: [...evidence], findings };
}

/** Grype JSON: severity from Grype's own word, else the highest CVSS it lists; `fix.versions` for the fixed version. */
export function parseGrype(data: Json, file: string): ParsedReport {
  const image = data.source?.type === 'image';
  const findings = Array.from(each(data.matches), (m) => {
    const v = m.vulnerability ?? {};
    const cvss = Math.max(0, ...arr(v.cvss).map((c) => num(c?.metrics?.baseScore) ?? 0));
    const severity = str(v.severity) ? severityFromWord(v.severity, 'info') : cvss ? severityFromScore(cvss) : 'info';
    const fixed = arr(v.fix?.versions)[0];
    return make({
      tool: 'Grype',
      report: file,
      category: image ? 'container' : 'dependency',
      severity,
      ruleId: str(v.id) ?? 'unknown',
      title: headline(v.description) ?? str(v.id) ?? 'vulnerability',
      advisories: advisoryIds(
        v.id,
        arr(m.relatedVulnerabilities).map((r) => r?.id),
      ),
      package: {
        name: str(m.artifact?.name) ?? '?',
        version: str(m.artifact?.version),
        fixedVersion: str(fixed),
        ecosystem: str(m.artifact?.type),
      },
      location: { file: str(arr(m.artifact?.locations)[0]?.path) ?? str(data.source?.target?.userInput) ?? file },
    });
  });
  return { file, format: 'grype', tool: 'Grype', evidence: [image ? 'container' : 'dependencies'], findings };
}

/** Snyk Open Source JSON, one project or the `--all-projects` array; container projects' applications too. */
export function parseSnyk(data: Json, file: string): ParsedReport {
  const projects: Iterable<Json> = isList(data) ? each(data) : [data];
  const findings: Finding[] = [];
  let container = false;
  const visit = (project: Json) => {
    const isImage = project.packageManager && /deb|apk|rpm|linux/.test(project.packageManager) ? true : Boolean(project.docker);
    container ||= isImage;
    const target = str(project.displayTargetFile) ?? str(project.path) ?? file;
    for (const v of each(project.vulnerabilities)) {
      findings.push(
        make({
          tool: 'Snyk',
          report: file,
          category: isImage ? 'container' : 'dependency',
          severity: severityFromWord(v.severity, 'info'),
          ruleId: str(v.id) ?? 'unknown',
          title: str(v.title) ?? str(v.id) ?? 'vulnerability',
          advisories: advisoryIds(arr(v.identifiers?.CVE), arr(v.identifiers?.GHSA), v.id),
          package: {
            name: str(v.packageName) ?? str(v.moduleName) ?? '?',
            version: str(v.version),
            fixedVersion: str(arr(v.fixedIn)[0]),
            ecosystem: str(project.packageManager),
          },
          location: { file: target.replace(/\\/g, '/') },
        }),
      );
    }
    for (const app of arr(project.applications)) visit(app);
  };
  for (const project of projects) visit(project);
  return { file, format: 'snyk', tool: 'Snyk', evidence: container ? ['container', 'dependencies'] : ['dependencies'], findings };
}

/** npm audit JSON v2 (npm 7 and later): one finding per advisory reached through `via`. */
export function parseNpmAudit(data: Json, file: string): ParsedReport {
  const findings: Finding[] = [];
  for (const [name, entry] of Object.entries<Json>(data.vulnerabilities ?? {})) {
    const advisories = arr(entry.via).filter((v) => typeof v === 'object');
    const fix = entry.fixAvailable;
    const fixedVersion = typeof fix === 'object' && fix?.name === name ? str(fix.version) : fix === true ? 'available' : undefined;
    // An entry only "via" other packages is reported at those packages.
    for (const via of advisories) {
      findings.push(
        make({
          tool: 'npm audit',
          report: file,
          category: 'dependency',
          severity: severityFromWord(via.severity ?? entry.severity, 'info'),
          ruleId: str(via.url)?.split('/').pop() ?? String(via.source ?? name),
          title: str(via.title) ?? `${name} is vulnerable`,
          advisories: advisoryIds(str(via.url)?.split('/').pop(), via.source !== undefined ? `npm:${via.source}` : undefined),
          package: { name, version: str(via.range) ?? str(entry.range), fixedVersion, ecosystem: 'npm' },
          location: { file: 'package-lock.json' },
        }),
      );
    }
  }
  return { file, format: 'npm-audit', tool: 'npm audit', evidence: ['dependencies'], findings };
}

/** OSV-Scanner JSON: severity from the group's max_severity, then the advisory's database severity. */
export function parseOsv(data: Json, file: string): ParsedReport {
  const findings: Finding[] = [];
  for (const result of each(data.results)) {
    const source = str(result.source?.path) ?? file;
    for (const pkg of each(result.packages)) {
      const groups = arr(pkg.groups);
      for (const v of each(pkg.vulnerabilities)) {
        const group = groups.find((g) => arr(g.ids).includes(v.id));
        const max = Number.parseFloat(group?.max_severity);
        const severity = Number.isFinite(max) ? severityFromScore(max) : severityFromWord(v.database_specific?.severity, 'medium');
        const fixed = arr(v.affected)
          .flatMap((a) => arr(a.ranges))
          .flatMap((r) => arr(r.events))
          .map((e) => str(e.fixed))
          .find(Boolean);
        findings.push(
          make({
            tool: 'OSV-Scanner',
            report: file,
            category: 'dependency',
            severity,
            ruleId: str(v.id) ?? 'unknown',
            title: str(v.summary) ?? str(v.id) ?? 'vulnerability',
            advisories: advisoryIds(v.id, arr(v.aliases)),
            package: {
              name: str(pkg.package?.name) ?? str(pkg.package?.commit) ?? '?',
              version: str(pkg.package?.version),
              fixedVersion: fixed,
              ecosystem: str(pkg.package?.ecosystem),
            },
            location: { file: source },
          }),
        );
      }
    }
  }
  return { file, format: 'osv-scanner', tool: 'OSV-Scanner', evidence: ['dependencies'], findings };
}
