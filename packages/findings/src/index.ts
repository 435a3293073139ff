export { FindingSet } from './dedup.js';
export { dedupKey, fingerprint, fingerprintOf } from './fingerprint.js';
export { countFindings, expandReports, type GateOptions, type GateReport, runSecurityGate } from './gate.js';
export { POLICY_DEFAULT, securityInputs } from './inputs.js';
export {
  CATEGORIES,
  type Category,
  type Evidence,
  type Finding,
  type Location,
  type ParsedReport,
  SEVERITIES,
  SEVERITY_RANK,
  type Severity,
  severityFromScore,
  severityFromWord,
} from './model.js';
export { applyPolicy, parsePolicy, type Suppression, suppressionMatches, type Verdict } from './policy.js';
export { detectFormat, FORMATS, readReport } from './read-report.js';
export { type FindingStatus, writeReportJson } from './report-json.js';
export { REQUIREMENTS } from './requirements.js';
export { LIMITS, type Limits, type SarifOutput, writeSarif } from './sarif-writer.js';
export { securitySummary, securityText } from './summary.js';
