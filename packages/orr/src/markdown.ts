import { UserError } from '@golive/core';
import {
  type Band,
  type Criterion,
  DEFAULT_BANDS,
  type EvidenceSpec,
  type OrrCategory,
  type OrrDocument,
  type OrrItem,
  type Remediation,
  type Source,
  slug,
} from './model.js';
import { applyWeights, type WeightRow } from './weights.js';

const ITEM = /^(\s*)[-*+]\s+\[([ xX✓✔])\]\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const MARKER = /<!--\s*(evidence|critical|weight|id)\b\s*:?\s*(.*?)\s*-->/gi;
const MIN_SCORE = /minimum\s+score(?:\s+to\s+proceed)?\s*:?\**\s*:?\s*(\d+(?:\.\d+)?)\s*(?:\/\s*100)?/i;
const BAND = /^\s*[-*]\s+\*{0,2}\s*(?:<\s*(\d+)|(\d+)\s*[-–]\s*(\d+))\s*:?\s*\*{0,2}\s*:?\s*(.+)$/;
const BOX_MARKED = /(?:☑|☒|✅|✔|✓|■|\[[xX]\])\s*\**\s*/;

/** Heading text without numbering, emoji or decoration: "### 1. Code Quality ✅" → "Code Quality". */
export function cleanHeading(text: string): string {
  return text
    .replace(/<!--.*?-->/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\p{Extended_Pictographic}|\uFE0F|\u200D/gu, '')
    .replace(/^\s*(?:category\s+)?\d+[.):]?\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits evidence arguments on spaces, keeping quoted strings whole. */
export function splitArgs(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? (m[3] as string));
}

interface TableRow {
  cells: string[];
  line: number;
}

