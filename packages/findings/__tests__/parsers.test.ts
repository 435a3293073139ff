import { join } from 'node:path';
import { UserError } from '@golive/core';
import { describe, expect, it } from 'vitest';
import { readReport } from '../src/index.js';

const fixture = (path: string) => join(import.meta.dirname, '__fixtures__', path);

function tally(path: string, format?: string) {
  const report = readReport(fixture(path), format);
  const severities: Record<string, number> = {};
  const categories: Record<string, number> = {};
  for (const f of report.findings) {
    severities[f.severity] = (severities[f.severity] ?? 0) + 1;
    categories[f.category] = (categories[f.category] ?? 0) + 1;
  }
  return { format: report.format, total: report.findings.length, severities, categories, evidence: report.evidence, sbom: report.sbom };
}

// Counts checked against the reports by hand (see __fixtures__/SOURCES.md for what each holds).
describe('every fixture format parses, detected from content', () => {
  it.each([
    ['sarif/defectdojo-codeql-2.5.4.sarif', 'sarif', 72, { code: 72 }],
    ['sarif/defectdojo-lgtm-codeql-two-runs.sarif', 'sarif', 58 + 452, { code: 510 }],
    ['sarif/defectdojo-semgrep-0.17-owasp-benchmark.sarif', 'sarif', 1768, { code: 1768 }],
    ['sarif/defectdojo-snykcode-issue9270.sarif', 'sarif', 39, { code: 39 }],
    ['sarif/defectdojo-gitleaks-7.sarif', 'sarif', 8, { secret: 8 }],
    ['sarif/trivy-sarif-demo-legacy-template.sarif', 'sarif', 12, { dependency: 12 }],
    ['sarif/defectdojo-no-runs.sarif', 'sarif', 0, {}],
    ['trivy-json/defectdojo-fs-vulns-misconfig-secrets.json', 'trivy', 5, { dependency: 2, iac: 1, secret: 2 }],
    ['trivy-json/defectdojo-image-no-vulns.json', 'trivy', 0, {}],
    ['trivy-json/defectdojo-k8s-cluster.json', 'trivy', 20, { container: 10, iac: 10 }],
    ['trivy-json/trivy-helm-misconfig.json', 'trivy', 18, { iac: 18 }],
    ['trivy-json/trivy-secrets.json', 'trivy', 2, { secret: 2 }],
    ['grype-json/defectdojo-grype-0.28-all-fields.json', 'grype', 6, { container: 6 }],
    ['grype-json/defectdojo-grype-0.7-many.json', 'grype', 327, { container: 327 }],
    ['grype-json/defectdojo-grype-no-vulns.json', 'grype', 0, {}],
    ['snyk-json/defectdojo-single-maven-many.json', 'snyk', 41, { dependency: 41 }],
    ['snyk-json/defectdojo-all-projects-mixed-7.json', 'snyk', 9 + 6 + 25, { dependency: 40 }],
    ['snyk-json/defectdojo-all-projects-nuget-npm.json', 'snyk', 24 + 58, { dependency: 82 }],
    ['snyk-json/defectdojo-all-projects-no-vulns.json', 'snyk', 0, {}],
    ['snyk-json/defectdojo-snyk-container-juiceshop.json', 'snyk', 25 + 12, { container: 37 }],
    ['trufflehog-jsonl/defectdojo-v3-git.jsonl', 'trufflehog', 4, { secret: 4 }],
    ['trufflehog-jsonl/defectdojo-v2-many.jsonl', 'trufflehog', 64, { secret: 64 }],
    ['gitleaks-json/defectdojo-gitleaks8-many.json', 'gitleaks', 4, { secret: 4 }],
    ['gitleaks-json/defectdojo-gitleaks7-redacted.json', 'gitleaks', 6, { secret: 6 }],
    // 15 vulnerable packages, 8 advisories: the other 7 are vulnerable only through those.
    ['npm-audit/defectdojo-npm7-many.json', 'npm-audit', 8, { dependency: 8 }],
    ['npm-audit/defectdojo-npm7-no-vulns.json', 'npm-audit', 0, {}],
    ['osv-scanner/defectdojo-osv-many-multi-source.json', 'osv-scanner', 66, { dependency: 66 }],
    ['osv-scanner/defectdojo-osv-yarn-one.json', 'osv-scanner', 1, { dependency: 1 }],
    ['conftest-json/defectdojo-many.json', 'conftest', 4, { policy: 4 }],
    ['conftest-json/defectdojo-clean.json', 'conftest', 0, {}],
    ['checkov-json/defectdojo-checkov-2.0-tf-dockerfile.json', 'checkov', 11 + 2, { iac: 13 }],
    ['checkov-json/defectdojo-checkov-1.0-legacy.json', 'checkov', 3, { iac: 3 }],
    ['checkov-json/defectdojo-checkov2-summary-only.json', 'checkov', 0, {}],
    ['semgrep-json/defectdojo-semgrep-many.json', 'semgrep', 48, { code: 48 }],
    ['semgrep-json/defectdojo-semgrep-empty.json', 'semgrep', 0, {}],
  ])('%s', (path, format, total, categories) => {
    const t = tally(path);
    expect(t.format).toBe(format);
    expect(t.total).toBe(total);
    expect(t.categories).toEqual(categories);
  });

  it.each([
    // error / warning / note as SARIF levels → high / medium / low.
    ['sarif/defectdojo-snykcode-issue9270.sarif', { high: 12, medium: 24, low: 3 }],
    ['sarif/defectdojo-snykcode-many.sarif', { high: 13, medium: 17, low: 176 }],
    ['trivy-json/trivy-helm-misconfig.json', { high: 3, medium: 4, low: 11 }],
    ['trivy-json/trivy-secrets.json', { critical: 1, high: 1 }],
    // Grype's word, and `info` for the one match with no severity and no CVSS.
    ['grype-json/defectdojo-grype-0.96-redhat.json', { high: 18, medium: 13, low: 2, critical: 1, info: 1 }],
    ['snyk-json/defectdojo-single-maven-many.json', { high: 12, medium: 29 }],
    // Verified TruffleHog secrets are critical.
    ['trufflehog-jsonl/defectdojo-v3-git.jsonl', { critical: 4 }],
    ['npm-audit/defectdojo-npm7-many.json', { high: 1, medium: 2, low: 5 }],
    // The entry's own severity wins over the disagreeing summary.
    ['npm-audit/defectdojo-npm7-severity-mismatch.json', { medium: 1 }],
    ['conftest-json/defectdojo-many.json', { high: 3, medium: 1 }],
    ['semgrep-json/defectdojo-semgrep-many.json', { high: 13, medium: 35 }],
    ['semgrep-json/defectdojo-semgrep-1.84-low.json', { low: 3 }],
    ['checkov-json/defectdojo-checkov-2.2-severity.json', { high: 1, medium: 2, low: 1 }],
  ])('%s severities', (path, severities) => {
    expect(tally(path).severities).toEqual(severities);
  });

  it('reads SBOMs: components and licenses', () => {
    expect(tally('spdx-json/terraform-provider-aci-syft-1.42.3-gomod.json')).toMatchObject({
      format: 'spdx',
      evidence: ['sbom'],
      sbom: { components: 63 },
    });
    expect(tally('spdx-json/atc-router-syft-0.83.0-cargo.json').sbom).toMatchObject({ format: 'spdx', components: 44, licenses: [] });
    expect(tally('cyclonedx-json/syft-api-syft-1.20-small-dir-1.6.json').sbom).toMatchObject({ format: 'cyclonedx', components: 19 });
    expect(tally('cyclonedx-json/hookz-syft-cdx-1.4-gomod.json').sbom).toMatchObject({ components: 46 });
    const withVex = tally('cyclonedx-json/defectdojo-trivy-0.48.1-cdx-1.5-vulns.json');
    expect(withVex.sbom?.components).toBe(102);
    expect(withVex.evidence).toEqual(['sbom', 'dependencies']);
  });

  it('reads a cosign verification as signature evidence', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'cosign-')), 'verify.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          critical: {
            identity: { 'docker-reference': 'ghcr.io/acme/shop-api' },
            image: { 'docker-manifest-digest': 'sha256:0f1e' },
            type: 'cosign container image signature',
          },
          optional: { Issuer: 'https://token.actions.githubusercontent.com' },
        },
      ]),
    );
    expect(readReport(file)).toMatchObject({
      format: 'cosign',
      evidence: ['signature'],
      signature: { verified: true, images: ['ghcr.io/acme/shop-api@sha256:0f1e'] },
    });
  });
});

