import type { ParsedReport } from '../model.js';
import { arr, each, type Json, make, num, str } from './util.js';

/** TruffleHog v3 JSON lines (and v2's legacy lines): verified secrets are critical, the rest high. */
export function parseTruffleHog(lines: Iterable<Json>, file: string): ParsedReport {
  const findings = Array.from(lines, (l) => {
    if (l.SourceMetadata || l.DetectorName) {
      const data = l.SourceMetadata?.Data ?? {};
      const source = Object.values<Json>(data)[0] ?? {};
      const verified = l.Verified === true;
      return make({
        tool: 'TruffleHog',
        report: file,
        category: 'secret',
        severity: verified ? 'critical' : 'high',
        ruleId: str(l.DetectorName) ?? 'secret',
        title: `${l.DetectorName ?? 'Secret'} ${verified ? 'verified' : 'unverified'}`,
        location: { file: str(source.file) ?? str(source.link) ?? file, ...(num(source.line) ? { line: source.line } : {}) },
        verified,
        secret: str(l.Raw) ?? str(l.RawV2) ?? str(l.Redacted),
      });
    }
    return make({
      tool: 'TruffleHog',
      report: file,
      category: 'secret',
      severity: 'high',
      ruleId: str(l.reason) ?? 'secret',
      title: str(l.reason) ?? 'secret',
      location: { file: str(l.path) ?? file },
      verified: false,
      secret: `${arr(l.stringsFound).join('|')}|${l.commitHash ?? ''}`,
    });
  });
  return { file, format: 'trufflehog', tool: 'TruffleHog', evidence: ['secrets'], findings };
}

/** Gitleaks JSON, v8 (RuleID, File, StartLine) and v7 (rule, file, lineNumber). It cannot verify, so high. */
export function parseGitleaks(data: Json, file: string): ParsedReport {
  const findings = Array.from(each(data), (l) =>
    make({
      tool: 'Gitleaks',
      report: file,
      category: 'secret',
      severity: 'high',
      ruleId: str(l.RuleID) ?? str(l.rule) ?? 'secret',
      title: str(l.Description) ?? str(l.rule) ?? 'secret',
      location: {
        file: str(l.File) ?? str(l.file) ?? file,
        ...((num(l.StartLine) ?? num(l.lineNumber)) ? { line: num(l.StartLine) ?? num(l.lineNumber) } : {}),
      },
      verified: false,
      secret: str(l.Secret) ?? str(l.offender) ?? str(l.Match) ?? str(l.line),
    }),
  );
  return { file, format: 'gitleaks', tool: 'Gitleaks', evidence: ['secrets'], findings };
}
