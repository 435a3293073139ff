/** Where something was written, for error lines and annotations. */
export interface Source {
  file: string;
  line: number;
}

export interface EvidenceSpec {
  kind: string;
  args: string[];
  /** `marker` when written as `<!-- evidence: … -->`, `rule` when read from the item's text. */
  from: 'marker' | 'rule';
  source: Source;
}

export interface OrrItem {
  /** Stable id: category and title in kebab-case, or an `<!-- id: … -->` marker. */
  id: string;
  category: string;
  title: string;
  details: string;
  checked: boolean;
  critical: boolean;
  weight: number;
  evidence?: EvidenceSpec;
  source: Source;
}

export interface OrrCategory {
  name: string;
  /** Percent of the total; filled from the weights table or shared equally. */
  weight: number;
  items: OrrItem[];
  source: Source;
}

export interface Criterion {
  name: string;
  status: 'go' | 'no-go' | 'unmarked' | 'both';
  notes: string;
  source: Source;
}

export interface Band {
  min: number;
  max: number;
  label: string;
}

export interface Remediation {
  gap: string;
  risk?: string;
  remediation: string;
  timeline?: string;
  source: Source;
}

export interface OrrDocument {
  file: string;
  title: string;
  categories: OrrCategory[];
  criteria: Criterion[];
  /** From "Minimum Score to Proceed: 80/100", when the document says. */
  minScore?: number;
  bands: Band[];
  remediations: Remediation[];
  /** Problems worth a warning that do not stop the review. */
  warnings: string[];
}

export const DEFAULT_BANDS: Band[] = [
  { min: 90, max: 100, label: 'Excellent' },
  { min: 80, max: 89, label: 'Good' },
  { min: 70, max: 79, label: 'Needs improvement' },
  { min: 0, max: 69, label: 'Not ready' },
];

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
