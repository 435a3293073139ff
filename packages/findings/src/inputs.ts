import { input, splitList } from '@golive/core';
import { SEVERITIES, type Severity } from './model.js';
import { REQUIREMENTS } from './requirements.js';

export const POLICY_DEFAULT = '.golive/security-policy.yml';

const severities = (raw: string): Severity[] => {
  const list = splitList(raw.toLowerCase());
  const bad = list.filter((s) => !SEVERITIES.includes(s as Severity));
  if (bad.length || list.length === 0) throw new Error(`expected severities from ${SEVERITIES.join(', ')}, comma-separated`);
  return list as Severity[];
};

const requirements = (raw: string): string[] => {
  const list = splitList(raw.toLowerCase());
  const bad = list.filter((r) => !REQUIREMENTS[r]);
  if (bad.length)
    throw new Error(
      `expected scan kinds from secrets, dependencies, sast, sbom, iac, container, policy, license, signature; '${bad.join(', ')}' is not one`,
    );
  return list;
};

/** The inputs of the security-gate action; `golive scan` reads its flags with the same rules. */
export const securityInputs = {
  reports: input.parsed('report paths or globs, one per line (FORMAT:glob when the content cannot tell)', (raw) => splitList(raw, /\n/)),
  'fail-on': input.parsed(`severities from ${SEVERITIES.join(', ')}`, severities, { default: 'critical,high' }),
  'ignore-unfixed': input.boolean({ default: 'true' }),
  require: input.parsed('scan kinds such as secrets,dependencies,sast,sbom', requirements, { optional: true }),
  policy: input.text({ default: POLICY_DEFAULT }, 'a path to the security policy YAML'),
  'sarif-output': input.text({ default: 'golive-security.sarif' }, 'a path for the merged SARIF'),
};
