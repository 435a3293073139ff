import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runBundle } from '@golive/core/testing';
import { describe, expect, it } from 'vitest';

const fixtures = join(repoRoot, 'packages', 'findings', '__tests__', '__fixtures__');

function workspace(reports: string[], extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'golive-secgate-'));
  mkdirSync(join(root, 'reports'));
  for (const r of reports) cpSync(join(fixtures, r), join(root, 'reports', r.split('/').pop() as string));
  for (const [path, content] of Object.entries(extra)) writeFileSync(join(root, path), content);
  return root;
}

const errors = (log: string) => log.split('\n').filter((l) => l.startsWith('::error::'));

describe('security-gate bundle', () => {
  it('passes clean reports, writing the SARIF and the JSON report', async () => {
    const ws = workspace([
      'semgrep-json/defectdojo-semgrep-empty.json',
      'trivy-json/defectdojo-image-no-vulns.json',
      'spdx-json/atc-router-syft-0.83.0-cargo.json',
    ]);
    const run = await runBundle('security-gate', { workspace: ws, inputs: { reports: 'reports/*.json', require: 'sast,container,sbom' } });
    expect(run.code, run.log).toBe(0);
    expect(run.outputs).toMatchObject({
      decision: 'pass',
      'blocking-count': '0',
      sarif: join(ws, 'golive-security.sarif'),
      report: join(ws, 'golive-security.json'),
    });
    expect(JSON.parse(readFileSync(join(ws, 'golive-security.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(run.summary.startsWith('### ✅ Security gate passed: 0 finding(s), none blocking')).toBe(true);
    expect(run.summary).toContain('atc-router-syft-0.83.0-cargo.json (spdx, 44 components, 0 licenses)');
  });

  it('fails on blocking findings with a table of them and annotations on code lines', async () => {
    const ws = workspace(['trivy-json/defectdojo-fs-vulns-misconfig-secrets.json', 'semgrep-json/defectdojo-semgrep-many.json']);
    const run = await runBundle('security-gate', { workspace: ws, inputs: { reports: 'reports/*.json' } });
    expect(run.code).toBe(1);
    const counts = JSON.parse(run.outputs.counts ?? '{}');
    expect(counts.total).toBe(53);
    expect(counts.critical.secret).toBe(2);
    expect(Number(run.outputs['blocking-count'])).toBe(
      Number(counts.critical.secret) + counts.high.code + counts.high.dependency + counts.high.iac,
    );
    expect(errors(run.log).at(-1)).toMatch(/^::error::security gate failed: \d+ finding\(s\) at critical\/high severity$/);
    expect(run.log).toMatch(/::error title=high code%3A [^,]+,file=[^,]+,line=\d+::/);
    expect(run.summary).toContain('| Severity | Finding | Package (installed → fixed) | Where | Advisories | Tools |');
    expect(run.summary).toContain('urllib3 1.26.3 → 1.26.5');
  });

  it('fails closed when a required scan has no report', async () => {
    const ws = workspace(['semgrep-json/defectdojo-semgrep-empty.json']);
    const run = await runBundle('security-gate', { workspace: ws, inputs: { reports: 'reports/*.json', require: 'sast,secrets' } });
    expect(run.code).toBe(1);
    expect(errors(run.log)).toEqual(['::error::security gate failed: no report for required secrets']);
  });

  it.each([
    [{ reports: '' }, "input 'reports': is required"],
    [{ reports: 'reports/none-*.json' }, "reports: 'reports/none-*.json' matches no file under"],
    [
      { reports: 'reports/*', 'fail-on': 'severe' },
      "input 'fail-on': expected severities from critical, high, medium, low, info, comma-separated; got 'severe'",
    ],
    [{ reports: 'reports/*', require: 'secrets,vibes' }, "input 'require': expected scan kinds from secrets"],
    [{ reports: 'reports/*', policy: 'ops/policy.yml' }, 'policy ops/policy.yml: file not found'],
  ])('bad input %j fails in one line', async (inputs, message) => {
    const ws = workspace(['semgrep-json/defectdojo-semgrep-empty.json']);
    const run = await runBundle('security-gate', { workspace: ws, inputs: inputs as Record<string, string> });
    expect(run.code).toBe(1);
    expect(errors(run.log)).toHaveLength(1);
    expect(errors(run.log)[0]).toContain(message);
  });

  it('never passes an unreadable report: empty, truncated, unknown', async () => {
    for (const [name, content, message] of [
      ['empty.json', '', 'the file is empty'],
      ['cut.json', '{"SchemaVersion": 2, "Results": [', 'invalid or truncated JSON at the end'],
      ['other.json', '{"hello": "world"}', 'cannot tell which scanner wrote it'],
    ] as const) {
      const ws = workspace([], { [name]: content });
      const run = await runBundle('security-gate', { workspace: ws, inputs: { reports: name } });
      expect(run.code, name).toBe(1);
      expect(errors(run.log)[0]).toContain(message);
    }
  });
});
