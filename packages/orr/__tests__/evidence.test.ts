import { join } from 'node:path';
import { createGitHubClient, UserError } from '@golive/core';
import { tempTree } from '@golive/core/testing';
import { type Sandbox, startSandbox } from '@golive/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceContext } from '../src/evidence/context.js';
import { evaluateOrr, githubEvidence, inWindow, KINDS, parseWindow } from '../src/index.js';

/** A small repository on disk, from a map of path → content. */
const repo = (files: Record<string, string>) => tempTree(files, 'golive-orr-repo-');

const context = (root: string, extra: Partial<EvidenceContext> = {}): EvidenceContext => ({
  root,
  checklistDir: join(root, 'RUNBOOKS'),
  now: new Date('2026-11-24T15:00:00Z'),
  checkName: 'ORR',
  ...extra,
});
const check = (kind: string, args: string[], ctx: EvidenceContext) => (KINDS[kind] as (typeof KINDS)[string]).check(args, ctx);

const HARDENED = 'FROM node:22-slim AS build\nRUN npm ci\nFROM gcr.io/distroless/nodejs22-debian12:nonroot\nCOPY --from=build /app /app\n';

describe('evidence checks against fixture repositories', () => {
  it('file: next to the checklist, then at the root', async () => {
    const root = repo({ 'RUNBOOKS/ROLLBACK.md': '# Rollback', 'SECURITY.md': '# Security' });
    expect(await check('file', ['ROLLBACK.md'], context(root))).toEqual({ status: 'pass', detail: 'RUNBOOKS/ROLLBACK.md exists' });
    expect(await check('file', ['SECURITY.md'], context(root))).toMatchObject({ status: 'pass' });
    expect(await check('file', ['GO_LIVE.md'], context(root))).toMatchObject({ status: 'fail' });
  });

  it.each([
    [HARDENED, 'pass', ''],
    [
      'FROM node:22\nCOPY . .\n',
      'fail',
      'single-stage build; final base node:22 is neither slim nor distroless; no non-root USER in the final stage',
    ],
    ['FROM node:latest AS b\nRUN x\nFROM node:22-alpine\nUSER root\n', 'fail', 'base image node:latest uses latest; runs as root'],
    ['FROM python AS b\nFROM python:3.12-slim\nUSER app\n', 'fail', 'base image python has no tag'],
    ['FROM node:22 AS b\nFROM node:22-slim\nUSER 1000\n', 'pass', ''],
  ])('dockerfile %#', async (dockerfile, status, detail) => {
    const result = await check('dockerfile', [], context(repo({ 'api/Dockerfile': dockerfile })));
    expect(result.status).toBe(status);
    if (detail) expect(result.detail).toBe(`api/Dockerfile: ${detail}`);
  });

  it('workflow-scanners: names the scanners no workflow runs', async () => {
    const root = repo({
      '.github/workflows/security.yml':
        'jobs:\n  s:\n    steps:\n      - uses: trufflesecurity/trufflehog@v3\n      - uses: aquasecurity/trivy-action@0.28.0\n      - uses: github/codeql-action/init@v3\n',
    });
    expect(await check('workflow-scanners', ['trufflehog', 'trivy', 'codeql'], context(root))).toMatchObject({ status: 'pass' });
    expect(await check('workflow-scanners', ['trivy', 'syft', 'cosign'], context(root))).toEqual({
      status: 'fail',
      detail: 'no workflow runs syft, cosign',
    });
  });

  it('sbom: an SPDX or CycloneDX file, or a workflow that makes one', async () => {
    expect(await check('sbom', [], context(repo({ 'sbom.spdx.json': '{"spdxVersion":"SPDX-2.3"}' })))).toMatchObject({ status: 'pass' });
    expect(await check('sbom', [], context(repo({ 'dist/bom.json': '{"bomFormat":"CycloneDX","specVersion":"1.6"}' })))).toMatchObject({
      status: 'pass',
    });
    expect(
      await check('sbom', [], context(repo({ '.github/workflows/sbom.yml': 'steps:\n  - uses: anchore/sbom-action@v0\n' }))),
    ).toMatchObject({ status: 'pass' });
    expect(await check('sbom', [], context(repo({ 'README.md': 'x' })))).toMatchObject({ status: 'fail' });
  });

  it('coverage: istanbul summary, lcov and cobertura, against the threshold', async () => {
    const istanbul = repo({ 'coverage/coverage-summary.json': JSON.stringify({ total: { lines: { pct: 81.25 } } }) });
    expect(await check('coverage', ['75'], context(istanbul))).toEqual({
      status: 'pass',
      detail: 'coverage/coverage-summary.json: lines 81.3% ≥ 75%',
    });
    expect(await check('coverage', ['90'], context(istanbul))).toEqual({
      status: 'fail',
      detail: 'coverage/coverage-summary.json: lines 81.3% < 90%',
    });
    expect(
      await check(
        'coverage',
        ['60'],
        context(repo({ 'coverage/lcov.info': 'SF:a\nLF:10\nLH:7\nend_of_record\nSF:b\nLF:10\nLH:5\nend_of_record\n' })),
      ),
    ).toMatchObject({
      status: 'pass',
      detail: 'coverage/lcov.info: lines 60% ≥ 60%',
    });
    expect(
      await check('coverage', ['50'], context(repo({ 'coverage.xml': '<coverage line-rate="0.42" branch-rate="0.3">' }))),
    ).toMatchObject({ status: 'fail' });
    expect(await check('coverage', ['50'], context(repo({})))).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/^no coverage summary/),
    });
  });

  it('health-endpoints: railway.toml healthcheckPath or a Dockerfile HEALTHCHECK', async () => {
    expect(
      await check('health-endpoints', [], context(repo({ 'railway.toml': '[deploy]\nhealthcheckPath = "/healthz"\n' }))),
    ).toMatchObject({ status: 'pass' });
    expect(
      await check('health-endpoints', [], context(repo({ Dockerfile: 'FROM x:1\nHEALTHCHECK CMD curl -f http://localhost/healthz\n' }))),
    ).toMatchObject({ status: 'pass' });
    expect(await check('health-endpoints', [], context(repo({ Dockerfile: 'FROM x:1\n' })))).toMatchObject({ status: 'fail' });
  });

  it('window: weekday and hours in the zone, following daylight saving', () => {
    const w = parseWindow('Tuesday/Wednesday 10 AM – 12 PM EDT');
    expect(w).toMatchObject({ days: [2, 3], start: 600, end: 720, zone: 'America/New_York' });
    // 2026-11-24 is a Tuesday; New York is on EST (UTC-5) then.
    expect(inWindow(w, new Date('2026-11-24T15:30:00Z'))).toBe(true);
    expect(inWindow(w, new Date('2026-11-24T17:00:00Z'))).toBe(false);
    expect(inWindow(w, new Date('2026-11-26T15:30:00Z'))).toBe(false);
    // In July New York is on EDT (UTC-4): 10:30 local is 14:30 UTC.
    expect(inWindow(w, new Date('2026-07-14T14:30:00Z'))).toBe(true);
    expect(parseWindow('Mon-Thu 09:00-16:00 Europe/Berlin').days).toEqual([1, 2, 3, 4]);
    expect(() => parseWindow('whenever')).toThrow(/expected days, hours and a time zone/);
  });
});

