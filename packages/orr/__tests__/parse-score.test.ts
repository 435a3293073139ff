import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '@golive/core';
import { repoRoot } from '@golive/core/testing';
import { describe, expect, it } from 'vitest';
import { cleanHeading, parseMarkdown, parseYamlChecklist, remediationFor, score } from '../src/index.js';

const reference = readFileSync(join(repoRoot, '..', 'shared', 'reference', 'brisa', 'RUNBOOKS', 'OPERATIONAL_READINESS_REVIEW.md'), 'utf8');

function tick(text: string, titles: string[]): string {
  return titles.reduce((t, title) => {
    const line = `- [ ] **${title}**`;
    if (!t.includes(line)) throw new Error(`no item ${title}`);
    return t.replace(line, `- [x] **${title}**`);
  }, text);
}

const scoreOf = (text: string, file = 'ORR.md') =>
  score({
    doc: parseMarkdown(text, file),
    minScore: parseMarkdown(text, file).minScore ?? 80,
    evidence: new Map(),
    evidenceChecked: false,
    exemptions: new Map(),
    now: new Date(),
  });

describe('the reference checklist', () => {
  const doc = parseMarkdown(reference, 'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md');

  it('reads its categories, items, weights, minimum, bands, criteria and gaps', () => {
    // The table's weights add up to 105%: each is read as a share of 105.
    const share = (w: number) => (w / 105) * 100;
    expect(doc.categories.map((c) => [c.name, c.weight, c.items.length])).toEqual([
      ['Code Quality', share(15), 6],
      ['Testing', share(15), 6],
      ['Infrastructure & Build', share(10), 6],
      ['Database', share(10), 6],
      ['Observability', share(15), 6],
      ['Security', share(15), 8],
      ['Deployment Strategy', share(10), 6],
      ['Runbooks & Documentation', share(5), 6],
      ['Operational Preparedness', share(5), 6],
      ['Business Continuity', share(5), 6],
    ]);
    expect(doc.warnings).toEqual([
      'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md:122: the category weights add up to 105%; expected 100% (scored as shares of 105)',
    ]);
    expect(doc.minScore).toBe(80);
    expect(doc.bands.map((b) => [b.min, b.max, b.label])).toEqual([
      [90, 100, 'Excellent'],
      [80, 89, 'Good'],
      [70, 79, 'Needs improvement'],
      [0, 69, 'Not ready'],
    ]);
    expect(doc.criteria.map((c) => [c.name, c.status])).toEqual([
      ['ORR Score ≥ 80', 'unmarked'],
      ['No Sev1/Sev2 Incidents (Last 7d)', 'unmarked'],
      ['Error Budget Available', 'unmarked'],
      ['Deployment Window Confirmed', 'unmarked'],
      ['Rollback Plan Approved', 'unmarked'],
      ['Stakeholder Signoff', 'unmarked'],
    ]);
    expect(doc.remediations.map((r) => r.gap)).toEqual([
      'Load tests not run',
      'Rollback plan incomplete',
      'No canary deployment configured',
      'Missing database backup',
      'Security scan has critical CVE',
    ]);
    const metrics = doc.categories[4]?.items[1];
    expect(metrics).toMatchObject({ title: 'Metrics instrumented', checked: false, source: { line: 63 } });
    expect(metrics?.details).toContain('Request rate, error rate, duration (RED metrics)');
  });

  it('scores 0 and no-go with every box empty', () => {
    const report = scoreOf(reference);
    expect(report.score).toBe(0);
    expect(report.decision).toBe('no-go');
    expect(report.band).toBe('Not ready');
    expect(report.reasons[0]).toBe('score 0 is below the minimum 80');
    expect(report.reasons).toContain('No Sev1/Sev2 Incidents (Last 7d): neither GO nor NO-GO is marked');
  });

  it('scores a copy with chosen boxes ticked exactly as computed by hand', () => {
    const ticked = tick(reference, [
      // Weights are shares of 105. Code Quality 6/6 × 15/105 × 100 = 14.2857
      'All CI checks passing',
      'Code coverage ≥ 75%',
      'No critical security vulnerabilities',
      'No secrets in code',
      'Peer review completed',
      'CHANGELOG.md updated',
      // Testing 3/6 × 15/105 × 100 = 7.1429
      'Unit tests passing',
      'Integration tests passing',
      'E2E tests passing',
      // Security 4/8 × 15/105 × 100 = 7.1429
      'HTTPS/TLS configured',
      'Security headers enabled',
      'WAF enabled',
      'Secrets management',
      // Operational Preparedness 1/6 × 5/105 × 100 = 0.7937; total 29.3651
      'On-call schedule confirmed',
    ]);
    const report = scoreOf(ticked);
    expect(report.score).toBe(29.37);
    expect(report.categories.find((c) => c.name === 'Testing')).toMatchObject({ met: 3, total: 6, points: 7.14 });
    expect(report.categories.find((c) => c.name === 'Operational Preparedness')).toMatchObject({ met: 1, points: 0.79 });
    expect(report.criteria[0]).toMatchObject({ decision: 'no-go', reason: 'score 29.37 < 80' });
  });

  it('suggests the remediation written for a gap', () => {
    const items = doc.categories.flatMap((c) => c.items);
    const load = items.find((i) => i.title === 'Load tests completed');
    const backup = items.find((i) => i.title === 'Backup verified');
    expect(remediationFor(load as (typeof items)[number], doc.remediations)?.gap).toBe('Load tests not run');
    expect(remediationFor(backup as (typeof items)[number], doc.remediations)?.gap).toBe('Missing database backup');
  });
});

