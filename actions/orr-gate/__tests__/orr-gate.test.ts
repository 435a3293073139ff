import { runBundle, tempTree } from '@golive/core/testing';
import { type Sandbox, startSandbox } from '@golive/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const workspace = (files: Record<string, string>) => tempTree(files, 'golive-orr-ws-');

const CHECKLIST = (ticks: { runbook: boolean; coverage: boolean; load: boolean }) =>
  [
    '# ORR',
    '### 1. Delivery ✅',
    `- [${ticks.runbook ? 'x' : ' '}] **Rollback runbook** (see \`ROLLBACK.md\`)`,
    `- [${ticks.coverage ? 'x' : ' '}] **Code coverage ≥ 80%** (lines)`,
    '### 2. Operations',
    `- [${ticks.load ? 'x' : ' '}] **Load tests completed** <!-- critical -->`,
    '- [x] **On-call confirmed**',
    '',
    '| Category | Weight |',
    '| --- | --- |',
    '| Delivery | 60% |',
    '| Operations | 40% |',
    '',
    '**Minimum Score to Proceed:** 80/100',
    '',
    '| Criteria | Status |',
    '| --- | --- |',
    '| **ORR Score ≥ 80** | ☐ GO ☐ NO-GO |',
    '| **Stakeholder Signoff** | ☑ GO ☐ NO-GO |',
    '',
  ].join('\n');

const GOOD = {
  'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md': CHECKLIST({ runbook: true, coverage: true, load: true }),
  'RUNBOOKS/ROLLBACK.md': '# Rollback\n',
  'coverage/coverage-summary.json': JSON.stringify({ total: { lines: { pct: 86 } } }),
};

const errors = (log: string) => log.split('\n').filter((l) => l.startsWith('::error'));

describe('orr-gate bundle', () => {
  it('says GO with evidence behind every claim', async () => {
    const run = await runBundle('orr-gate', { workspace: workspace(GOOD), inputs: { 'deploy-time': '2026-11-24T15:00:00Z' } });
    expect(run.code, run.log).toBe(0);
    expect(run.outputs.score).toBe('100.00');
    expect(run.outputs.decision).toBe('go');
    expect(run.summary.startsWith('### ✅ ORR 100/100 — GO · Excellent · minimum 80')).toBe(true);
    expect(run.summary).toContain('| Delivery | 60% | 2/2 | 60 / 60 |');
    expect(run.summary).toContain('```mermaid\nxychart-beta');
    expect(JSON.parse(run.outputs.report ?? '{}').items).toHaveLength(4);
  });

  it('says NO-GO, annotates the unproven and the critical, and fails the step', async () => {
    const ws = workspace({
      ...GOOD,
      'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md': CHECKLIST({ runbook: true, coverage: true, load: false }),
      'coverage/coverage-summary.json': '{"total":{"lines":{"pct":61}}}',
    });
    const run = await runBundle('orr-gate', { workspace: ws });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ score: '50.00', decision: 'no-go' });
    expect(run.log).toContain(
      // The runner's property escaping: ':' is %3A and ',' is %2C; '%' in the message is %25.
      '::warning title=ORR%3A claimed%2C not evidenced,file=RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md,line=4::Code coverage ≥ 80%25: coverage/coverage-summary.json: lines 61%25 < 80%25',
    );
    expect(run.log).toContain(
      '::error title=ORR%3A critical item not met,file=RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md,line=6::Load tests completed',
    );
    expect(errors(run.log).at(-1)).toBe(
      '::error::ORR 50/100 — NO-GO: score 50 is below the minimum 80; ORR Score ≥ 80: score 50 < 80; critical item not met: Load tests completed',
    );
  });

  it('reports NO-GO without failing when fail-on-no-go is false, and scores claims alone without evidence', async () => {
    const ws = workspace({ 'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md': CHECKLIST({ runbook: true, coverage: true, load: false }) });
    const run = await runBundle('orr-gate', { workspace: ws, inputs: { 'fail-on-no-go': 'false', evidence: 'false', 'min-score': '50' } });
    expect(run.code, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ score: '80.00', decision: 'no-go' });
  });

  it.each([
    [{}, {}, 'checklist /WS/RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md: file not found; expected an ORR checklist in Markdown or YAML'],
    [GOOD, { 'min-score': '120' }, "input 'min-score': expected a number from 0 to 100; got '120'"],
    [GOOD, { 'deploy-time': 'tomorrow' }, "input 'deploy-time': expected an ISO 8601 time such as 2026-11-24T15:00:00Z; got 'tomorrow'"],
    [GOOD, { exemptions: 'ops/waivers.yml' }, 'exemptions /WS/ops/waivers.yml: file not found; expected a YAML list of exemptions'],
    [
      { 'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md': '# ORR\nNo items yet.\n' },
      {},
      'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md: no checklist items found',
    ],
    [
      { 'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md': '### A\n- [x] **x** <!-- evidence: vibes -->\n' },
      {},
      "RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md:2: unknown evidence kind 'vibes'",
    ],
  ])('bad input %# fails in one line', async (files, inputs, message) => {
    const ws = workspace(files as Record<string, string>);
    const run = await runBundle('orr-gate', { workspace: ws, inputs: inputs as Record<string, string> });
    expect(run.code).toBe(1);
    expect(errors(run.log)).toHaveLength(1);
    expect(errors(run.log)[0]).toContain(message.replace('/WS', ws));
    expect(run.log).not.toMatch(/^\s+at /m);
  });
});

