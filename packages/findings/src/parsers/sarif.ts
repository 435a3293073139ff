import type { Category, ParsedReport, Severity } from '../model.js';
import { severityFromScore } from '../model.js';
import { advisoryIds, arr, each, headline, type Json, make, num, str } from './util.js';

const LEVEL: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low', none: 'info' };

/** The category a SARIF run speaks of, from its tool and rule tags. */
function categoryOf(tool: string, tags: string[], ruleId: string): Category {
  const t = tool.toLowerCase();
  const tagText = tags.join(' ').toLowerCase();
  if (/gitleaks|trufflehog|secret/.test(t) || /\bsecret/.test(tagText)) return 'secret';
  if (/checkov|tfsec|kics|terrascan/.test(t) || /\b(iac|terraform|kubernetes|misconfig)/.test(tagText)) return 'iac';
  if (
    /trivy|grype|dependency|snyk open source|osv/.test(t) ||
    /^CVE-|^GHSA-/i.test(ruleId) ||
    /\b(vulnerability|dependency)\b/.test(tagText)
  ) {
    return /container|image|os-pkgs/.test(tagText) ? 'container' : 'dependency';
  }
  return 'code';
}

export function evidenceOf(category: Category): ParsedReport['evidence'][number] {
  switch (category) {
    case 'secret':
      return 'secrets';
    case 'code':
      return 'sast';
    case 'dependency':
      return 'dependencies';
    default:
      return category;
  }
}

/** SARIF 2.1.0 from any tool: severity from `security-severity`, then the result level, then the rule's default. */
export function parseSarif(data: Json, file: string): ParsedReport {
  const findings = [];
  const tools = new Set<string>();
  const categories = new Set<Category>();
  for (const run of each(data.runs)) {
    const driver = run?.tool?.driver ?? {};
    const tool = str(driver.name) ?? 'SARIF';
    tools.add(tool);
    const rules = new Map<string, Json>();
    arr(driver.rules).forEach((rule: Json, index: number) => {
      if (str(rule?.id)) rules.set(rule.id, rule);
      rules.set(`#${index}`, rule);
    });
    for (const ext of arr(run?.tool?.extensions)) for (const rule of arr(ext?.rules)) if (str(rule?.id)) rules.set(rule.id, rule);
    const judgements = new Map<Json, Map<string, { securitySeverity: number; category: Category }>>();
    for (const result of each(run.results)) {
      const ruleId =
        str(result.ruleId) ??
        str(result.rule?.id) ??
        (num(result.ruleIndex) !== undefined ? str(rules.get(`#${result.ruleIndex}`)?.id) : undefined) ??
        'unknown-rule';
      const rule = rules.get(ruleId) ?? (num(result.ruleIndex) !== undefined ? rules.get(`#${result.ruleIndex}`) : undefined) ?? {};
      // What the rule says decides most results; worked out once per rule unless the result adds its own properties.
      let judged = result.properties ? undefined : judgements.get(rule)?.get(ruleId);
      if (!judged) {
        const props = { ...rule.properties, ...result.properties };
        const tags: string[] = arr(props.tags).filter((x: unknown) => typeof x === 'string');
        judged = { securitySeverity: Number.parseFloat(props['security-severity']), category: categoryOf(tool, tags, ruleId) };
        if (!result.properties) judgements.set(rule, (judgements.get(rule) ?? new Map()).set(ruleId, judged));
      }
      const { securitySeverity, category } = judged;
      const level = str(result.level) ?? str(rule.defaultConfiguration?.level) ?? 'warning';
      const severity = Number.isFinite(securitySeverity) ? severityFromScore(securitySeverity) : (LEVEL[level] ?? 'medium');
      categories.add(category);
      const physical = arr(result.locations)[0]?.physicalLocation;
      const uri = str(physical?.artifactLocation?.uri);
      const line = num(physical?.region?.startLine);
      const message = str(result.message?.text) ?? str(rule.shortDescription?.text) ?? ruleId;
      findings.push(
        make({
          tool,
          report: file,
          category,
          severity,
          ruleId,
          title: str(rule.shortDescription?.text) ?? headline(message) ?? ruleId,
          advisories: category === 'dependency' || category === 'container' ? advisoryIds(ruleId) : [],
          ...(uri ? { location: { file: uri.replace(/^file:\/\//, ''), ...(line ? { line } : {}) } } : {}),
          ...(category === 'secret' ? { secret: str(arr(result.locations)[0]?.physicalLocation?.region?.snippet?.text) ?? message } : {}),
        }),
      );
    }
  }
  // A clean run still proves the scan ran: judge it by its tool.
  if (categories.size === 0) for (const tool of tools) categories.add(categoryOf(tool, [], ''));
  const evidence = [...new Set([...categories].map(evidenceOf))];
  return { file, format: 'sarif', tool: [...tools].join(', ') || 'SARIF', evidence, findings };
}
