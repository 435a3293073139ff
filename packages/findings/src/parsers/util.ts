import { fingerprint } from '../fingerprint.js';
import { LazyList } from '../json-stream.js';
import type { Category, Finding, Location, Severity } from '../model.js';
import { sortAdvisories } from '../model.js';

// biome-ignore lint/suspicious/noExplicitAny: scanner JSON is read defensively, field by field.
export type Json = any;

/** A JSON array, parsed or streamed (see json-stream.ts). */
export const isList = (v: unknown): v is Json[] | LazyList => Array.isArray(v) || v instanceof LazyList;
/** A list as a plain array (a LazyList read whole); anything else as empty. */
export const arr = (v: unknown): Json[] => (Array.isArray(v) ? v : isList(v) ? [...v] : []);
/** A list walked an element at a time: how parsers read a report's main lists, which may be large. */
export const each = (v: unknown): Iterable<Json> => (isList(v) ? v : []);
export const first = (v: unknown): Json => (isList(v) ? v.at(0) : undefined);
export const count = (v: unknown): number => (isList(v) ? v.length : 0);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * A title from free text: its first line, at most 200 characters, as its own
 * string — a slice would keep the whole text it came from alive with the finding.
 */
export function headline(text: unknown): string | undefined {
  const s = str(text);
  if (s === undefined) return undefined;
  const newline = s.indexOf('\n');
  const end = Math.min(newline < 0 ? s.length : newline, 200);
  return end === s.length ? s : Buffer.from(s.slice(0, end)).toString();
}

const EXACT_ID = /^(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3})$/i;

/** Advisory ids found in free text or lists: CVE-…, GHSA-…, and the rest as given. */
export function advisoryIds(...values: unknown[]): string[] {
  const ids: string[] = [];
  for (const value of values.flat(2)) {
    if (typeof value !== 'string' || !value) continue;
    // Most values are one id already: no need to search them.
    if (EXACT_ID.test(value)) {
      ids.push(value.charAt(0) === 'G' || value.charAt(0) === 'g' ? `GHSA${value.slice(4).toLowerCase()}` : value);
      continue;
    }
    const cve = value.match(/CVE-\d{4}-\d{4,}/g);
    const ghsa = value.match(/GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/gi);
    if (cve || ghsa) ids.push(...(cve ?? []), ...(ghsa ?? []).map((g) => `GHSA${g.slice(4).toLowerCase()}`));
    else ids.push(value);
  }
  // Most findings name one advisory: nothing to sort or merge.
  return ids.length < 2 ? ids : sortAdvisories(ids);
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

// Large reports repeat the same titles, rules, paths and package names thousands
// of times; one copy of each keeps a hundred thousand findings small. The table
// lives while one report is read (see `sharingStrings`).
const strings = new Map<string, string>();
const lists = new Map<string, string[]>();
const NO_ADVISORIES: string[] = [];

/** Runs `read` with findings sharing their strings, and forgets the table after. */
export function sharingStrings<T>(read: () => T): T {
  try {
    return read();
  } finally {
    strings.clear();
    lists.clear();
  }
}

function intern(value: string): string;
function intern(value: string | undefined): string | undefined;
function intern(value: string | undefined): string | undefined {
  if (value === undefined) return value;
  const seen = strings.get(value);
  if (seen !== undefined) return seen;
  strings.set(value, value);
  return value;
}

/** A shared one-element list; never changed in place (merging builds new lists). */
function one(value: string): string[] {
  let list = lists.get(value);
  if (!list) {
    list = [value];
    lists.set(value, list);
  }
  return list;
}

/** A Finding in one fixed shape (absent parts undefined), its strings shared. */
export function make(input: FindingInput): Finding {
  const { package: pkg, location } = input;
  const f: Finding = {
    fingerprint: '',
    tools: one(input.tool),
    category: input.category,
    severity: input.severity,
    ruleId: intern(input.ruleId),
    title: intern(input.title),
    advisories: input.advisories?.length ? input.advisories : NO_ADVISORIES,
    package: pkg
      ? // Versions and ecosystems are a few characters: a shared copy would save less than the table costs.
        { name: intern(pkg.name), version: pkg.version, fixedVersion: pkg.fixedVersion, ecosystem: pkg.ecosystem }
      : undefined,
    location: location ? { file: intern(location.file), line: location.line } : undefined,
    verified: input.verified,
    reports: one(input.report),
  };
  f.fingerprint = fingerprint(f, input.secret);
  return f;
}
