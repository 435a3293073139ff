import type { EvidenceSpec, OrrItem } from '../model.js';
import { SCANNERS } from './checks.js';

type Rule = (text: string) => Omit<EvidenceSpec, 'source' | 'from'> | undefined;

const scannersIn = (text: string) => Object.keys(SCANNERS).filter((name) => new RegExp(`\\b${name}\\b`, 'i').test(text));

/**
 * Evidence read from an item's own words, for checklists without markers. Each
 * rule is narrow on purpose: a wrong guess would fail a true claim.
 */
const RULES: Rule[] = [
  (t) => (/changelog(\.md)?\b.*\bupdated|updated?\b.*\bchangelog/i.test(t) ? { kind: 'changed', args: ['CHANGELOG.md'] } : undefined),
  (t) => {
    const m = /coverage\s*(?:≥|>=|at least)\s*(\d+(?:\.\d+)?)\s*%/i.exec(t);
    return m ? { kind: 'coverage', args: [m[1] as string] } : undefined;
  },
  (t) => (/docker\s+images?\b.*\b(multi-stage|non-root|distroless)/i.test(t) ? { kind: 'dockerfile', args: [] } : undefined),
  (t) =>
    /\bsbom\b.*\b(generated|published|attached)|\b(generated|published)\b.*\bsbom\b/i.test(t) ? { kind: 'sbom', args: [] } : undefined,
  (t) => (/health\s*checks?\s+(implemented|configured|declared)/i.test(t) ? { kind: 'health-endpoints', args: [] } : undefined),
  (t) => {
    const m = /(\d+)\s+approvals?\b/i.exec(t);
    return m ? { kind: 'approvals', args: [m[1] as string] } : undefined;
  },
  (t) => (/all\s+(ci\s+)?checks\s+(passing|green)|required\s+checks\s+green/i.test(t) ? { kind: 'checks-green', args: [] } : undefined),
  (t) => {
    const m = /deployment\s+window\b.*\(([^)]*\d[^)]*)\)/i.exec(t);
    return m ? { kind: 'window', args: [m[1] as string] } : undefined;
  },
  (t) => {
    if (!/(secrets?\s+in\s+code|secret\s+scan|image\s+signed|security\s+vulnerabilit|scan)/i.test(t)) return undefined;
    const names = scannersIn(t);
    return names.length ? { kind: 'workflow-scanners', args: names } : undefined;
  },
  (t) => {
    const m = /\bsee\s+`([^`]+\.(?:md|txt|ya?ml))`|\b(SECURITY\.md)\b/.exec(t);
    return m ? { kind: 'file', args: [(m[1] ?? m[2]) as string] } : undefined;
  },
];

export function ruleFor(item: OrrItem): EvidenceSpec | undefined {
  const text = `${item.title} (${item.details})`;
  for (const rule of RULES) {
    const spec = rule(text);
    if (spec) return { ...spec, from: 'rule', source: item.source };
  }
  return undefined;
}
