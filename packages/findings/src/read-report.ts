import { readFileSync, statSync } from 'node:fs';
import { UserError } from '@golive/core';
import { jsonErrorOffset } from './json-error.js';
import { NotStreamable, openJson, type StreamOptions } from './json-stream.js';
import type { ParsedReport } from './model.js';
import { parseCheckov, parseConftest, parseSemgrep } from './parsers/policy.js';
import { parseSarif } from './parsers/sarif.js';
import { parseCosign, parseCycloneDx, parseSpdx } from './parsers/sbom.js';
import { parseGitleaks, parseTruffleHog } from './parsers/secrets.js';
import { count, each, first, isList, type Json, sharingStrings } from './parsers/util.js';
import { parseGrype, parseNpmAudit, parseOsv, parseSnyk, parseTrivy } from './parsers/vulnerabilities.js';

type Parser = (data: Json, file: string) => ParsedReport;

export const FORMATS: Record<string, Parser> = {
  sarif: parseSarif,
  trivy: parseTrivy,
  grype: parseGrype,
  snyk: parseSnyk,
  trufflehog: (data, file) => parseTruffleHog(isList(data) ? each(data) : [data], file),
  gitleaks: (data, file) => parseGitleaks(data ?? [], file),
  'npm-audit': parseNpmAudit,
  'osv-scanner': parseOsv,
  conftest: parseConftest,
  checkov: parseCheckov,
  semgrep: parseSemgrep,
  spdx: parseSpdx,
  cyclonedx: parseCycloneDx,
  cosign: parseCosign,
};

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !isList(v);

/** Which scanner wrote this, from its content alone. */
export function detectFormat(data: Json): string | undefined {
  if (isObject(data)) {
    if (data.runs && (String(data.$schema ?? '').includes('sarif') || data.version === '2.1.0')) return 'sarif';
    if (data.SchemaVersion !== undefined || (data.ArtifactName && data.Results) || data.ClusterName) return 'trivy';
    if (isList(data.matches) && (data.descriptor || data.source)) return 'grype';
    if (data.auditReportVersion !== undefined || data.advisories !== undefined) return 'npm-audit';
    if (data.spdxVersion) return 'spdx';
    if (data.bomFormat === 'CycloneDX') return 'cyclonedx';
    if (isList(data.results) && (first(data.results)?.packages || count(data.results) === 0) && !('errors' in data)) return 'osv-scanner';
    if (isList(data.results) && 'errors' in data) return 'semgrep';
    if (data.check_type || data.checkov_version !== undefined || data.summary?.checkov_version) return 'checkov';
    if (isList(data.vulnerabilities) && (data.packageManager || data.projectName || data.ok !== undefined)) return 'snyk';
  }
  if (count(data) > 0) {
    const head = first(data);
    if (!isObject(head)) return undefined;
    if (head.critical?.type && String(head.critical.type).includes('cosign')) return 'cosign';
    if (head.filename !== undefined && head.namespace !== undefined) return 'conftest';
    if (head.check_type) return 'checkov';
    if (isList(head.vulnerabilities) && (head.packageManager || head.projectName)) return 'snyk';
    if (head.RuleID !== undefined || (head.rule !== undefined && head.offender !== undefined)) return 'gitleaks';
    if (head.DetectorName || head.SourceMetadata || head.stringsFound) return 'trufflehog';
  }
  return undefined;
}

/** Line and column of a character offset, for JSON errors a person can find. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

function parseJson(text: string, file: string): Json {
  try {
    return JSON.parse(text);
  } catch (error) {
    const lines = parseJsonLines(text);
    if (lines) return lines;
    const offset = jsonErrorOffset(text);
    const where = offset >= text.length || offset < 0 ? `the end (${text.length} bytes, cut short)` : lineColumn(text, offset);
    throw new UserError(`report ${file}: invalid or truncated JSON at ${where}; expected a scanner's JSON report`, { cause: error });
  }
}

/** JSON lines (TruffleHog): one object per line, blank lines skipped; undefined when it is not that. */
function parseJsonLines(text: string): Json[] | undefined {
  const objects: Json[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const value = JSON.parse(line);
      if (!isObject(value)) return undefined;
      objects.push(value);
    } catch {
      return undefined;
    }
  }
  return objects.length ? objects : undefined;
}

/** Which parser reads it: the named format, else the one its content shows. */
function interpret(data: Json, file: string, format: string | undefined, known: string): ParsedReport {
  if (!format && isObject(data) && data.advisories !== undefined && data.auditReportVersion === undefined) {
    throw new UserError(
      `report ${file}: npm 6 audit format (advisories); expected npm 7 or later output of 'npm audit --json' (auditReportVersion 2)`,
    );
  }
  const chosen = format ?? detectFormat(data);
  if (!chosen) {
    throw new UserError(
      `report ${file}: cannot tell which scanner wrote it; expected one of ${known} (name it as FORMAT:${file} when the content cannot tell, e.g. an empty gitleaks report)`,
    );
  }
  const parse = FORMATS[chosen] as Parser;
  return sharingStrings(() => parse(data, file));
}

/** The whole text at once: for what the streaming reader does not take, and for the precise error. */
function readWhole(file: string, format: string | undefined, known: string): ParsedReport {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`report ${file}: cannot be read (${(error as NodeJS.ErrnoException).code}); expected a scanner report`);
  }
  if (text.trim() === '')
    throw new UserError(`report ${file}: the file is empty; expected a scanner report (a scan that finds nothing still writes one)`);
  return interpret(parseJson(text, file), file, format, known);
}

function isValid(opened: { check(): void }): boolean {
  try {
    opened.check();
    return true;
  } catch (error) {
    if (error instanceof NotStreamable) return false;
    throw error;
  }
}

/**
 * Reads one report, its large lists an element at a time (see json-stream.ts).
 * Never a pass on doubt: an empty file, broken JSON, an old format or one golive
 * does not know is a UserError naming the file. The options are for tests.
 */
export function readReport(file: string, format?: string, options: StreamOptions = {}): ParsedReport {
  const known = Object.keys(FORMATS).join(', ');
  if (format && !FORMATS[format]) throw new UserError(`report ${file}: unknown format '${format}'; expected one of ${known}`);
  let opened: ReturnType<typeof openJson>;
  try {
    if (statSync(file).isDirectory()) throw new UserError(`report ${file}: is a folder; expected a report file`);
    opened = openJson(file, options);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (error instanceof NotStreamable) return readWhole(file, format, known);
    throw new UserError(`report ${file}: cannot be read (${(error as NodeJS.ErrnoException).code}); expected a scanner report`);
  }
  try {
    const report = interpret(opened.data, file, format, known);
    opened.check();
    return report;
  } catch (error) {
    // Broken JSON is the first thing to say, even where the parser stopped earlier for another reason.
    if (error instanceof NotStreamable || !isValid(opened)) return readWhole(file, format, known);
    throw error;
  } finally {
    opened.close();
  }
}
