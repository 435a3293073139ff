import { UserError } from '@golive/core';
import type { EvidenceSpec, OrrDocument, OrrItem } from '../model.js';
import { KINDS } from './checks.js';
import type { EvidenceContext, EvidenceResult } from './context.js';
import { ruleFor } from './rules.js';

export { coveragePercent, dockerfileProblems, KINDS, SCANNERS } from './checks.js';
export type { EvidenceContext, EvidenceResult, GitHubEvidence } from './context.js';
export { ruleFor } from './rules.js';
export { inWindow, parseWindow } from './window.js';

/** Checks every marker before anything runs: an unknown kind is the author's mistake. */
export function validateMarkers(doc: OrrDocument): void {
  for (const item of doc.categories.flatMap((c) => c.items)) {
    const spec = item.evidence;
    if (!spec) continue;
    const kind = KINDS[spec.kind];
    const at = `${spec.source.file}:${spec.source.line}`;
    if (!kind) throw new UserError(`${at}: unknown evidence kind '${spec.kind}'; expected one of ${Object.keys(KINDS).join(', ')}`);
    const problem = kind.validate(spec.args);
    if (problem) throw new UserError(`${at}: evidence '${spec.kind}': ${problem}; usage: ${kind.usage}`);
  }
}

export interface ItemEvidence {
  spec: EvidenceSpec;
  result: EvidenceResult;
}

/** Runs each item's evidence (its marker, else a rule matched from its words), all at once. */
export async function collectEvidence(doc: OrrDocument, ctx: EvidenceContext): Promise<Map<OrrItem, ItemEvidence>> {
  const items = doc.categories.flatMap((c) => c.items);
  const results = new Map<OrrItem, ItemEvidence>();
  await Promise.all(
    items.map(async (item) => {
      const spec = item.evidence ?? ruleFor(item);
      if (!spec) return;
      const kind = KINDS[spec.kind];
      if (!kind || kind.validate(spec.args)) return;
      try {
        results.set(item, { spec, result: await kind.check(spec.args, ctx) });
      } catch (error) {
        // An API that would not answer leaves the claim unproven, not false.
        results.set(item, { spec, result: { status: 'skipped', detail: `could not check: ${(error as Error).message}` } });
      }
    }),
  );
  return results;
}
