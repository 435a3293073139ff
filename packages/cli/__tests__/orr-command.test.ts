import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@golive/core/testing';
import { describe, expect, it } from 'vitest';

const bin = join(repoRoot, 'packages', 'cli', 'bin', 'golive.js');

function golive(cwd: string, args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function project(checklist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'golive-orr-cli-'));
  mkdirSync(join(dir, 'RUNBOOKS'));
  writeFileSync(join(dir, 'RUNBOOKS', 'OPERATIONAL_READINESS_REVIEW.md'), checklist);
  writeFileSync(join(dir, 'RUNBOOKS', 'ROLLBACK.md'), '# Rollback');
  return dir;
}

describe('golive orr (bundled bin)', () => {
  it('prints the review and exits 0 on go', () => {
    const dir = project('### Delivery\n- [x] **Rollback runbook** (see `ROLLBACK.md`)\n- [x] **Tests green**\n');
    const run = golive(dir, ['orr']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ORR 100\/100 — GO · Excellent · minimum 80 · RUNBOOKS\/OPERATIONAL_READINESS_REVIEW\.md\n/);
  });

  it('exits 1 on no-go, listing gaps with their lines, and prints JSON on request', () => {
    const dir = project('### Delivery\n- [ ] **Rollback runbook** (see `ROLLBACK.md`)\n- [x] **Tests green**\n');
    const run = golive(dir, ['orr', '--min-score', '90']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('+50  Rollback runbook (unchecked) RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md:2');
    expect(run.stderr.trim()).toBe('golive: ORR 50/100 — NO-GO');
    const json = golive(dir, ['orr', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      score: 50,
      decision: 'no-go',
      items: [{ title: 'Rollback runbook', suggested: true }, { state: 'met' }],
    });
  });

  it('exits 2 with one line on a bad flag or a missing checklist', () => {
    const dir = project('### A\n- [x] **x**\n');
    expect(golive(dir, ['orr', '--min-score', 'lots'])).toMatchObject({
      code: 2,
      stderr: "golive: --min-score: expected a number from 0 to 100; got 'lots'\n",
    });
    const missing = golive(dir, ['orr', 'NOPE.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^golive: checklist .*NOPE\.md: file not found; expected an ORR checklist in Markdown or YAML\n$/);
  });
});
