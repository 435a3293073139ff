import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '@golive/core';
import { repoRoot, tempTree } from '@golive/core/testing';
import { describe, expect, it } from 'vitest';
import { type Finding, runSecurityGate, writeReportJson, writeSarif } from '../src/index.js';

function workspace(files: Record<string, unknown>, fixtures: string[] = []): string {
  const root = tempTree(files, 'golive-scan-');
  for (const fixture of fixtures) {
    mkdirSync(join(root, 'reports'), { recursive: true });
    cpSync(join(import.meta.dirname, '__fixtures__', fixture), join(root, 'reports', fixture.replace('/', '--')));
  }
  return root;
}

// The same advisory in the same package and version, as three scanners report it.
const TRIVY = {
  SchemaVersion: 2,
  ArtifactName: '.',
  ArtifactType: 'filesystem',
  Results: [
    {
      Target: 'requirements.txt',
      Class: 'lang-pkgs',
      Type: 'pip',
      Vulnerabilities: [
        {
          VulnerabilityID: 'CVE-2021-33503',
          PkgName: 'urllib3',
          InstalledVersion: '1.26.3',
          FixedVersion: '1.26.5',
          Severity: 'HIGH',
          Title: 'python-urllib3: ReDoS',
        },
      ],
    },
  ],
};
const GRYPE = {
  matches: [
    {
      vulnerability: { id: 'GHSA-q2q7-5pp4-w6pg', severity: 'High', fix: { versions: ['1.26.5'], state: 'fixed' }, cvss: [] },
      relatedVulnerabilities: [{ id: 'CVE-2021-33503' }],
      artifact: { name: 'urllib3', version: '1.26.3', type: 'python', locations: [{ path: '/requirements.txt' }] },
    },
  ],
  source: { type: 'directory', target: '.' },
  descriptor: { name: 'grype', version: '0.74.0' },
};
const SNYK = {
  ok: false,
  packageManager: 'pip',
  projectName: 'shop',
  displayTargetFile: 'requirements.txt',
  vulnerabilities: [
    {
      id: 'SNYK-PYTHON-URLLIB3-1533435',
      title: 'Regular Expression Denial of Service (ReDoS)',
      severity: 'medium',
      packageName: 'urllib3',
      version: '1.26.3',
      fixedIn: ['1.26.5'],
      identifiers: { CVE: ['CVE-2021-33503'], GHSA: ['GHSA-q2q7-5pp4-w6pg'] },
    },
  ],
};

const base = {
  failOn: ['critical', 'high'] as const,
  ignoreUnfixed: true,
  require: [] as string[],
  now: new Date('2026-11-24T12:00:00Z'),
  version: '0.1.0',
};

describe('dedup across tools', () => {
  it('makes one finding of one advisory in one package and version, naming every tool', () => {
    const root = workspace({ 'trivy.json': TRIVY, 'grype.json': GRYPE, 'snyk.json': SNYK });
    const report = runSecurityGate({ ...base, failOn: ['critical', 'high'], reports: ['*.json'], root });
    expect(report.findings).toHaveLength(1);
    const [f] = report.findings as [Finding];
    expect(f.tools.sort()).toEqual(['Grype', 'Snyk', 'Trivy']);
    expect(f.advisories).toEqual(['CVE-2021-33503', 'GHSA-q2q7-5pp4-w6pg', 'SNYK-PYTHON-URLLIB3-1533435']);
    expect(f.severity).toBe('high');
    expect(f.package).toMatchObject({ name: 'urllib3', version: '1.26.3', fixedVersion: '1.26.5' });
    expect(report.decision).toBe('fail');
  });

  it('makes one finding of one secret at one place, and of one rule at one line', () => {
    const root = workspace({}, [
      'trufflehog-jsonl/defectdojo-v3-git.jsonl',
      'trufflehog-jsonl/defectdojo-v3-github.jsonl',
      'semgrep-json/defectdojo-semgrep-repeated.json',
      'grype-json/defectdojo-grype-same-cve-two-paths.json',
    ]);
    const report = runSecurityGate({ ...base, failOn: ['critical', 'high'], reports: ['reports/*'], root });
    const by = (tool: string) => report.findings.filter((f) => f.tools.includes(tool)).length;
    // 4 lines in each of the git and github scans: the same 3 secrets (one URI is reported twice at one place).
    expect(by('TruffleHog')).toBe(3);
    expect(report.findings.filter((f) => f.tools.includes('TruffleHog')).every((f) => f.reports.length === 2)).toBe(true);
    expect(by('Semgrep')).toBe(1);
    expect(by('Grype')).toBe(1);
  });
});