describe('evidence from the GitHub API (sandbox stand-in)', () => {
  let sandbox: Sandbox;
  const head = '2222222222222222222222222222222222222222';
  beforeAll(async () => {
    sandbox = await startSandbox({
      prometheus: false,
      railway: { projects: [] },
      vercel: { projects: [] },
      github: {
        pulls: [
          {
            number: 12,
            headSha: head,
            files: ['CHANGELOG.md', 'src/x.ts'],
            reviews: [
              { user: 'ana', state: 'APPROVED' },
              { user: 'bo', state: 'CHANGES_REQUESTED' },
              { user: 'bo', state: 'APPROVED' },
              { user: 'cy', state: 'COMMENTED' },
            ],
          },
        ],
        statuses: [
          { sha: head, context: 'ci/lint', state: 'success' },
          { sha: head, context: 'ci/e2e', state: 'failure' },
        ],
      },
    });
  });
  afterAll(async () => {
    await sandbox?.stop();
  });

  async function ctx(pull = true): Promise<EvidenceContext> {
    const client = await createGitHubClient(sandbox.info.github.token, sandbox.info.github.apiUrl);
    const event = {
      owner: 'golive-example',
      repo: 'shop',
      sha: head,
      ...(pull ? { pull: { number: 12, baseSha: '0'.repeat(40), baseRef: 'main' } } : {}),
    };
    return context(repo({}), { github: githubEvidence(client, event) });
  }

  it('approvals counts each reviewer’s latest approving review', async () => {
    expect(await check('approvals', ['2'], await ctx())).toEqual({ status: 'pass', detail: '2 approval(s): ana, bo' });
    expect(await check('approvals', ['3'], await ctx())).toMatchObject({ status: 'fail' });
    expect(await check('approvals', ['1'], await ctx(false))).toEqual({ status: 'skipped', detail: 'not a pull request' });
    expect(await check('approvals', ['1'], context(repo({})))).toEqual({
      status: 'skipped',
      detail: 'needs github-token to read the reviews',
    });
  });

  it('changed reads the pull request files; checks-green names what is red', async () => {
    expect(await check('changed', ['CHANGELOG.md'], await ctx())).toMatchObject({ status: 'pass' });
    expect(await check('changed', ['docs/RELEASE.md'], await ctx())).toMatchObject({ status: 'fail' });
    expect(await check('checks-green', [], await ctx())).toEqual({ status: 'fail', detail: 'not green: ci/e2e (failure)' });
  });
});

