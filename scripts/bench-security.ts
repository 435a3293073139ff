// The security gate's throughput and memory on a generated 100 MB mix of
// real-shaped reports, next to plain JSON.parse of the same bytes in the same run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './workspaces.js';

const fixtures = join(root, 'packages', 'findings', '__tests__', '__fixtures__');
const load = (path: string) => JSON.parse(readFileSync(join(fixtures, path), 'utf8'));
const MB = 1024 * 1024;

/** Repeats a report's real entries with fresh ids until the file reaches `bytes`. */
function grow(
  template: unknown[],
  bytes: number,
  vary: (entry: unknown, i: number) => unknown,
  wrap: (entries: unknown[]) => unknown,
): string {
  const sample = JSON.stringify(template).length / template.length;
  const count = Math.ceil(bytes / sample);
  const entries = Array.from({ length: count }, (_, i) => vary(structuredClone(template[i % template.length]), i));
  return JSON.stringify(wrap(entries));
}

type Json = Record<string, unknown>;

export function generate(dir: string): string[] {
  const trivy = load('trivy-json/defectdojo-fs-vulns-misconfig-secrets.json');
  const vulns = trivy.Results[0].Vulnerabilities;
  const grype = load('grype-json/defectdojo-grype-0.7-many.json');
  const snyk = load('snyk-json/defectdojo-single-maven-many.json');
  const sarif = load('sarif/defectdojo-semgrep-0.17-owasp-benchmark.sarif');
  const files: Record<string, string> = {
    'trivy.json': grow(
      vulns,
      30 * MB,
      (v, i) => ({ ...(v as Json), VulnerabilityID: `CVE-2030-${100000 + i}`, PkgName: `pkg-${i % 5000}` }),
      (e) => ({ ...trivy, Results: [{ ...trivy.Results[0], Vulnerabilities: e }] }),
    ),
    'grype.json': grow(
      grype.matches,
      25 * MB,
      (m, i) => {
        const match = m as { vulnerability: Json; artifact: Json };
        return {
          ...match,
          vulnerability: { ...match.vulnerability, id: `CVE-2031-${100000 + i}` },
          artifact: { ...match.artifact, name: `lib-${i % 5000}` },
        };
      },
      (e) => ({ ...grype, matches: e }),
    ),
    'snyk.json': grow(
      snyk.vulnerabilities,
      20 * MB,
      (v, i) => ({ ...(v as Json), id: `SNYK-BENCH-${i}`, identifiers: { CVE: [`CVE-2032-${100000 + i}`] } }),
      (e) => ({ ...snyk, vulnerabilities: e }),
    ),
    'semgrep.sarif': grow(
      sarif.runs[0].results,
      25 * MB,
      (r, i) => {
        const result = r as { locations: { physicalLocation: { region: Json } }[] };
        return {
          ...result,
          locations: [
            { ...result.locations[0], physicalLocation: { ...result.locations[0]?.physicalLocation, region: { startLine: 1 + i } } },
          ],
        };
      },
      (e) => ({ ...sarif, runs: [{ ...sarif.runs[0], results: e }] }),
    ),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return Object.keys(files);
}

function child(mode: string, dir: string, files: string[]): { ms: number; maxRssKb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench-security-child.ts'), mode, dir, ...files], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(out);
}

export function benchSecurity(): string {
  const dir = mkdtempSync(join(tmpdir(), 'golive-bench-security-'));
  try {
    const files = generate(dir);
    const sizes = files.map((f) => statSync(join(dir, f)).size);
    const total = sizes.reduce((a, b) => a + b, 0);
    const largest = Math.max(...sizes);
    // Rounds interleave the three children, so a slow moment of the machine
    // falls on both sides of a ratio; each round's ratio and memory are its own.
    const rounds = 5;
    const ratios: number[] = [];
    const gate: number[] = [];
    const parse: number[] = [];
    const above: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const p = child('parse', dir, files).ms;
      const g = child('gate', dir, files);
      const base = child('baseline', dir, files).maxRssKb;
      parse.push(p);
      gate.push(g.ms);
      ratios.push(g.ms / p);
      above.push((g.maxRssKb - base) * 1024);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const spread = (xs: number[], digits: number) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
    const multiples = above.map((b) => b / largest);
    return [
      `security-gate on ${(total / MB).toFixed(0)} MB of generated reports (${files.join(', ')}; largest ${(largest / MB).toFixed(0)} MB), median of ${rounds} rounds (range in brackets):`,
      '',
      '| measure | result | target |',
      '| --- | --- | --- |',
      `| wall time, gate | ${(median(gate) / 1000).toFixed(2)} s | |`,
      `| wall time, JSON.parse of the same bytes | ${(median(parse) / 1000).toFixed(2)} s | |`,
      `| ratio | ${median(ratios).toFixed(2)}× (${spread(ratios, 2)}) | ≤ 2× |`,
      `| peak memory above a process that only loaded the code | ${(median(above) / MB).toFixed(0)} MB (${spread(
        above.map((b) => b / MB),
        0,
      )}) | |`,
      `| as a multiple of the largest file | ${median(multiples).toFixed(2)}× (${spread(multiples, 2)}) | ≤ 3× |`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