describe('policy', () => {
  it('blocks at fail-on, leaves out unfixed advisories, and honours suppressions until they expire', () => {
    const root = workspace(
      {
        '.golive/security-policy.yml': [
          'suppressions:',
          '  - advisory: CVE-2021-33503',
          '    reason: not reachable from our code',
          '    expires: 2026-12-31',
          '  - rule: github-pat',
          '    reason: test fixture token',
          '    expires: 2026-01-01',
        ].join('\n'),
        'trivy.json': TRIVY,
      },
      ['trivy-json/trivy-secrets.json', 'grype-json/defectdojo-grype-0.28-all-fields.json'],
    );
    const report = runSecurityGate({
      ...base,
      failOn: ['critical', 'high'],
      reports: ['*.json', 'reports/*'],
      root,
      policy: { path: '.golive/security-policy.yml', required: true },
    });
    expect(report.suppressed.map((s) => s.finding.advisories[0])).toEqual(['CVE-2021-33503']);
    expect(report.expired.map((s) => [s.rule, s.line])).toEqual([['github-pat', 5]]);
    // Trivy's two secrets (the expired suppression no longer hides one) and Grype's fixed critical/high block; unfixed ones do not.
    expect(report.blocking.filter((f) => f.category === 'secret')).toHaveLength(2);
    expect(report.unfixed.length).toBeGreaterThan(0);
    expect(report.unfixed.every((f) => !f.package?.fixedVersion)).toBe(true);
    expect(report.blocking.every((f) => f.category === 'secret' || Boolean(f.package?.fixedVersion))).toBe(true);
    const strict = runSecurityGate({ ...base, failOn: ['critical', 'high'], ignoreUnfixed: false, reports: ['reports/*'], root });
    expect(strict.blocking.length).toBeGreaterThan(report.blocking.length - 0);
  });

  it('fails closed when a required kind of scan has no report', () => {
    const root = workspace({}, ['semgrep-json/defectdojo-semgrep-empty.json', 'spdx-json/atc-router-syft-0.83.0-cargo.json']);
    const report = runSecurityGate({
      ...base,
      failOn: ['critical'],
      reports: ['reports/*'],
      root,
      require: ['sast', 'sbom', 'secrets', 'dependencies'],
    });
    expect(report.missing).toEqual(['secrets', 'dependencies']);
    expect(report.decision).toBe('fail');
    expect(report.reasons).toEqual(['no report for required secrets, dependencies']);
  });

  it('names the file for a glob that matches nothing and the line for a bad date', () => {
    const root = workspace({ 'p.yml': 'suppressions:\n  - package: lodash\n    reason: r\n    expires: soon\n', 'trivy.json': TRIVY });
    expect(() => runSecurityGate({ ...base, failOn: ['high'], reports: ['scans/*.sarif'], root })).toThrow(
      /^reports: 'scans\/\*\.sarif' matches no file under /,
    );
    expect(() =>
      runSecurityGate({ ...base, failOn: ['high'], reports: ['trivy.json'], root, policy: { path: 'p.yml', required: true } }),
    ).toThrow("p.yml:2: suppressions.0.expires: 'soon' is not a date like 2026-12-31");
    expect(() =>
      runSecurityGate({ ...base, failOn: ['high'], reports: ['trivy.json'], root, policy: { path: 'nope.yml', required: true } }),
    ).toThrow(UserError);
  });
});