describe('exemptions and the whole evaluation', () => {
  const checklist = [
    '### Delivery',
    '- [x] **Rollback runbook** <!-- evidence: file ROLLBACK.md -->',
    '- [x] **Coverage ≥ 80%** (lines)',
    '- [ ] **Load tests completed** <!-- critical -->',
    '- [ ] **Soak tests completed**',
    '- [ ] **Security policy** (see `SECURITY.md`)',
    '',
    'Minimum Score to Proceed: 50/100',
  ].join('\n');

  it('counts evidenced claims, flags unproven ones, suggests proven unticked ones, and honours exemptions until they expire', async () => {
    const root = repo({
      'RUNBOOKS/ORR.md': checklist,
      'RUNBOOKS/ROLLBACK.md': '# Rollback',
      'SECURITY.md': '# Security',
      '.golive/orr-exemptions.yml': [
        'exemptions:',
        '  - item: Load tests completed',
        '    reason: staging capacity arrives next sprint',
        '    approver: sre-lead',
        '    expires: 2026-12-31',
        '  - item: soak-tests-completed',
        '    reason: old waiver',
        '    approver: cto',
        '    expires: 2026-11-01',
      ].join('\n'),
    });
    const report = await evaluateOrr({
      checklist: 'RUNBOOKS/ORR.md',
      root,
      evidence: true,
      exemptions: { path: '.golive/orr-exemptions.yml', required: false },
      now: new Date('2026-11-24T12:00:00Z'),
      checkName: 'ORR',
    });
    const state = Object.fromEntries(report.items.map((i) => [i.title, i.state]));
    expect(state).toEqual({
      'Rollback runbook': 'met',
      'Coverage ≥ 80%': 'claimed-not-evidenced',
      'Load tests completed': 'exempt',
      'Soak tests completed': 'exemption-expired',
      'Security policy': 'unchecked',
    });
    expect(report.items.find((i) => i.title === 'Security policy')?.suggested).toBe(true);
    expect(report.score).toBe(40);
    expect(report.decision).toBe('no-go');
    expect(report.reasons).toEqual(['score 40 is below the minimum 50']);
  });

  it('names the file and line of a malformed exemption, an unknown item and an unknown evidence kind', async () => {
    const base = { checklist: 'ORR.md', evidence: true, now: new Date(), checkName: 'ORR' };
    const bad = repo({
      'ORR.md': checklist,
      'ex.yml': 'exemptions:\n  - item: Soak tests completed\n    reason: r\n    approver: a\n    expires: next week\n',
    });
    await expect(evaluateOrr({ ...base, root: bad, exemptions: { path: 'ex.yml', required: true } })).rejects.toThrow(
      "ex.yml:5: exemptions.0.expires: 'next week' is not a date like 2026-12-31",
    );
    const broken = repo({ 'ORR.md': checklist, 'ex.yml': 'exemptions:\n  - item: [oops\n' });
    await expect(evaluateOrr({ ...base, root: broken, exemptions: { path: 'ex.yml', required: true } })).rejects.toThrow(
      /^ex\.yml:\d+: not valid YAML/,
    );
    const unknown = repo({
      'ORR.md': checklist,
      'ex.yml': 'exemptions:\n  - item: Pager drill\n    reason: r\n    approver: a\n    expires: 2030-01-01\n',
    });
    await expect(evaluateOrr({ ...base, root: unknown, exemptions: { path: 'ex.yml', required: true } })).rejects.toThrow(
      "ex.yml:2: exemption for 'Pager drill' matches no checklist item",
    );
    const missing = repo({ 'ORR.md': checklist });
    await expect(evaluateOrr({ ...base, root: missing, exemptions: { path: 'ex.yml', required: true } })).rejects.toThrow(UserError);
    const marker = repo({ 'ORR.md': '### A\n- [x] **x** <!-- evidence: telepathy now -->\n' });
    await expect(evaluateOrr({ ...base, root: marker })).rejects.toThrow(
      "ORR.md:2: unknown evidence kind 'telepathy'; expected one of file, changed, dockerfile",
    );
    await expect(evaluateOrr({ ...base, root: marker, checklist: 'NOPE.md' })).rejects.toThrow(
      /^checklist .*NOPE\.md: file not found; expected an ORR checklist/,
    );
  });
});
