import { UserError } from '@golive/core';
import type { OrrCategory, Source } from './model.js';

const STOP = new Set(['and', 'the', 'of', '&', 'a']);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP.has(w));
}

/** "operations" and "operational" are one word to a reader: compare their first seven letters. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(7, a.length, b.length);
  return n >= 5 && a.slice(0, n) === b.slice(0, n);
}

/** The category a weights-table row means: every word of the row appears in the heading. */
export function matchCategory(row: string, categories: OrrCategory[]): OrrCategory[] {
  const rowWords = words(row);
  if (rowWords.length === 0) return [];
  return categories.filter((c) => {
    const heading = words(c.name);
    return rowWords.every((w) => heading.some((h) => sameWord(w, h)));
  });
}

export interface WeightRow {
  name: string;
  percent: number;
  source: Source;
}

/**
 * Gives each category its weight from the table, or equal shares when there is no
 * table. Weights that do not add up to 100 are read as shares of their sum, and the
 * returned warning says so: the author's proportions are clear even when the
 * arithmetic is not (the reference ORR's add up to 105%).
 */
export function applyWeights(categories: OrrCategory[], rows: WeightRow[], table?: Source): string | undefined {
  if (rows.length === 0) {
    for (const c of categories) c.weight = 100 / categories.length;
    return undefined;
  }
  const seen = new Map<OrrCategory, WeightRow>();
  for (const row of rows) {
    const matches = matchCategory(row.name, categories);
    const at = `${row.source.file}:${row.source.line}`;
    if (matches.length === 0) {
      throw new UserError(
        `${at}: the weights row '${row.name}' names no checklist category; expected one of ${categories.map((c) => `'${c.name}'`).join(', ')}`,
      );
    }
    if (matches.length > 1) {
      throw new UserError(
        `${at}: the weights row '${row.name}' matches ${matches.map((c) => `'${c.name}'`).join(' and ')}; expected a name that matches one category`,
      );
    }
    const category = matches[0] as OrrCategory;
    if (seen.has(category))
      throw new UserError(`${at}: '${category.name}' already has a weight on line ${seen.get(category)?.source.line}`);
    seen.set(category, row);
    category.weight = row.percent;
  }
  const missing = categories.filter((c) => !seen.has(c));
  const where = table ? `${table.file}:${table.line}` : rows[0]?.source.file;
  if (missing.length) {
    throw new UserError(
      `${where}: the weights table has no row for ${missing.map((c) => `'${c.name}' (line ${c.source.line})`).join(', ')}; expected a weight for every category`,
    );
  }
  const total = rows.reduce((sum, r) => sum + r.percent, 0);
  if (total <= 0) throw new UserError(`${where}: the category weights add up to ${total}%; expected 100%`);
  if (Math.abs(total - 100) <= 0.01) return undefined;
  for (const c of categories) c.weight = (c.weight / total) * 100;
  return `${where}: the category weights add up to ${total}%; expected 100% (scored as shares of ${total})`;
}