describe('orr-gate with the GitHub API (sandbox stand-in)', () => {
  let sandbox: Sandbox;
  const head = '3333333333333333333333333333333333333333';
  const base = '4444444444444444444444444444444444444444';
  beforeAll(async () => {
    sandbox = await startSandbox({
      prometheus: false,
      railway: { projects: [] },
      vercel: { projects: [] },
      github: {
        pulls: [{ number: 5, headSha: head, baseSha: base, reviews: [{ user: 'ana', state: 'APPROVED' }] }],
        files: { [base]: { 'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md': CHECKLIST({ runbook: false, coverage: false, load: true }) } },
      },
    });
  });
  afterAll(async () => {
    await sandbox?.stop();
  });

  it('publishes the check run once, updates it on a re-run, and compares with the base branch', async () => {
    const event = { pull_request: { number: 5, head: { sha: head }, base: { sha: base, ref: 'main' } } };
    const inputs = { 'github-token': sandbox.info.github.token, 'github-api-url': sandbox.info.github.apiUrl };
    const env = { GITHUB_REPOSITORY: 'golive-example/shop', GITHUB_EVENT_NAME: 'pull_request' };
    const first = await runBundle('orr-gate', { workspace: workspace(GOOD), inputs, event, env });
    expect(first.code, first.log).toBe(0);
    expect(first.summary).toContain('ORR 100/100 — GO (+60 against main)');
    // Masked first, then never printed.
    const lines = first.log.split('\n').filter((l) => l.includes(sandbox.info.github.token));
    expect(lines).toEqual([`::add-mask::${sandbox.info.github.token}`]);
    const runs = sandbox.github.checkRuns;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      name: 'ORR',
      head_sha: head,
      status: 'completed',
      conclusion: 'success',
      output: { title: 'ORR 100/100 — GO' },
    });

    const ws = workspace({
      ...GOOD,
      'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md': CHECKLIST({ runbook: true, coverage: true, load: false }),
    });
    const second = await runBundle('orr-gate', { workspace: ws, inputs: { ...inputs, 'fail-on-no-go': 'false' }, event, env });
    expect(second.code, second.log).toBe(0);
    expect(sandbox.github.checkRuns).toHaveLength(1);
    expect(sandbox.github.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { title: 'ORR 80/100 — NO-GO' } });
    expect(sandbox.calls.of('github', /check-runs/).map((c) => c.operation.split(' ')[0])).toEqual(['GET', 'POST', 'GET', 'PATCH']);
  });
});