describe('reports that cannot be read fail closed', () => {
  it.each([
    ['osv-scanner/defectdojo-osv-empty-file.json', undefined, 'the file is empty'],
    [
      'npm-audit/defectdojo-npm6-legacy-advisories.json',
      undefined,
      "npm 6 audit format (advisories); expected npm 7 or later output of 'npm audit --json'",
    ],
    ['gitleaks-json/gitleaks-golden-empty.json', undefined, 'cannot tell which scanner wrote it; expected one of sarif, trivy'],
    ['gitleaks-json/defectdojo-gitleaks7-no-findings-null.json', undefined, 'cannot tell which scanner wrote it'],
    ['semgrep-json/defectdojo-semgrep-empty.json', 'nessus', "unknown format 'nessus'"],
  ])('%s', (path, format, message) => {
    expect(() => readReport(fixture(path), format)).toThrow(UserError);
    expect(() => readReport(fixture(path), format)).toThrow(message);
  });

  it('names the line and column of truncated JSON', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'bad-')), 'trivy.json');
    writeFileSync(file, '{\n  "SchemaVersion": 2,\n  "Results": [\n    { "Target": x }\n  ]\n}\n');
    expect(() => readReport(file)).toThrow(
      /trivy\.json: invalid or truncated JSON at line 4, column 17; expected a scanner's JSON report$/,
    );
    writeFileSync(file, '{"SchemaVersion": 2, "Results": [');
    expect(() => readReport(file)).toThrow(/invalid or truncated JSON at the end \(33 bytes, cut short\)/);
  });

  it('reads an empty gitleaks report when its format is named', () => {
    expect(readReport(fixture('gitleaks-json/gitleaks-golden-empty.json'), 'gitleaks').findings).toEqual([]);
    expect(readReport(fixture('gitleaks-json/defectdojo-gitleaks7-no-findings-null.json'), 'gitleaks').evidence).toEqual(['secrets']);
  });
});
