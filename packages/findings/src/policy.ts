import { isoDate, isPast, UserError } from '@golive/core';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { Evidence, Finding, ParsedReport, Severity } from './model.js';
import { REQUIREMENTS } from './requirements.js';

export interface Suppression {
  advisory?: string;
  rule?: string;
  package?: string;
  fingerprint?: string;
  reason: string;
  expires: string;
  line: number;
}

const schema = z.object({
  suppressions: z
    .array(
      z
        .object({
          advisory: z.string().optional(),
          rule: z.string().optional(),
          package: z.string().optional(),
          fingerprint: z.string().optional(),
          reason: z.string().min(1),
          expires: isoDate,
        })
        .refine((s) => s.advisory || s.rule || s.package || s.fingerprint, {
          message: 'names nothing to suppress; expected advisory, rule, package or fingerprint',
        }),
    )
    .default([]),
});

/** `.golive/security-policy.yml`: suppressions, each with a reason and an expiry date. */
export function parsePolicy(text: string, file: string): Suppression[] {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  if (doc.errors.length) {
    const error = doc.errors[0];
    throw new UserError(
      `${file}:${error?.pos ? lineAt(error.pos[0]) : 1}: not valid YAML; expected suppressions: [{ advisory|rule|package|fingerprint, reason, expires }]`,
    );
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = (issue?.path ?? []) as (string | number)[];
    const node = doc.getIn(path.slice(0, 2), true) as { range?: [number, number] } | undefined;
    throw new UserError(`${file}:${node?.range ? lineAt(node.range[0]) : 1}: ${path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return result.data.suppressions.map((s, i) => {
    const node = doc.getIn(['suppressions', i], true) as { range?: [number, number] } | undefined;
    return { ...s, line: node?.range ? lineAt(node.range[0]) : 1 };
  });
}

export function suppressionMatches(s: Suppression, f: Finding): boolean {
  if (s.fingerprint && s.fingerprint !== f.fingerprint) return false;
  if (s.advisory && !f.advisories.some((a) => a.toLowerCase() === s.advisory?.toLowerCase()) && f.ruleId !== s.advisory) return false;
  if (s.rule && f.ruleId !== s.rule) return false;
  if (s.package && f.package?.name.toLowerCase() !== s.package.toLowerCase()) return false;
  return true;
}

export const isExpired = (s: Suppression, now: Date) => isPast(s.expires, now);

export interface PolicyOptions {
  failOn: Severity[];
  ignoreUnfixed: boolean;
  require: string[];
  suppressions: Suppression[];
  now: Date;
}

export interface Verdict {
  decision: 'pass' | 'fail';
  blocking: Finding[];
  suppressed: { finding: Finding; suppression: Suppression }[];
  expired: Suppression[];
  /** Findings at a failing severity left out because no fix exists yet. */
  unfixed: Finding[];
  missing: string[];
  reasons: string[];
}

/** Applies the policy: blocking severities, unfixed advisories, suppressions with expiry, required scans. */
export function applyPolicy(findings: Finding[], reports: Pick<ParsedReport, 'evidence' | 'signature'>[], options: PolicyOptions): Verdict {
  const blocking: Finding[] = [];
  const suppressed: Verdict['suppressed'] = [];
  const unfixed: Finding[] = [];
  const expired = options.suppressions.filter((s) => isExpired(s, options.now));
  const active = options.suppressions.filter((s) => !isExpired(s, options.now));
  for (const f of findings) {
    const suppression = active.find((s) => suppressionMatches(s, f));
    if (suppression) {
      suppressed.push({ finding: f, suppression });
      continue;
    }
    if (!options.failOn.includes(f.severity)) continue;
    const advisory = f.category === 'dependency' || f.category === 'container';
    if (options.ignoreUnfixed && advisory && !f.package?.fixedVersion) {
      unfixed.push(f);
      continue;
    }
    blocking.push(f);
  }
  const seen = new Set(reports.flatMap((r) => r.evidence));
  const missing = options.require.filter((r) => !seen.has(REQUIREMENTS[r] as Evidence));
  const signatures = reports.filter((r) => r.signature);
  const reasons: string[] = [];
  if (blocking.length) reasons.push(`${blocking.length} finding(s) at ${options.failOn.join('/')} severity`);
  if (missing.length) reasons.push(`no report for required ${missing.join(', ')}`);
  if (options.require.some((r) => REQUIREMENTS[r] === 'signature') && signatures.some((r) => !r.signature?.verified))
    reasons.push('a signature report verified nothing');
  return { decision: reasons.length ? 'fail' : 'pass', blocking, suppressed, expired, unfixed, missing, reasons };
}