interface Table {
  header: string[];
  rows: TableRow[];
  line: number;
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

const plain = (text: string) => text.replace(/[*_`]|\\/g, '').trim();

function itemFrom(match: RegExpExecArray, category: OrrCategory, source: Source): OrrItem {
  const raw = match[3] as string;
  const item: OrrItem = {
    id: '',
    category: category.name,
    title: '',
    details: '',
    checked: match[2] !== ' ',
    critical: /\[critical\]|\(critical\)/i.test(raw),
    weight: 1,
    source,
  };
  applyMarkers(item, raw, source);
  const text = raw
    .replace(MARKER, '')
    .replace(/\[critical\]|\(critical\)/gi, '')
    .trim();
  const bold = /^\*\*(.+?)\*\*\s*(.*)$/.exec(text);
  if (bold) {
    item.title = (bold[1] as string).trim();
    item.details = (bold[2] as string).trim();
  } else {
    const paren = text.indexOf(' (');
    item.title = paren > 0 ? text.slice(0, paren) : text;
    item.details = paren > 0 ? text.slice(paren + 1) : '';
  }
  item.title = plain(item.title);
  item.details = item.details.replace(/^\((.*)\)$/, '$1').trim();
  item.id ||= slug(`${category.name} ${item.title}`);
  return item;
}

function applyMarkers(item: OrrItem, text: string, source: Source): void {
  for (const m of text.matchAll(MARKER)) {
    const kind = (m[1] as string).toLowerCase();
    const value = (m[2] as string).trim();
    if (kind === 'critical') item.critical = true;
    else if (kind === 'id') item.id = slug(value);
    else if (kind === 'weight') {
      const weight = Number(value);
      if (!(weight > 0))
        throw new UserError(
          `${source.file}:${source.line}: weight marker '${value}' is not a positive number; expected <!-- weight: 2 -->`,
        );
      item.weight = weight;
    } else {
      const [evidenceKind, ...args] = splitArgs(value);
      if (!evidenceKind) throw new UserError(`${source.file}:${source.line}: empty evidence marker; expected <!-- evidence: KIND ARGS -->`);
      item.evidence = { kind: evidenceKind.toLowerCase(), args, from: 'marker', source } satisfies EvidenceSpec;
    }
  }
}

function criterionStatus(cell: string): Criterion['status'] {
  const text = cell.replace(/\*\*/g, '');
  const go = new RegExp(`${BOX_MARKED.source}GO\\b`).test(text.replace(/NO-GO/g, ''));
  const noGo = new RegExp(`${BOX_MARKED.source}NO-GO\\b`).test(text);
  if (go && noGo) return 'both';
  if (go) return 'go';
  if (noGo) return 'no-go';
  return 'unmarked';
}

/**
 * Reads an ORR checklist as teams write it: `###` categories (numbered or not, with
 * or without emoji), `- [ ]`/`* [x]` items with a bold title and details, a weights
 * table, the minimum score, score bands, a Go/No-Go table and "Gap:" sections.
 */
export function parseMarkdown(text: string, file: string): OrrDocument {
  const lines = text.split(/\r?\n/);
  const categories: OrrCategory[] = [];
  const criteria: Criterion[] = [];
  const bands: Band[] = [];
  const remediations: Remediation[] = [];
  const weightRows: WeightRow[] = [];
  let weightsTable: Source | undefined;
  let minScore: number | undefined;
  let title = '';
  let heading: { text: string; line: number } | undefined;
  let category: OrrCategory | undefined;
  let gap: Remediation | undefined;
  let lastItem: OrrItem | undefined;
  let fenced = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const number = i + 1;
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;

    const h = HEADING.exec(line);
    if (h) {
      const text = cleanHeading(h[2] as string);
      if (!title && (h[1] as string).length === 1) title = text;
      heading = { text, line: number };
      category = undefined;
      lastItem = undefined;
      const g = /^gap\s*:\s*(.+)$/i.exec(text);
      gap = g ? { gap: (g[1] as string).trim(), remediation: '', source: { file, line: number } } : undefined;
      if (gap) remediations.push(gap);
      continue;
    }

    const item = ITEM.exec(line);
    if (item) {
      if (!category) {
        const name = heading?.text || 'Checklist';
        category = categories.find((c) => c.name === name);
        if (!category) {
          category = { name, weight: 0, items: [], source: { file, line: heading?.line ?? number } };
          categories.push(category);
        }
      }
      lastItem = itemFrom(item, category, { file, line: number });
      category.items.push(lastItem);
      continue;
    }
    // Markers and nested bullets below an item belong to it.
    if (lastItem && /^\s+\S/.test(line)) {
      applyMarkers(lastItem, line, { file, line: number });
      const detail = line
        .replace(MARKER, '')
        .replace(/^\s*[-*+]\s*/, '')
        .trim();
      if (detail) lastItem.details = [lastItem.details, detail].filter(Boolean).join('; ');
      continue;
    }
    if (line.trim() === '') continue;
    lastItem = undefined;

    if (/^\s*\|/.test(line) && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) {
      const table: Table = { header: cells(line).map((c) => plain(c).toLowerCase()), rows: [], line: number };
      i += 2;
      while (i < lines.length && /^\s*\|/.test(lines[i] as string)) {
        table.rows.push({ cells: cells(lines[i] as string), line: i + 1 });
        i++;
      }
      i--;
      readTable(table);
      continue;
    }

    const min = MIN_SCORE.exec(line);
    if (min && minScore === undefined) minScore = Number(min[1]);
    const band = BAND.exec(line);
    if (band) {
      const label =
        plain(band[4] as string)
          .split(/\s+[-–—]\s+/)[0]
          ?.trim() ?? '';
      if (band[1]) bands.push({ min: 0, max: Number(band[1]) - 1, label });
      else bands.push({ min: Number(band[2]), max: Number(band[3]), label });
    }
    if (gap) {
      const field = /^\s*\*\*(risk|remediation|timeline)\s*:?\*\*\s*:?\s*(.+)$/i.exec(line);
      if (field) {
        const key = (field[1] as string).toLowerCase() as 'risk' | 'remediation' | 'timeline';
        gap[key] = plain(field[2] as string);
      }
    }
  }

  function readTable(table: Table): void {
    const nameCol = table.header.findIndex((h) => h === 'category' || h === 'categories');
    const weightCol = table.header.findIndex((h) => h.startsWith('weight'));
    if (nameCol >= 0 && weightCol >= 0) {
      weightsTable = { file, line: table.line };
      for (const row of table.rows) {
        const name = plain(row.cells[nameCol] ?? '');
        if (!name || /^total$/i.test(name)) continue;
        const percent = Number.parseFloat(plain(row.cells[weightCol] ?? '').replace('%', ''));
        if (!Number.isFinite(percent)) {
          throw new UserError(
            `${file}:${row.line}: the weight of '${name}' is '${row.cells[weightCol]}'; expected a percentage such as 15%`,
          );
        }
        weightRows.push({ name, percent, source: { file, line: row.line } });
      }
      return;
    }
    const critCol = table.header.findIndex((h) => h.startsWith('criteri'));
    const statusCol = table.header.findIndex((h) => h === 'status' || h === 'decision');
    if (critCol >= 0 && statusCol >= 0) {
      const notesCol = table.header.findIndex((h) => h.startsWith('note'));
      for (const row of table.rows) {
        criteria.push({
          name: plain(row.cells[critCol] ?? ''),
          status: criterionStatus(row.cells[statusCol] ?? ''),
          notes: notesCol >= 0 ? plain(row.cells[notesCol] ?? '') : '',
          source: { file, line: row.line },
        });
      }
    }
  }

  if (categories.length === 0 || categories.every((c) => c.items.length === 0)) {
    throw new UserError(`${file}: no checklist items found; expected '- [ ] **Item** (details)' lines under category headings`);
  }
  const warning = applyWeights(categories, weightRows, weightsTable);
  return {
    file,
    title: title || 'Operational Readiness Review',
    categories,
    criteria,
    minScore,
    bands: bands.length ? bands : DEFAULT_BANDS,
    remediations,
    warnings: warning ? [warning] : [],
  };
}
