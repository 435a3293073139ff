import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@golive/core/testing';
import { describe, expect, it } from 'vitest';
import { evaluateOrr, KINDS, parseMarkdown } from '../src/index.js';

const path = 'docs/templates/OPERATIONAL_READINESS_REVIEW.md';

describe("golive's ORR template", () => {
  const doc = parseMarkdown(readFileSync(join(repoRoot, path), 'utf8'), path);

  it('has 10 categories of 10 criteria, weights that add up to 100, and valid markers', () => {
    expect(doc.categories).toHaveLength(10);
    expect(doc.categories.every((c) => c.items.length === 10)).toBe(true);
    expect(doc.warnings).toEqual([]);
    expect(doc.categories.reduce((s, c) => s + c.weight, 0)).toBe(100);
    const markers = doc.categories.flatMap((c) => c.items).filter((i) => i.evidence);
    expect(markers.length).toBeGreaterThanOrEqual(25);
    for (const item of markers) expect(KINDS[item.evidence?.kind ?? '']?.validate(item.evidence?.args ?? []), item.title).toBeUndefined();
    expect(doc.minScore).toBe(80);
  });

  it('evaluates against this repository without error, unticked: 0 and no-go, with evidence-backed suggestions', async () => {
    const report = await evaluateOrr({
      checklist: path,
      root: repoRoot,
      evidence: true,
      now: new Date('2026-11-24T15:30:00Z'),
      checkName: 'ORR',
    });
    expect(report.score).toBe(0);
    expect(report.decision).toBe('no-go');
    const suggested = report.items.filter((i) => i.suggested).map((i) => i.title);
    expect(suggested).toEqual(
      expect.arrayContaining(['Dependencies pinned', 'Operational README', 'Decision records', 'Deployment window']),
    );
  });
});
