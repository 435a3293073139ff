import { z } from 'zod';
import { splitArgs } from './markdown.js';
import { DEFAULT_BANDS, type EvidenceSpec, type OrrCategory, type OrrDocument, slug } from './model.js';
import { applyWeights } from './weights.js';
import { parseYamlFile } from './yaml-errors.js';

const schema = z.object({
  title: z.string().optional(),
  minScore: z.number().min(0).max(100).optional(),
  categories: z
    .array(
      z.object({
        name: z.string().min(1),
        weight: z.number().min(0).max(100).optional(),
        items: z
          .array(
            z.object({
              title: z.string().min(1),
              id: z.string().optional(),
              details: z.string().default(''),
              done: z.boolean().default(false),
              critical: z.boolean().default(false),
              weight: z.number().positive().default(1),
              evidence: z.string().optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  criteria: z
    .array(
      z.object({ name: z.string().min(1), status: z.enum(['go', 'no-go', 'unmarked']).default('unmarked'), notes: z.string().default('') }),
    )
    .default([]),
  remediations: z
    .array(z.object({ gap: z.string(), remediation: z.string(), risk: z.string().optional(), timeline: z.string().optional() }))
    .default([]),
});

const EXPECTED = 'categories: [{ name, weight, items: [{ title, done, critical, evidence }] }]';

/** The same model as the Markdown checklist, for teams that keep it as `.golive/orr.yml`. */
export function parseYamlChecklist(text: string, file: string): OrrDocument {
  const { value, lineOf } = parseYamlFile(text, file, schema, EXPECTED);
  const categories: OrrCategory[] = value.categories.map((c, ci) => ({
    name: c.name,
    weight: 0,
    source: { file, line: lineOf(['categories', ci]) },
    items: c.items.map((item, ii) => {
      const source = { file, line: lineOf(['categories', ci, 'items', ii]) };
      const [kind, ...args] = item.evidence ? splitArgs(item.evidence) : [];
      const evidence: EvidenceSpec | undefined = kind ? { kind: kind.toLowerCase(), args, from: 'marker', source } : undefined;
      return {
        id: slug(item.id ?? `${c.name} ${item.title}`),
        category: c.name,
        title: item.title,
        details: item.details,
        checked: item.done,
        critical: item.critical,
        weight: item.weight,
        evidence,
        source,
      };
    }),
  }));
  const weighted = value.categories.filter((c) => c.weight !== undefined);
  const warning = applyWeights(
    categories,
    weighted.map((c) => ({
      name: c.name,
      percent: c.weight as number,
      source: { file, line: lineOf(['categories', value.categories.indexOf(c), 'weight']) },
    })),
    weighted.length ? { file, line: lineOf(['categories']) } : undefined,
  );
  return {
    file,
    title: value.title ?? 'Operational Readiness Review',
    categories,
    criteria: value.criteria.map((c, i) => ({ ...c, source: { file, line: lineOf(['criteria', i]) } })),
    minScore: value.minScore,
    bands: DEFAULT_BANDS,
    remediations: value.remediations.map((r, i) => ({ ...r, source: { file, line: lineOf(['remediations', i]) } })),
    warnings: warning ? [warning] : [],
  };
}
