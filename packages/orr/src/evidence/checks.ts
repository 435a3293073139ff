import { basename, join } from 'node:path';
import { type EvidenceContext, type EvidenceResult, fail, pass, skipped } from './context.js';
import { display, findFiles, locate, read } from './files.js';
import { inWindow, parseWindow } from './window.js';

export interface EvidenceKind {
  usage: string;
  /** A problem with the arguments, or undefined when they are usable. */
  validate(args: string[]): string | undefined;
  check(args: string[], ctx: EvidenceContext): Promise<EvidenceResult>;
}

/** Scanner names and how a workflow shows it runs them. */
export const SCANNERS: Record<string, RegExp> = {
  trufflehog: /trufflehog|trufflesecurity\//i,
  gitleaks: /gitleaks/i,
  trivy: /trivy|aquasecurity\//i,
  codeql: /codeql|github\/codeql-action/i,
  syft: /syft|anchore\/sbom-action/i,
  cosign: /cosign|sigstore\//i,
  grype: /grype|anchore\/scan-action/i,
  snyk: /snyk/i,
  semgrep: /semgrep/i,
  checkov: /checkov/i,
  'osv-scanner': /osv-scanner|google\/osv-scanner/i,
  dependabot: /dependabot/i,
  'npm-audit': /npm audit/i,
};

const SBOM_NAME = /(^|[._-])(sbom|bom)([._-].*)?\.json$|\.spdx\.json$|\.cdx\.json$|\.spdx$|cyclonedx.*\.(json|xml)$/i;

const DOCKERFILE = /^Dockerfile(\..+)?$|\.Dockerfile$/i;
const dockerfiles = (ctx: EvidenceContext) => findFiles(ctx.root, (name) => DOCKERFILE.test(name));
const workflows = (ctx: EvidenceContext) => findFiles(join(ctx.root, '.github', 'workflows'), (name) => /\.ya?ml$/.test(name), 1);

const needsArgs = (n: number, usage: string) => (args: string[]) => (args.length >= n ? undefined : `expected ${usage}`);