describe('variants people write', () => {
  it('reads [X], * [ ], emoji and unnumbered headings, short weight names and markers', () => {
    const text = [
      '# 🚀 Release readiness',
      '## 🧪 Testing & QA',
      '* [X] Unit tests green',
      '+ [ ] **Load tests** (1000 rps) <!-- weight: 3 -->',
      '## Category 2: 🔐 Security Hardening',
      '- [x] **Secrets scanned** <!-- evidence: workflow-scanners trufflehog --> <!-- critical -->',
      '  <!-- id: secret-scan -->',
      '',
      '| Category | Weight |',
      '| --- | --- |',
      '| Testing | 40% |',
      '| Security | 60 % |',
      '',
      'Minimum score: 75',
    ].join('\n');
    const doc = parseMarkdown(text, 'r.md');
    expect(doc.title).toBe('Release readiness');
    expect(doc.categories.map((c) => [c.name, c.weight])).toEqual([
      ['Testing & QA', 40],
      ['Security Hardening', 60],
    ]);
    const [unit, load, secrets] = doc.categories.flatMap((c) => c.items);
    expect(unit).toMatchObject({ title: 'Unit tests green', checked: true, weight: 1 });
    expect(load).toMatchObject({ title: 'Load tests', details: '1000 rps', checked: false, weight: 3 });
    expect(secrets).toMatchObject({
      id: 'secret-scan',
      critical: true,
      evidence: { kind: 'workflow-scanners', args: ['trufflehog'], source: { line: 6 } },
    });
    expect(doc.minScore).toBe(75);
    // Testing: 1 of 4 weight units × 40 = 10; Security 1/1 × 60 = 60.
    expect(score({ doc, minScore: 75, evidence: new Map(), evidenceChecked: false, exemptions: new Map(), now: new Date() }).score).toBe(
      70,
    );
  });

  it('shares the weight equally without a table, and marks a GO criterion', () => {
    const doc = parseMarkdown(
      '### A\n- [x] one\n### B\n- [ ] two\n- [x] three\n\n| Criteria | Status |\n|---|---|\n| Signoff | ☑ GO ☐ NO-GO |\n| Rollback | ☐ GO ✅ NO-GO |\n',
      'x.md',
    );
    expect(doc.categories.map((c) => c.weight)).toEqual([50, 50]);
    expect(doc.criteria.map((c) => c.status)).toEqual(['go', 'no-go']);
    const report = score({ doc, minScore: 70, evidence: new Map(), evidenceChecked: false, exemptions: new Map(), now: new Date() });
    expect(report.score).toBe(75);
    expect(report.reasons).toEqual(['Rollback: marked NO-GO']);
  });

  it.each([
    ['# Empty\nNothing to check here.\n', 'x.md: no checklist items found'],
    [
      '### Alpha\n- [x] one\n### Beta\n- [ ] two\n\n| Category | Weight |\n|---|---|\n| Alpha | 0% |\n| Beta | 0% |\n',
      'x.md:6: the category weights add up to 0%; expected 100%',
    ],
    [
      '### Alpha\n- [x] one\n### Beta\n- [ ] two\n\n| Category | Weight |\n|---|---|\n| Alpha | 50% |\n',
      "x.md:6: the weights table has no row for 'Beta' (line 3); expected a weight for every category",
    ],
    [
      '### Alpha\n- [x] one\n### Beta\n- [ ] two\n\n| Category | Weight |\n|---|---|\n| Alpha | 50% |\n| Billing | 50% |\n',
      "x.md:9: the weights row 'Billing' names no checklist category; expected one of 'Alpha', 'Beta'",
    ],
    ['### A\n- [x] one <!-- weight: heavy -->\n', "x.md:2: weight marker 'heavy' is not a positive number"],
  ])('%j is one clear error', (text, message) => {
    expect(() => parseMarkdown(text, 'x.md')).toThrow(UserError);
    expect(() => parseMarkdown(text, 'x.md')).toThrow(message);
  });

  it('cleans headings', () => {
    expect(cleanHeading('1. Code Quality ✅')).toBe('Code Quality');
    expect(cleanHeading('**3) Infrastructure & Build** 🏗️')).toBe('Infrastructure & Build');
  });
});

describe('the YAML form', () => {
  it('has the same model, with lines', () => {
    const doc = parseYamlChecklist(
      [
        'minScore: 90',
        'categories:',
        '  - name: Code',
        '    weight: 100',
        '    items:',
        '      - title: Tests pass',
        '        done: true',
        '      - title: Coverage',
        '        evidence: coverage 80',
        '        critical: true',
      ].join('\n'),
      '.golive/orr.yml',
    );
    expect(doc.minScore).toBe(90);
    expect(doc.categories[0]?.items.map((i) => [i.title, i.checked, i.critical, i.source.line])).toEqual([
      ['Tests pass', true, false, 6],
      ['Coverage', false, true, 8],
    ]);
    expect(doc.categories[0]?.items[1]?.evidence).toMatchObject({ kind: 'coverage', args: ['80'] });
  });

  it('names the line of a mistake', () => {
    expect(() => parseYamlChecklist('categories:\n  - name: Code\n    items:\n      - title: T\n        done: maybe\n', 'o.yml')).toThrow(
      /^o\.yml:5: categories\.0\.items\.0\.done: /,
    );
    expect(() => parseYamlChecklist('categories: [\n', 'o.yml')).toThrow(/^o\.yml:\d+: not valid YAML/);
  });
});
