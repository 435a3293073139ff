import { finding } from '../fingerprint.js';
import type { Category, Finding, Location, Severity } from '../model.js';
import { sortAdvisories } from '../model.js';

// biome-ignore lint/suspicious/noExplicitAny: scanner JSON is read defensively, field by field.
export type Json = any;

export const arr = (v: unknown): Json[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Advisory ids found in free text or lists: CVE-…, GHSA-…, and the rest as given. */
export function advisoryIds(...values: unknown[]): string[] {
  const ids: string[] = [];
  for (const value of values.flat(2)) {
    if (typeof value !== 'string' || !value) continue;
    const cve = value.match(/CVE-\d{4}-\d{4,}/g);
    const ghsa = value.match(/GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/gi);
    if (cve || ghsa) ids.push(...(cve ?? []), ...(ghsa ?? []).map((g) => `GHSA${g.slice(4).toLowerCase()}`));
    else ids.push(value);
  }
  return sortAdvisories(ids);
}

export interface FindingInput {
  tool: string;
  report: string;
  category: Category;
  severity: Severity;
  ruleId: string;
  title: string;
  advisories?: string[];
  package?: Finding['package'];
  location?: Location;
  verified?: boolean;
  /** For secrets: the (scrubbed) value, hashed into the identity and never kept. */
  secret?: string;
}

export function make(input: FindingInput): Finding {
  const { tool, report, secret, ...rest } = input;
  return finding({ ...rest, advisories: input.advisories ?? [], tools: [tool], reports: [report] }, secret);
}
