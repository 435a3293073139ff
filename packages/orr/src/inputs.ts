import { input } from '@golive/core';

export const EXEMPTIONS_DEFAULT = '.golive/orr-exemptions.yml';

/** The inputs of the orr-gate action; `golive orr` reads its flags with the same rules. */
export const orrInputs = {
  checklist: input.text({ default: 'RUNBOOKS/OPERATIONAL_READINESS_REVIEW.md' }, 'a path to the ORR checklist'),
  'min-score': input.number({ optional: true }, { min: 0, max: 100 }),
  evidence: input.boolean({ default: 'true' }),
  exemptions: input.text({ default: EXEMPTIONS_DEFAULT }, 'a path to an exemptions YAML file'),
  'github-token': input.secret({ optional: true }),
  'check-name': input.text({ default: 'ORR' }, 'a check run name'),
  'fail-on-no-go': input.boolean({ default: 'true' }),
  'deploy-time': input.parsed(
    'an ISO 8601 time such as 2026-11-24T15:00:00Z',
    (raw) => {
      const time = new Date(raw);
      if (Number.isNaN(time.getTime())) throw new Error('expected an ISO 8601 time such as 2026-11-24T15:00:00Z');
      return time;
    },
    { optional: true },
  ),
  'github-api-url': input.text({ optional: true }, 'a URL'),
};
