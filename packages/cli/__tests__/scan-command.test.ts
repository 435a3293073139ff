import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@golive/core/testing';
import { describe, expect, it } from 'vitest';

const bin = join(repoRoot, 'packages', 'cli', 'bin', 'golive.js');
const fixtures = join(repoRoot, 'packages', 'findings', '__tests__', '__fixtures__');

function golive(cwd: string, args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function dir(...files: string[]): string {
  const d = mkdtempSync(join(tmpdir(), 'golive-scan-cli-'));
  for (const f of files) cpSync(join(fixtures, f), join(d, f.split('/').pop() as string));
  return d;
}

describe('golive scan (bundled bin)', () => {
  it('passes clean reports and writes the SARIF on request', () => {
    const d = dir('semgrep-json/defectdojo-semgrep-empty.json', 'grype-json/defectdojo-grype-no-vulns.json');
    const run = golive(d, ['scan', '*.json', '--require', 'sast,container', '--sarif', 'out.sarif']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('PASS: 0 finding(s), none blocking\n');
    expect(JSON.parse(readFileSync(join(d, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('exits 1 on blocking findings, listing them', () => {
    const d = dir('trivy-json/trivy-secrets.json');
    const run = golive(d, ['scan', 'trivy-secrets.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL: 2 finding(s) at critical/high severity');
    expect(run.stdout).toMatch(/✖ critical .* \[Trivy\]/);
    expect(run.stderr.trim()).toBe('golive: security gate failed: 2 finding(s) at critical/high severity');
  });

  it('exits 2 on a report it cannot read or a bad flag', () => {
    const d = dir('osv-scanner/defectdojo-osv-empty-file.json');
    const empty = golive(d, ['scan', 'defectdojo-osv-empty-file.json']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^golive: report .*defectdojo-osv-empty-file\.json: the file is empty/);
    expect(golive(d, ['scan', '*.json', '--fail-on', 'scary']).stderr).toMatch(/^golive: --fail-on: expected severities/);
  });
});
