import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { UserError } from '@golive/core';
import { collectEvidence, type GitHubEvidence, type ItemEvidence, validateMarkers } from './evidence/index.js';
import { type Exemption, matchExemptions, parseExemptions } from './exemptions.js';
import { parseMarkdown } from './markdown.js';
import type { OrrDocument, OrrItem } from './model.js';
import { type OrrReport, score } from './score.js';
import { parseYamlChecklist } from './yaml-form.js';

export interface EvaluateOptions {
  /** The checklist path, relative to `root`. */
  checklist: string;
  root: string;
  /** Overrides the document's minimum; 80 when neither says. */
  minScore?: number;
  evidence: boolean;
  /** An exemptions file; `required` when the user named it, so a missing one is an error. */
  exemptions?: { path: string; required: boolean };
  now: Date;
  github?: GitHubEvidence;
  checkName: string;
}

function readText(path: string, what: string, expected: string): string {
  if (!existsSync(path)) throw new UserError(`${what} ${path}: file not found; expected ${expected}`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`${what} ${path}: cannot be read (${(error as NodeJS.ErrnoException).code}); expected ${expected}`);
  }
}

/** Parses a checklist, Markdown or YAML by its extension. */
export function loadChecklist(root: string, checklist: string): OrrDocument {
  const path = resolve(root, checklist);
  const text = readText(path, 'checklist', 'an ORR checklist in Markdown or YAML');
  return /\.ya?ml$/i.test(extname(path)) ? parseYamlChecklist(text, checklist) : parseMarkdown(text, checklist);
}

/** The whole review: parse, check markers, run evidence, apply exemptions, score and decide. */
export async function evaluateOrr(options: EvaluateOptions): Promise<OrrReport> {
  const doc = loadChecklist(options.root, options.checklist);
  validateMarkers(doc);
  let exemptions = new Map<OrrItem, Exemption>();
  if (options.exemptions) {
    const path = resolve(options.root, options.exemptions.path);
    if (options.exemptions.required || existsSync(path)) {
      const text = readText(path, 'exemptions', 'a YAML list of exemptions');
      exemptions = matchExemptions(parseExemptions(text, options.exemptions.path), doc);
    }
  }
  const evidence = options.evidence
    ? await collectEvidence(doc, {
        root: options.root,
        checklistDir: dirname(resolve(options.root, options.checklist)),
        now: options.now,
        github: options.github,
        checkName: options.checkName,
      })
    : new Map<OrrItem, ItemEvidence>();
  return score({
    doc,
    minScore: options.minScore ?? doc.minScore ?? 80,
    evidence,
    evidenceChecked: options.evidence,
    exemptions,
    now: options.now,
  });
}

/** The score a checklist text claims, without evidence: the base branch's, for comparison. */
export function documentScore(text: string, file: string, minScore?: number): number {
  const doc = /\.ya?ml$/i.test(extname(file)) ? parseYamlChecklist(text, file) : parseMarkdown(text, file);
  return score({
    doc,
    minScore: minScore ?? doc.minScore ?? 80,
    evidence: new Map(),
    evidenceChecked: false,
    exemptions: new Map(),
    now: new Date(),
  }).score;
}