describe('merged SARIF', () => {
  const tool = join(repoRoot, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

  it("validates against SARIF 2.1.0 with Microsoft's own validator, one run per tool and category", () => {
    const root = workspace({ 'trivy.json': TRIVY, 'grype.json': GRYPE }, [
      'sarif/defectdojo-codeql-2.5.4.sarif',
      'sarif/defectdojo-suppressions.sarif',
      'trivy-json/defectdojo-fs-vulns-misconfig-secrets.json',
      'gitleaks-json/defectdojo-gitleaks8-many.json',
      'semgrep-json/defectdojo-semgrep-many.json',
    ]);
    const file = join(root, 'golive-security.sarif');
    const report = runSecurityGate({ ...base, failOn: ['critical', 'high'], reports: ['*.json', 'reports/*'], root, sarif: file });
    expect(report.sarif).toBe(file);
    const runs = JSON.parse(readFileSync(file, 'utf8')).runs as {
      tool: { driver: { name: string } };
      automationDetails: { id: string };
      results: { partialFingerprints: Record<string, string> }[];
    }[];
    const ids = runs.map((r) => r.automationDetails.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(runs.every((r) => r.results.every((x) => /^[\w-]{43}$/.test(x.partialFingerprints['goliveFinding/v1'] ?? '')))).toBe(true);
    // npm here does not run install scripts: the validator's run bit is set by hand.
    chmodSync(tool, 0o755);
    execFileSync(tool, ['validate', file, '--output', join(root, 'validation.sarif')], { stdio: 'ignore' });
    const validation = JSON.parse(readFileSync(join(root, 'validation.sarif'), 'utf8'));
    const errors = validation.runs[0].results.filter((r: { level?: string }) => r.level === 'error');
    expect(
      errors.map((e: { ruleId: string; message: { arguments?: string[] } }) => `${e.ruleId}: ${e.message.arguments?.join(' | ')}`),
    ).toEqual([]);
  });

  it('keeps suppressed findings, marked as suppressed', () => {
    const root = workspace({
      'trivy.json': TRIVY,
      'p.yml': 'suppressions:\n  - package: urllib3\n    reason: pinned by the platform\n    expires: 2030-01-01\n',
    });
    const sarif = join(root, 'out.sarif');
    const report = runSecurityGate({
      ...base,
      failOn: ['high'],
      reports: ['trivy.json'],
      root,
      policy: { path: 'p.yml', required: true },
      sarif,
    });
    const result = (
      JSON.parse(readFileSync(sarif, 'utf8')).runs as { results: { suppressions?: { kind: string; justification: string }[] }[] }[]
    )[0]?.results[0];
    expect(result?.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'pinned by the platform (until 2030-01-01)' },
    ]);
    expect(report.decision).toBe('pass');
  });

  it('stays within GitHub limits, keeping the most severe and saying what was dropped', () => {
    const many: Finding[] = Array.from({ length: 25_010 }, (_, i) => ({
      fingerprint: `${i}`.padStart(43, '0'),
      tools: ['Semgrep'],
      category: 'code',
      severity: i >= 25_005 ? 'critical' : 'low',
      ruleId: 'r',
      title: 't',
      advisories: [],
      location: { file: 'a.ts', line: 1 },
      reports: ['s.json'],
    }));
    const file = join(tempTree({}, 'golive-sarif-'), 'many.sarif');
    const { dropped, results: written } = writeSarif(many, new Map(), '0.1.0', file);
    expect(written).toBe(25_000);
    const results = (JSON.parse(readFileSync(file, 'utf8')).runs as { results: { level: string }[] }[])[0]?.results ?? [];
    expect(results).toHaveLength(25_000);
    expect(results.filter((r) => r.level === 'error')).toHaveLength(5);
    expect(dropped).toEqual(['10 Semgrep/code result(s) over the 25000-result limit, least severe first']);
  });
});

describe('JSON report', () => {
  it('holds every finding once, as the gate has it, with its status', () => {
    const root = workspace(
      {
        'trivy.json': TRIVY,
        'grype.json': GRYPE,
        'p.yml': 'suppressions:\n  - rule: aws-access-key-id\n    reason: a test token\n    expires: 2030-01-01\n',
      },
      [
        'trivy-json/trivy-secrets.json',
        'grype-json/defectdojo-grype-0.28-all-fields.json',
        'semgrep-json/defectdojo-semgrep-many.json',
        'gitleaks-json/defectdojo-gitleaks8-many.json',
      ],
    );
    const report = runSecurityGate({
      ...base,
      failOn: ['critical', 'high'],
      reports: ['*.json', 'reports/*'],
      root,
      policy: { path: 'p.yml', required: true },
    });
    const file = join(root, 'report.json');
    writeReportJson(file, report);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written).toMatchObject({ decision: report.decision, counts: report.counts, reasons: report.reasons });
    expect(written.findings).toHaveLength(report.findings.length);
    const statuses: Record<string, number> = {};
    report.findings.forEach((f, i) => {
      const { status, suppression, ...rest } = written.findings[i];
      // JSON leaves out what is undefined; the rest must be the finding, field for field.
      expect(rest).toEqual(JSON.parse(JSON.stringify(f)));
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 'suppressed') expect(suppression).toEqual({ reason: 'a test token', expires: '2030-01-01' });
    });
    expect(statuses).toEqual({
      blocking: report.blocking.length,
      unfixed: report.unfixed.length,
      suppressed: report.suppressed.length,
      'below-threshold': report.findings.length - report.blocking.length - report.unfixed.length - report.suppressed.length,
    });
    expect(report.suppressed.length).toBeGreaterThan(0);
    expect(report.unfixed.length).toBeGreaterThan(0);
  });
});