export const KINDS: Record<string, EvidenceKind> = {
  file: {
    usage: 'file PATH [PATH…] (any one exists)',
    validate: needsArgs(1, 'at least one path'),
    async check(args, ctx) {
      for (const path of args) {
        const found = locate(ctx, path);
        if (found) return pass(`${display(ctx, found)} exists`);
      }
      return fail(`${args.join(', ')} not found next to the checklist or at the repository root`);
    },
  },
  changed: {
    usage: 'changed PATH (changed in this pull request)',
    validate: needsArgs(1, 'a path'),
    async check(args, ctx) {
      if (!ctx.github) return skipped('needs github-token to read the pull request');
      const files = await ctx.github.changedFiles();
      if (!files) return skipped('not a pull request');
      const hit = files.find((f) => args.some((a) => f === a || basename(f) === a));
      return hit ? pass(`${hit} changed in this pull request`) : fail(`${args.join(', ')} not changed in this pull request`);
    },
  },
  dockerfile: {
    usage: 'dockerfile [PATH]',
    validate: () => undefined,
    async check(args, ctx) {
      const paths = args.length ? args.map((a) => locate(ctx, a)).filter((p): p is string => Boolean(p)) : dockerfiles(ctx);
      if (paths.length === 0) return fail(args.length ? `${args.join(', ')} not found` : 'no Dockerfile in the repository');
      const problems = paths.flatMap((p) => {
        const found = dockerfileProblems(read(p));
        return found.length ? [`${display(ctx, p)}: ${found.join('; ')}`] : [];
      });
      return problems.length
        ? fail(problems.join(' · '))
        : pass(`${paths.map((p) => display(ctx, p)).join(', ')}: multi-stage, non-root, slim or distroless, pinned`);
    },
  },
  'workflow-scanners': {
    usage: `workflow-scanners NAME… (${Object.keys(SCANNERS).join(', ')})`,
    validate: (args) => {
      if (args.length === 0) return 'expected at least one scanner name';
      const unknown = args.filter((a) => !SCANNERS[a.toLowerCase()]);
      return unknown.length ? `unknown scanner ${unknown.join(', ')}; expected ${Object.keys(SCANNERS).join(', ')}` : undefined;
    },
    async check(args, ctx) {
      const files = workflows(ctx);
      if (files.length === 0) return fail('no workflows in .github/workflows');
      const text = files.map(read).join('\n');
      const missing = args.filter((a) => !(SCANNERS[a.toLowerCase()] as RegExp).test(text));
      return missing.length ? fail(`no workflow runs ${missing.join(', ')}`) : pass(`workflows run ${args.join(', ')}`);
    },
  },
  sbom: {
    usage: 'sbom [PATH]',
    validate: () => undefined,
    async check(args, ctx) {
      const paths = args.length
        ? args.map((a) => locate(ctx, a)).filter((p): p is string => Boolean(p))
        : findFiles(ctx.root, (name) => SBOM_NAME.test(name));
      for (const path of paths) {
        const text = read(path);
        if (/"spdxVersion"|"bomFormat"\s*:\s*"CycloneDX"|SPDXVersion:|<bom\b/.test(text)) return pass(`${display(ctx, path)} is an SBOM`);
      }
      if (paths.length) return fail(`${paths.map((p) => display(ctx, p)).join(', ')}: not SPDX or CycloneDX`);
      if (workflows(ctx).some((w) => (SCANNERS.syft as RegExp).test(read(w)))) return pass('a workflow generates the SBOM with Syft');
      return fail('no SBOM file (SPDX or CycloneDX) and no workflow that generates one');
    },
  },
  coverage: {
    usage: 'coverage PERCENT [SUMMARY-FILE]',
    validate: (args) =>
      args[0] && Number.isFinite(Number(args[0].replace('%', ''))) ? undefined : 'expected a percentage, e.g. coverage 80',
    async check(args, ctx) {
      const min = Number((args[0] as string).replace('%', ''));
      const candidates = args[1]
        ? [args[1]]
        : ['coverage/coverage-summary.json', 'coverage/lcov.info', 'coverage/cobertura-coverage.xml', 'coverage.xml', 'lcov.info'];
      for (const candidate of candidates) {
        const path = locate(ctx, candidate);
        if (!path) continue;
        const pct = coveragePercent(read(path));
        if (pct === undefined) return fail(`${display(ctx, path)}: no line coverage total in it`);
        const shown = `${Math.round(pct * 10) / 10}%`;
        return pct >= min
          ? pass(`${display(ctx, path)}: lines ${shown} ≥ ${min}%`)
          : fail(`${display(ctx, path)}: lines ${shown} < ${min}%`);
      }
      return fail(`no coverage summary (${candidates.join(', ')})`);
    },
  },
  'health-endpoints': {
    usage: 'health-endpoints',
    validate: () => undefined,
    async check(_args, ctx) {
      const found: string[] = [];
      for (const name of ['railway.toml', 'railway.json']) {
        const path = locate(ctx, name);
        if (path && /healthcheck_?path/i.test(read(path))) found.push(`${display(ctx, path)} healthcheckPath`);
      }
      for (const path of dockerfiles(ctx)) {
        if (/^\s*HEALTHCHECK\s+(?!NONE)/im.test(read(path))) found.push(`${display(ctx, path)} HEALTHCHECK`);
      }
      return found.length ? pass(found.join(', ')) : fail('no healthcheckPath in railway.toml/railway.json and no Dockerfile HEALTHCHECK');
    },
  },
  approvals: {
    usage: 'approvals N',
    validate: (args) =>
      Number.isInteger(Number(args[0])) && Number(args[0]) > 0 ? undefined : 'expected a whole number of approvals, e.g. approvals 2',
    async check(args, ctx) {
      if (!ctx.github) return skipped('needs github-token to read the reviews');
      const approvers = await ctx.github.approvers();
      if (!approvers) return skipped('not a pull request');
      const min = Number(args[0]);
      return approvers.length >= min
        ? pass(`${approvers.length} approval(s): ${approvers.join(', ')}`)
        : fail(`${approvers.length} approval(s)${approvers.length ? ` (${approvers.join(', ')})` : ''}, ${min} required`);
    },
  },
  'checks-green': {
    usage: 'checks-green',
    validate: () => undefined,
    async check(_args, ctx) {
      if (!ctx.github) return skipped('needs github-token to read the checks on the commit');
      const { total, failing } = await ctx.github.failingChecks(ctx.checkName);
      if (total === 0) return fail('no checks or statuses on the commit');
      return failing.length ? fail(`not green: ${failing.join(', ')}`) : pass(`${total} check(s) green`);
    },
  },
  window: {
    usage: "window 'Tuesday/Wednesday 10 AM – 12 PM EDT'",
    validate: (args) => {
      try {
        parseWindow(args.join(' '));
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    },
    async check(args, ctx) {
      const window = parseWindow(args.join(' '));
      return inWindow(window, ctx.now)
        ? pass(`${ctx.now.toISOString()} is inside ${window.text}`)
        : fail(`${ctx.now.toISOString()} is outside ${window.text}`);
    },
  },
};

/** What is wrong with a Dockerfile against the hardening baseline; empty when nothing is. */
export function dockerfileProblems(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const froms = lines
    .filter((l) => /^FROM\s/i.test(l))
    .map((l) => l.replace(/^FROM\s+(--platform=\S+\s+)?/i, '').split(/\s+/)[0] as string);
  const problems: string[] = [];
  if (froms.length < 2) problems.push('single-stage build');
  const stageNames = new Set(lines.flatMap((l) => /^FROM\s.+\sAS\s+(\S+)/i.exec(l)?.[1]?.toLowerCase() ?? []));
  for (const image of froms) {
    if (stageNames.has(image.toLowerCase()) || image === 'scratch') continue;
    if (!image.includes(':') && !image.includes('@')) problems.push(`base image ${image} has no tag`);
    else if (/:latest$/.test(image)) problems.push(`base image ${image} uses latest`);
  }
  const final = froms.at(-1) ?? '';
  if (!/distroless|slim|alpine|scratch|chainguard|minimal|ubi-micro/i.test(final) && !stageNames.has(final.toLowerCase())) {
    problems.push(`final base ${final || '(none)'} is neither slim nor distroless`);
  }
  const lastStage = lines.slice(lines.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true));
  const user = lastStage
    .filter((l) => /^USER\s/i.test(l))
    .at(-1)
    ?.split(/\s+/)[1];
  const distrolessNonroot = /distroless.*:nonroot|:.*-nonroot/i.test(final);
  if (!distrolessNonroot && (!user || /^(root|0)(:|$)/.test(user)))
    problems.push(user ? `runs as ${user}` : 'no non-root USER in the final stage');
  return problems;
}

/** Line coverage from an istanbul json-summary, an lcov file or a Cobertura report. */
export function coveragePercent(text: string): number | undefined {
  try {
    const json = JSON.parse(text) as { total?: { lines?: { pct?: number } } };
    if (typeof json.total?.lines?.pct === 'number') return json.total.lines.pct;
  } catch {
    // not JSON
  }
  const hit = [...text.matchAll(/^LH:(\d+)/gm)].reduce((s, m) => s + Number(m[1]), 0);
  const found = [...text.matchAll(/^LF:(\d+)/gm)].reduce((s, m) => s + Number(m[1]), 0);
  if (found > 0) return (hit / found) * 100;
  const rate = /<coverage[^>]*\sline-rate="([\d.]+)"/.exec(text);
  if (rate) return Number(rate[1]) * 100;
  return undefined;
}
