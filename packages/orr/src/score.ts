import type { ItemEvidence } from './evidence/index.js';
import { type Exemption, isExpired } from './exemptions.js';
import type { Band, Criterion, OrrDocument, OrrItem, Remediation, Source } from './model.js';

export type ItemState = 'met' | 'exempt' | 'unchecked' | 'claimed-not-evidenced' | 'exemption-expired';

export interface ItemReport {
  id: string;
  title: string;
  category: string;
  checked: boolean;
  critical: boolean;
  state: ItemState;
  /** What the item is worth out of 100. */
  points: number;
  evidence?: { kind: string; from: 'marker' | 'rule'; status: 'pass' | 'fail' | 'skipped'; detail: string };
  exemption?: { reason: string; approver: string; expires: string; expired: boolean };
  /** Unchecked, but its evidence passes: worth ticking. */
  suggested: boolean;
  remediation?: string;
  source: Source;
}

export interface CategoryReport {
  name: string;
  weight: number;
  met: number;
  total: number;
  points: number;
}

export interface CriterionReport {
  name: string;
  decision: 'go' | 'no-go';
  reason: string;
  source: Source;
}

export interface OrrReport {
  file: string;
  title: string;
  score: number;
  minScore: number;
  band: string;
  decision: 'go' | 'no-go';
  /** Why it is no-go; empty on go. */
  reasons: string[];
  categories: CategoryReport[];
  items: ItemReport[];
  criteria: CriterionReport[];
  evidence: boolean;
  warnings: string[];
}

const round = (n: number) => Math.round(n * 100) / 100;

const STOP = new Set([
  'the',
  'and',
  'not',
  'has',
  'have',
  'with',
  'for',
  'are',
  'all',
  'any',
  'run',
  'see',
  'done',
  'missing',
  'incomplete',
  'configured',
]);
function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map((w) => w.slice(0, 5)),
  );
}

/** The "Gap:" section that speaks of an item: the most words in common, one at least. */
export function remediationFor(item: OrrItem, remediations: Remediation[]): Remediation | undefined {
  const mine = stems(`${item.title} ${item.details}`);
  let best: Remediation | undefined;
  let bestScore = 0;
  for (const r of remediations) {
    const shared = [...stems(r.gap)].filter((s) => mine.has(s)).length;
    if (shared > bestScore) {
      best = r;
      bestScore = shared;
    }
  }
  return best;
}

function bandOf(score: number, bands: Band[]): string {
  const whole = Math.floor(score);
  return bands.find((b) => whole >= b.min && whole <= b.max)?.label ?? '';
}

function criterionDecision(c: Criterion, score: number): CriterionReport {
  const threshold = /score\s*(?:≥|>=|at least)\s*(\d+(?:\.\d+)?)/i.exec(c.name);
  if (threshold) {
    const min = Number(threshold[1]);
    // The gate computes this one itself: a box ticked by hand proves nothing.
    return score >= min
      ? { name: c.name, decision: 'go', reason: `score ${round(score)} ≥ ${min}`, source: c.source }
      : { name: c.name, decision: 'no-go', reason: `score ${round(score)} < ${min}`, source: c.source };
  }
  switch (c.status) {
    case 'go':
      return { name: c.name, decision: 'go', reason: 'marked GO', source: c.source };
    case 'no-go':
      return { name: c.name, decision: 'no-go', reason: 'marked NO-GO', source: c.source };
    case 'both':
      return { name: c.name, decision: 'no-go', reason: 'both GO and NO-GO are marked', source: c.source };
    default:
      return { name: c.name, decision: 'no-go', reason: 'neither GO nor NO-GO is marked', source: c.source };
  }
}

export interface ScoreInput {
  doc: OrrDocument;
  minScore: number;
  evidence: Map<OrrItem, ItemEvidence>;
  evidenceChecked: boolean;
  exemptions: Map<OrrItem, Exemption>;
  now: Date;
}

/**
 * Per category, met items over all items (by item weight) times the category's
 * weight; an item is met when ticked and not disproved by its evidence, or exempt
 * and not expired. Go needs the score, every criterion GO and no critical gap.
 */
export function score(input: ScoreInput): OrrReport {
  const { doc } = input;
  const items: ItemReport[] = [];
  let exactTotal = 0;
  const categories: CategoryReport[] = doc.categories.map((category) => {
    const totalWeight = category.items.reduce((s, i) => s + i.weight, 0);
    let earned = 0;
    let met = 0;
    for (const item of category.items) {
      const points = (item.weight / totalWeight) * category.weight;
      const ev = input.evidence.get(item);
      const exemption = input.exemptions.get(item);
      const expired = exemption ? isExpired(exemption, input.now) : false;
      let state: ItemState;
      if (exemption && !expired) state = 'exempt';
      else if (item.checked && ev?.result.status === 'fail') state = 'claimed-not-evidenced';
      else if (item.checked) state = 'met';
      else if (exemption && expired) state = 'exemption-expired';
      else state = 'unchecked';
      if (state === 'met' || state === 'exempt') {
        earned += points;
        met++;
      }
      const remediation = state === 'met' || state === 'exempt' ? undefined : remediationFor(item, doc.remediations);
      items.push({
        id: item.id,
        title: item.title,
        category: category.name,
        checked: item.checked,
        critical: item.critical,
        state,
        points: round(points),
        ...(ev ? { evidence: { kind: ev.spec.kind, from: ev.spec.from, status: ev.result.status, detail: ev.result.detail } } : {}),
        ...(exemption
          ? { exemption: { reason: exemption.reason, approver: exemption.approver, expires: exemption.expires, expired } }
          : {}),
        suggested: !item.checked && ev?.result.status === 'pass',
        ...(remediation ? { remediation: remediation.remediation } : {}),
        source: item.source,
      });
    }
    exactTotal += earned;
    return { name: category.name, weight: round(category.weight), met, total: category.items.length, points: round(earned) };
  });
  // Rounded once, from the exact points, so the total matches a hand computation.
  const total = exactTotal;
  const criteria = doc.criteria.map((c) => criterionDecision(c, total));
  const reasons: string[] = [];
  if (total < input.minScore) reasons.push(`score ${round(total)} is below the minimum ${input.minScore}`);
  for (const c of criteria.filter((x) => x.decision === 'no-go')) reasons.push(`${c.name}: ${c.reason}`);
  for (const item of items.filter((i) => i.critical && i.state !== 'met' && i.state !== 'exempt'))
    reasons.push(`critical item not met: ${item.title}`);
  return {
    file: doc.file,
    title: doc.title,
    score: round(total),
    minScore: input.minScore,
    band: bandOf(total, doc.bands),
    decision: reasons.length ? 'no-go' : 'go',
    reasons,
    categories,
    items,
    criteria,
    evidence: input.evidenceChecked,
    warnings: doc.warnings,
  };
}
