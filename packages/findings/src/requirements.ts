import type { Evidence } from './model.js';

/** `require` names people write, and the report evidence each needs. Kept apart from the policy parser so inputs load light. */
export const REQUIREMENTS: Record<string, Evidence> = {
  secrets: 'secrets',
  secret: 'secrets',
  dependencies: 'dependencies',
  dependency: 'dependencies',
  sca: 'dependencies',
  sast: 'sast',
  code: 'sast',
  sbom: 'sbom',
  iac: 'iac',
  container: 'container',
  image: 'container',
  policy: 'policy',
  license: 'license',
  signature: 'signature',
  signing: 'signature',
};
